import { readCsv, tableRecords } from '../reader/readCsv';
import type { ColumnField } from '../types';
import { fieldForHeader } from './headerAliases';

/**
 * True when the header has an e-mail column and at least one other known column. `columns` are the
 * header names a `.cyberguru.json` maps (a list with its own header names is still a user list).
 */
export function looksLikeUserList(text: string, columns: Readonly<Record<string, ColumnField>> = {}): boolean {
  const lineEnd = text.search(/[\r\n]/);
  const { table } = readCsv(lineEnd < 0 ? text : text.slice(0, lineEnd));
  if (table.recordCount === 0) return false;
  const configured = new Map(Object.entries(columns).map(([name, field]) => [name.trim().toLowerCase(), field]));
  const fields = tableRecords(table)[0].map((h) => configured.get(h.trim().toLowerCase()) ?? (h.trim() === 'roles' ? 'roles' : fieldForHeader(h)));
  return fields.includes('email') && fields.some((f) => f !== undefined && f !== 'email');
}
