import type { FieldName } from '../lint';

/** What a column of the new list can be filled from: a platform field or a `roles` column. */
export type MappedField = FieldName | 'roles';
export const MAPPED_FIELDS: readonly MappedField[] = ['firstName', 'lastName', 'email', 'language', 'username', 'country', 'authmode', 'roles'];

export interface ConvertDefaults {
  language?: string;
  country?: string;
  authmode?: string;
}

/** What the admin chose (flags, the editor's answers, or `convert` in `.cyberguru.json`). */
export interface ConvertChoices {
  /** Field -> header as written or its bracketed attribute name; roles may name several columns. */
  map?: Partial<Record<MappedField, string | string[]>>;
  defaults?: ConvertDefaults;
  keep?: string[];
}

export interface SourceColumn {
  index: number;
  header: string;
}

export interface UsernameCandidate extends SourceColumn {
  sample: string;
}

export interface KeptColumn {
  source: SourceColumn;
  /** The organisation column's name in the new list (letters, digits and `_`). */
  name: string;
}

export interface RefusedColumn {
  source: SourceColumn;
  reason: string;
  /** The admin asked for it (--keep, --map or teamColumn): the summary says why it was not written. */
  asked: boolean;
}
