import { normalizeName } from './normalizeName';
import { regionEquals } from './regionEquals';

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

/** IMPORTABLE_ROLES by length: a cell of any other length is not one, without comparing a character. */
const ROLES_BY_LENGTH: readonly (readonly string[] | undefined)[] = IMPORTABLE_ROLES.reduce<string[][]>((byLength, role) => {
  (byLength[role.length] ??= []).push(role);
  return byLength;
}, []);

/** isImportableRole for text[start, end), read in place. */
export function isImportableRoleAt(text: string, start: number, end: number): boolean {
  const candidates = ROLES_BY_LENGTH[end - start];
  if (candidates === undefined) return false;
  for (let i = 0; i < candidates.length; i++) if (regionEquals(text, start, candidates[i])) return true;
  return false;
}

export function isImportableRole(value: string): value is ImportableRole {
  return (IMPORTABLE_ROLES as readonly string[]).includes(value);
}

/** The importable role a near miss means ('Studente', 'student', 'team leader'), if any. */
export function suggestRole(value: string): ImportableRole | undefined {
  return NEAR_MISSES[compact(value)];
}

export function isPrivilegedRole(value: string): boolean {
  return PRIVILEGED.has(compact(value));
}

/** The trimmed value of a role cell that needs a look (not empty, not an importable role), or undefined. */
export function nonImportableRole(value: string): string | undefined {
  return value === '' || isImportableRole(value) ? undefined : value;
}
