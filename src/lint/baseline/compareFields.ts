// The fields other than e-mail and username that the import would update, compared between a list
// user and its baseline user. Only fields both files have are compared: an export without a language
// column says nothing about languages.
import { sanitizeOrganizationName } from '../columns/mapColumns';
import { ESCAPED_QUOTES, MALFORMED, PADDED } from '../reader/table';
import type { FieldName } from '../types';
import { userValue, type UserList } from './userList';

interface ComparedField {
  /** Name in the diff: the platform field, 'roles', or the organisation column's header. */
  name: string;
  listColumns: number[];
  baselineColumns: number[];
  /** Codes and roles are compared ignoring case; names and organisation values exactly (trimmed). */
  compare: 'exact' | 'ignoreCase' | 'roleSet';
}

const PLAIN_FIELDS: readonly [FieldName, ComparedField['compare']][] = [
  ['firstName', 'exact'],
  ['lastName', 'exact'],
  ['language', 'ignoreCase'],
  ['country', 'ignoreCase'],
  ['authmode', 'ignoreCase'],
];

export class FieldComparison {
  private readonly fields: ComparedField[] = [];

  constructor(
    private readonly list: UserList,
    private readonly baseline: UserList,
  ) {
    for (const [field, compare] of PLAIN_FIELDS) {
      const a = list.columns.fieldColumns[field];
      const b = baseline.columns.fieldColumns[field];
      if (a.length && b.length) this.fields.push({ name: field, listColumns: [a[0]], baselineColumns: [b[0]], compare });
    }
    if (list.columns.roleColumns.length && baseline.columns.roleColumns.length) {
      this.fields.push({ name: 'roles', listColumns: list.columns.roleColumns, baselineColumns: baseline.columns.roleColumns, compare: 'roleSet' });
    }
    const baselineOrganization = new Map<string, number>();
    for (const col of baseline.columns.organizationColumns) {
      const key = organizationKey(baseline.columns.columns[col].header);
      if (key && !baselineOrganization.has(key)) baselineOrganization.set(key, col);
    }
    for (const col of list.columns.organizationColumns) {
      const header = list.columns.columns[col].header.trim();
      const match = baselineOrganization.get(organizationKey(header));
      if (match !== undefined) this.fields.push({ name: header, listColumns: [col], baselineColumns: [match], compare: 'exact' });
    }
  }

  /** Names of the compared fields, in header order of the list. */
  get names(): string[] {
    return this.fields.map((f) => f.name);
  }

  /** The fields whose values differ between list user `user` and baseline user `baselineUser`. */
  changedFields(user: number, baselineUser: number): string[] {
    let changed: string[] | undefined;
    for (const field of this.fields) {
      if (this.same(field, user, baselineUser)) continue;
      (changed ??= []).push(field.name);
    }
    return changed ?? NONE;
  }

  private same(field: ComparedField, user: number, baselineUser: number): boolean {
    // Most users do not change: equal cell text settles it without building strings.
    if (field.listColumns.length === 1 && field.baselineColumns.length === 1 && sameCellText(this.list, user, field.listColumns[0], this.baseline, baselineUser, field.baselineColumns[0])) return true;
    if (field.compare === 'roleSet') return roleSet(this.list, user, field.listColumns) === roleSet(this.baseline, baselineUser, field.baselineColumns);
    const a = userValue(this.list, user, field.listColumns[0]);
    const b = userValue(this.baseline, baselineUser, field.baselineColumns[0]);
    return a === b || (field.compare === 'ignoreCase' && a.toLowerCase() === b.toLowerCase());
  }
}

const NONE: string[] = [];

const NOT_PLAIN = ESCAPED_QUOTES | MALFORMED | PADDED;

/** True when both cells exist, are plain (no `""`, broken quotes or padding) and hold the same text. */
function sameCellText(a: UserList, userA: number, colA: number, b: UserList, userB: number, colB: number): boolean {
  const ta = a.table;
  const tb = b.table;
  const ra = a.records[userA];
  const rb = b.records[userB];
  if (colA >= ta.cellsIn(ra) || colB >= tb.cellsIn(rb)) return false;
  const ca = ta.recordFirstCell.data[ra] + colA;
  const cb = tb.recordFirstCell.data[rb] + colB;
  if ((ta.cellFlags.data[ca] & NOT_PLAIN) !== 0 || (tb.cellFlags.data[cb] & NOT_PLAIN) !== 0) return false;
  let i = ta.contentStart(ca) - ta.base;
  const end = ta.contentEnd(ca) - ta.base;
  let k = tb.contentStart(cb) - tb.base;
  if (end - i !== tb.contentEnd(cb) - tb.base - k) return false;
  const x = ta.text;
  const y = tb.text;
  for (; i < end; i++, k++) if (x.charCodeAt(i) !== y.charCodeAt(k)) return false;
  return true;
}

function organizationKey(header: string): string {
  return sanitizeOrganizationName(header.trim()).toLowerCase();
}

/** The user's roles as one comparable string: order, case and repeats do not matter. */
function roleSet(list: UserList, user: number, columns: number[]): string {
  const roles = new Set<string>();
  for (const col of columns) {
    const value = userValue(list, user, col).toLowerCase();
    if (value) roles.add(value);
  }
  return [...roles].sort().join('\n');
}
