// Whether a CSV is a user list, decided on evidence: the header (after any preamble) must name at least
// two of the platform's required fields, one of them identifying the user (e-mail or username, or a
// related value such as the UPN). A report export (email plus figures) or a price list is not one.
import { readCsv, tableRecords } from '../reader/readCsv';
import type { FieldName } from '../types';
import { findHeaderRecord, MAX_PREAMBLE_RECORDS } from './headerRow';
import { REQUIRED_FIELDS } from './mapColumns';
import { recognizeHeader } from './recognizeHeader';

export interface UserListEvidence {
  isUserList: boolean;
  /** Required fields the header names (directly). */
  fields: FieldName[];
  /** Index of the header record (1 or more when preamble lines come first). */
  headerRecord: number;
}

/** Characters read for the evidence: the preamble and the header, never the whole file. */
const HEAD_CHARS = 64 * 1024;

/** The first lines of a text, enough for the preamble and the header. */
function headLines(text: string): string {
  const head = text.slice(0, HEAD_CHARS);
  const breaks = /\r\n|\n|\r/g;
  for (let line = 0; line <= MAX_PREAMBLE_RECORDS; line++) if (!breaks.exec(head)) return head;
  return head.slice(0, breaks.lastIndex);
}

export function userListEvidence(text: string): UserListEvidence {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { table } = readCsv(headLines(text.slice(start)));
  const records = table.recordCount === 0 ? [] : tableRecords(table);
  const headerRecord = findHeaderRecord(records);
  const header = records[headerRecord] ?? [];
  const fields = new Set<FieldName>();
  let identifies = false;
  for (const cell of header) {
    const { field, related } = recognizeHeader(cell);
    if (field && REQUIRED_FIELDS.includes(field)) fields.add(field);
    if (field === 'email' || field === 'username' || related?.fields.includes('username')) identifies = true;
  }
  return { isUserList: identifies && fields.size >= 2, fields: [...fields], headerRecord };
}
