import { readCsv, tableRecords } from '../reader/readCsv';
import { fieldForHeader } from './headerAliases';

/** True when the header has an e-mail column and at least one other known column. */
export function looksLikeUserList(text: string): boolean {
  const lineEnd = text.search(/[\r\n]/);
  const { table } = readCsv(lineEnd < 0 ? text : text.slice(0, lineEnd));
  if (table.recordCount === 0) return false;
  const fields = tableRecords(table)[0].map((h) => (h.trim() === 'roles' ? 'roles' : fieldForHeader(h)));
  return fields.includes('email') && fields.some((f) => f !== undefined && f !== 'email');
}
