// Columns the platform never needs and must never receive: secrets and sensitive personal data that HR
// and directory exports carry. Recognised by the header (label or bracketed attribute) after
// normalizeHeader, in English, Italian, French, German, Spanish and Portuguese.

export type SensitiveCategory =
  | 'password'
  | 'salary'
  | 'dateOfBirth'
  | 'gender'
  | 'maritalStatus'
  | 'citizenship'
  | 'ethnicity'
  | 'taxCode'
  | 'nationalId'
  | 'bankAccount'
  | 'homeAddress'
  | 'privatePhone'
  | 'health';

/** Patterns on the normalised header (lower case, no accents, spaces, dashes, dots, underscores). */
const PATTERNS: readonly (readonly [SensitiveCategory, RegExp])[] = [
  ['password', /password|passwort|motdepasse|contrasena|senha|passwd|^pwd$|^pin$|secret|parolad?ordine/],
  ['salary', /salary|salario|salaire|stipendio|retribuzione|gehalt|sueldo|compensation|payrate|wage|^ral$/],
  ['dateOfBirth', /^dob$|birth|nascita|geburt|naissance|nacimiento|nascimento/],
  ['gender', /^(sex|sexe|sexo|sesso)$|^sexdesc|gender|^genere$|geschlecht|^genero$/],
  ['maritalStatus', /marital|statocivile|familienstand|etatcivil|estadocivil/],
  ['citizenship', /citizen|nationalit|cittadinanza|staatsangeh|nacionalidad|nacionalidade/],
  ['ethnicity', /ethnic|^race$|^racedesc|etnia|razza|herkunft/],
  ['taxCode', /taxcode|taxid|taxnumber|^tin$|codicefiscale|^cf$|steuer|^nif$|^cpf$|numerofiscal/],
  ['nationalId', /^ssn$|socialsecurity|nationalid|nationalidentity|identitycard|idcard|passport|passaporto|cartadidentita|cartaidentita|personalausweis|^dni$|^nie$/],
  ['bankAccount', /^iban|iban$|bankaccount|contocorrente|bankverbindung|^bic$|swift|accountnumber/],
  ['homeAddress', /homeaddress|privateaddress|personaladdress|residenza|indirizzodicasa|indirizzoprivato|domicil|wohnadresse|privatadresse|adressepersonnelle|direccionparticular|moradaresidencia/],
  ['privatePhone', /homephone|privatephone|personalphone|personalmobile|privatemobile|recoveryphone|telefonoprivato|telefonodicasa|telefonocasa|cellulareprivato|privattelefon|telefonoparticular/],
  ['health', /disabilit|handicap|invalidit|health|medical|salute|malattia/],
];

/** The category of sensitive data a header names, or undefined. `normalized` as normalizeHeader gives it. */
export function sensitiveCategoryOf(normalized: string): SensitiveCategory | undefined {
  for (const [category, pattern] of PATTERNS) if (pattern.test(normalized)) return category;
  return undefined;
}
