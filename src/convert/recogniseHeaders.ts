// What convert does with each kind of column the linter's header recognition finds (src/lint/columns):
// fields map; related values map only where they cannot change who a user is (a country code, a
// language tag, converted and shown in the summary), never as the username; sensitive columns are
// never written.
import { recognizeHeader, type HeaderRecognition, type SensitiveCategory } from '../lint/columns';
import { ROLE_LIKE_HEADER } from '../lint/columns/headerAliases';
import type { FieldName } from '../lint';

export interface RecognisedColumn {
  field?: FieldName | 'roles';
  /** Lower is preferred when several columns fill the same field: the field's own column, then a code, then a name or tag. */
  rank: number;
}

const RELATED_RANK = { countryCode: 1, countryName: 2, languageTag: 1 } as const;

/** The field a column fills without being asked; the username only when the header names the username itself. */
export function recogniseHeader(header: string, recognition: HeaderRecognition = recognizeHeader(header)): RecognisedColumn {
  if (header.trim() === 'roles') return { field: 'roles', rank: 0 };
  if (recognition.field) return { field: recognition.field, rank: 0 };
  const kind = recognition.related?.kind;
  if (kind === 'countryCode' || kind === 'countryName') return { field: 'country', rank: RELATED_RANK[kind] };
  if (kind === 'languageTag') return { field: 'language', rank: RELATED_RANK[kind] };
  return { rank: 0 };
}

/** A header that looks like a role column but may be a job title (`Ruolo` in an HR sheet): never mapped without being asked. */
export function isRoleLike(header: string): boolean {
  return ROLE_LIKE_HEADER.test(header.trim());
}

/** Columns offered when the username must be chosen: identifiers (UPN, account name, object ID, employee number) and e-mail. */
export function isUsernameCandidate(recognition: HeaderRecognition): boolean {
  if (recognition.related?.fields.includes('username') || recognition.field === 'email' || recognition.field === 'username') return true;
  // The import guide names the SID as a username; the linter's related values leave it out.
  return /^(object)?sid$/i.test((recognition.parts.attribute ?? recognition.parts.label).trim());
}

const SENSITIVE_WORDS: Readonly<Record<SensitiveCategory, string>> = {
  password: 'a password or other secret',
  salary: 'salary data',
  dateOfBirth: 'a date of birth',
  gender: 'gender',
  maritalStatus: 'marital status',
  citizenship: 'citizenship',
  ethnicity: 'ethnicity',
  taxCode: 'a tax code',
  nationalId: 'a national ID number',
  bankAccount: 'bank details',
  homeAddress: 'a home address',
  privatePhone: 'a private phone number',
  health: 'health data',
};

/** Why a column must never be written, or undefined. */
export function sensitiveReason(recognition: HeaderRecognition): string | undefined {
  return recognition.sensitive ? SENSITIVE_WORDS[recognition.sensitive] : undefined;
}

export { recognizeHeader };
