// The users of a list, read for comparison: one entry per non-blank data record that has an e-mail or
// a username. Keys are built once per user; other values are decoded only when two users are compared.
import { mapColumns, type ColumnMap } from '../columns/mapColumns';
import type { LineIndex } from '../reader/lineIndex';
import { readCsv } from '../reader/readCsv';
import type { Table } from '../reader/table';
import { trimWhitespace } from '../text/whitespace';
import type { CyberGuruConfig, Range } from '../types';

export interface UserList {
  readonly table: Table;
  readonly lines: LineIndex;
  readonly columns: ColumnMap;
  /** Number of users. */
  readonly count: number;
  /** Local record index of each user in `table`. */
  readonly records: Int32Array;
  /** The e-mail as matched: trimmed, lower case ('' when empty or without an e-mail column). */
  readonly emailKeys: string[];
  /** The username as matched: trimmed, lower case, as CG302 compares usernames. */
  readonly usernameKeys: string[];
}

/** Reads the users of a list (the header is the first record). */
export function readUserList(text: string, config: CyberGuruConfig = {}): UserList {
  const { table, lines } = readCsv(text);
  const headerCells = table.recordCount > 0 ? table.cellsIn(0) : 0;
  const cells = [];
  for (let c = 0; c < headerCells; c++) cells.push({ header: table.value(c), range: lines.rangeOf(table.cellStart.data[c], table.cellEnd.data[c]) });
  const columns = mapColumns(cells, config);
  const emailCol = columns.fieldColumns.email[0] ?? -1;
  const usernameCol = columns.fieldColumns.username[0] ?? -1;
  const records = new Int32Array(Math.max(0, table.recordCount - 1));
  const emailKeys: string[] = [];
  const usernameKeys: string[] = [];
  let count = 0;
  for (let r = 1; r < table.recordCount; r++) {
    const email = keyOf(table, r, emailCol);
    const username = keyOf(table, r, usernameCol);
    if (email === '' && username === '') continue;
    records[count++] = r;
    emailKeys.push(email);
    usernameKeys.push(username);
  }
  return { table, lines, columns, count, records: records.subarray(0, count), emailKeys, usernameKeys };
}

/** Trimmed, lower-case value of a column of local record r ('' when the column or cell is missing). */
function keyOf(table: Table, r: number, col: number): string {
  if (col < 0 || col >= table.cellsIn(r)) return '';
  return trimWhitespace(table.value(table.recordFirstCell.data[r] + col)).toLowerCase();
}

/** The value of a user's cell in a column, trimmed ('' when the column or cell is missing). */
export function userValue(list: UserList, user: number, col: number): string {
  const r = list.records[user];
  if (col < 0 || col >= list.table.cellsIn(r)) return '';
  return trimWhitespace(list.table.value(list.table.recordFirstCell.data[r] + col));
}

/** The first column mapped to e-mail or username, or -1. */
export function fieldColumn(list: UserList, field: 'email' | 'username'): number {
  return list.columns.fieldColumns[field][0] ?? -1;
}

/** 1-based line where the user's record starts. */
export function userLine(list: UserList, user: number): number {
  return list.lines.lineOf(list.table.recordStart.data[list.records[user]]) + 1;
}

/** The raw range of a user's cell (the whole record when the cell is missing). */
export function userCellRange(list: UserList, user: number, col: number): Range {
  const { table } = list;
  const r = list.records[user];
  if (col < 0 || col >= table.cellsIn(r)) return list.lines.rangeOf(table.recordStart.data[r], table.recordEnd.data[r]);
  const cell = table.recordFirstCell.data[r] + col;
  return list.lines.rangeOf(table.cellStart.data[cell], table.cellEnd.data[cell]);
}
