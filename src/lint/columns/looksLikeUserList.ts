import { readCsv, tableRecords } from '../reader/readCsv';
import type { ColumnField } from '../types';
import { fieldForHeader } from './headerAliases';
import { userListEvidence } from './userListEvidence';

/**
 * True when the header (below any preamble) is evidence of a user list (see userListEvidence), or
 * names an e-mail column and another known column through `columns`, the header names a
 * `.cyberguru.json` maps (a list with its own header names is still a user list).
 */
export function looksLikeUserList(text: string, columns: Readonly<Record<string, ColumnField>> = {}): boolean {
  const evidence = userListEvidence(text);
  if (evidence.isUserList) return true;
  if (Object.keys(columns).length === 0) return false;
  const { table } = readCsv(text.slice(0, 64 * 1024));
  if (table.recordCount <= evidence.headerRecord) return false;
  const configured = new Map(Object.entries(columns).map(([name, field]) => [name.trim().toLowerCase(), field]));
  const header = tableRecords(table)[evidence.headerRecord];
  const fields = header.map((h) => configured.get(h.trim().toLowerCase()) ?? (h.trim() === 'roles' ? 'roles' : fieldForHeader(h)));
  return fields.includes('email') && fields.some((f) => f !== undefined && f !== 'email');
}
