import { normalizeName } from '../codes/normalizeName';
import { regionEquals } from '../codes/regionEquals';
import type { RecordView } from './rule';

/** The roles a CSV import can assign, exactly as the platform wants them (case-sensitive). */
export const IMPORTABLE_ROLES = ['studente', 'teamleader', 'supervisor'] as const;
export type ImportableRole = (typeof IMPORTABLE_ROLES)[number];

function compact(value: string): string {
  return normalizeName(value).replace(/[\s\-_.]+/g, '');
}

/** Spellings people use for each importable role (compared lower-case, without accents, spaces or dashes). */
const NEAR_MISSES: Readonly<Record<string, ImportableRole>> = {
  studente: 'studente',
  studenti: 'studente',
  student: 'studente',
  students: 'studente',
  learner: 'studente',
  teamleader: 'teamleader',
  teamleaders: 'teamleader',
  teamlead: 'teamleader',
  capoteam: 'teamleader',
  caposquadra: 'teamleader',
  supervisor: 'supervisor',
  supervisors: 'supervisor',
  supervisore: 'supervisor',
  supervisori: 'supervisor',
};

/** Privileged roles that exist on the platform but are assigned by hand, never by import. */
const PRIVILEGED = new Set(['companyadmin', 'companyadministrator', 'admin', 'administrator', 'amministratore', 'amministratoreaziendale', 'superadmin', 'owner']);

/** isImportableRole for text[start, end), read in place. */
export function isImportableRoleAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 8) return regionEquals(text, start, 'studente');
  if (length === 10) return regionEquals(text, start, 'teamleader') || regionEquals(text, start, 'supervisor');
  return false;
}

export function isImportableRole(value: string): value is ImportableRole {
  return value === 'studente' || value === 'teamleader' || value === 'supervisor';
}

/** The importable role a near miss means ('Studente', 'student', 'team leader'), if any. */
export function suggestRole(value: string): ImportableRole | undefined {
  return NEAR_MISSES[compact(value)];
}

export function isPrivilegedRole(value: string): boolean {
  return PRIVILEGED.has(compact(value));
}

/** A plain role cell (text[start, end)) that CG210 and CG211 accept: empty or an importable role. */
export function acceptsRoleAt(text: string, start: number, end: number): boolean {
  return start === end || isImportableRoleAt(text, start, end);
}

/**
 * The trimmed value of a role cell that needs a look (present, not empty, not an importable role), or
 * undefined. The common case, an exact role, is answered in place in the file text without a string.
 * The caller has checked that the record has the column.
 */
export function nonImportableRoleValue(record: RecordView, text: string, column: number): string | undefined {
  if (record.span(column) && (record.spanStart === record.spanEnd || isImportableRoleAt(text, record.spanStart, record.spanEnd))) return undefined;
  const value = record.trimmed(column);
  return value === '' || isImportableRole(value) ? undefined : value;
}
