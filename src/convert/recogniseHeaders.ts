// How convert reads an export's header: the platform field each column holds, which columns hold
// sensitive data, and which could serve as the username. Built on the linter's own header aliases.
import { fieldForHeader, normalizeHeader, ROLE_LIKE_HEADER } from '../lint/columns/headerAliases';
import type { FieldName } from '../lint';

/** `First name [givenName]` -> label `First name`, attribute `givenName`; `Email Address [Required]` -> label only. */
export function splitHeader(header: string): { label: string; attribute?: string } {
  const brackets = [...header.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
  const label = header
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\((?:yes\/no|si\/no|sì\/no)\)/gi, ' ')
    .replace(/\s+required\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const attribute = brackets.find((b) => /^[A-Za-z][A-Za-z0-9_.]*$/.test(b) && !MARKERS.has(b.toLowerCase()));
  return { label, attribute };
}

const MARKERS = new Set(['required', 'upload_only', 'read_only', 'optional']);

/**
 * Identity-provider and LMS attribute names the linter's aliases do not hold, by field, best first
 * (a code column before a free-text one: `usageLocation` is ISO 3166 alpha-2, `country` free text).
 */
const EXPORT_ATTRIBUTES: Readonly<Record<Exclude<FieldName, 'username'>, readonly string[]>> = {
  firstName: ['givenname', 'firstname', 'first', 'prenom', 'vorname', 'nombre', 'primeironome'],
  lastName: ['surname', 'lastname', 'sn', 'familyname', 'last', 'nom', 'nachname', 'apellidos', 'apellido', 'sobrenome', 'apelido'],
  email: ['mail', 'email', 'emailaddress', 'primaryemail', 'workemail', 'courriel', 'emailadresse', 'correo', 'correoelectronico'],
  language: ['preferredlanguage', 'lang', 'language', 'locale', 'sprache', 'langue', 'idioma'],
  country: ['usagelocation', 'countrycode', 'c', 'country', 'co', 'pays', 'land', 'pais'],
  authmode: ['authmode'],
};

const ATTRIBUTE_FIELD = new Map<string, { field: FieldName; rank: number }>(
  (Object.entries(EXPORT_ATTRIBUTES) as [FieldName, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name, rank) => [name, { field, rank }] as const),
  ),
);

/** Headers that name the username itself (Moodle `username`, an Italian sheet's `Username`, Okta's `login`). */
const USERNAME_NAMES = new Set(['username', 'nomeutente', 'login', 'utente', 'idutente', 'benutzername', 'nomdutilisateur', 'nombredeusuario']);

export interface RecognisedColumn {
  field?: FieldName | 'roles';
  /** Lower is preferred when several columns hold the same field. */
  rank: number;
}

/** The field a header holds, if any. Usernames only when the header names the username itself. */
export function recogniseHeader(header: string): RecognisedColumn {
  const trimmed = header.trim();
  if (trimmed === 'roles') return { field: 'roles', rank: 0 };
  const { label, attribute } = splitHeader(trimmed);
  // A bracketed attribute says what the column really is (`User name [userPrincipalName]` is a UPN).
  for (const name of attribute ? [attribute] : [label]) {
    const key = normalizeHeader(name);
    if (USERNAME_NAMES.has(key)) return { field: 'username', rank: 0 };
    const known = ATTRIBUTE_FIELD.get(key);
    if (known) return { field: known.field, rank: known.rank };
    const alias = fieldForHeader(name);
    if (alias && alias !== 'username') return { field: alias, rank: 0 };
  }
  return { rank: 0 };
}

/** A header that looks like a role column but may be a job title (`Ruolo` in an HR sheet): never mapped without being asked. */
export function isRoleLike(header: string): boolean {
  return ROLE_LIKE_HEADER.test(header.trim());
}

/** Columns that could identify a user for good: offered when the username must be chosen. */
const USERNAME_CANDIDATE = new Set([
  'userprincipalname', 'upn', 'samaccountname', 'onpremisessamaccountname', 'id', 'objectid', 'objectguid', 'sid',
  'employeeid', 'employeenumber', 'matricola', 'personnelnumber', 'personalnummer', 'login', 'username', 'userid', 'uid',
  'mail', 'email', 'emailaddress', 'primaryemail', 'nomeutente', 'utente', 'idutente', 'codicedipendente', 'badge',
]);

export function isUsernameCandidate(header: string): boolean {
  const { label, attribute } = splitHeader(header.trim());
  return [label, attribute].some((name) => name !== undefined && USERNAME_CANDIDATE.has(normalizeHeader(name)));
}

/** Sensitive data by header (after removing bracketed parts), with the reason shown to the user. */
const SENSITIVE: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /pass(word|wort)?|pwd|passwd|parola ?chiave|mot de passe|contrase|senha|hash/i, reason: 'a password or password hash' },
  { pattern: /salar|stipendi|retribu|gehalt|salaire|sueldo|wage|compensation/i, reason: 'salary data' },
  { pattern: /\bdob\b|birth|nascita|geburt|naissance|nacimiento|\bage\b(?! ?group)/i, reason: 'a date of birth' },
  { pattern: /^(sex|gender|sesso|genere|geschlecht|sexe|sexo|g[eé]nero)$/i, reason: 'gender' },
  { pattern: /marital|stato civile|familienstand|civil status/i, reason: 'marital status' },
  { pattern: /citizen|nationality|cittadinanza|nazionalit|staatsangeh/i, reason: 'citizenship' },
  { pattern: /\brace|ethnic|etnia/i, reason: 'ethnicity' },
  { pattern: /codice ?fiscale|\bcf\b|tax ?(id|code|number)|\bssn\b|social security|national ?id|\bnin\b|steuer/i, reason: 'a tax code or national ID' },
  { pattern: /iban|bank ?account|conto corrente/i, reason: 'bank details' },
  { pattern: /home ?(address|phone)|indirizzo di casa|residenza|private ?phone|personal ?(phone|email)|recovery ?(phone|email)|secondary ?email/i, reason: 'private contact details' },
  { pattern: /health|disabilit|medical|religio/i, reason: 'special-category personal data' },
];

export function sensitiveReason(header: string): string | undefined {
  const { label } = splitHeader(header);
  const text = label.replace(/\s+/g, ' ');
  return SENSITIVE.find(({ pattern }) => pattern.test(text) || pattern.test(header))?.reason;
}
