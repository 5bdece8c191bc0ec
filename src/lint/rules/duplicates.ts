import { trimWhitespace } from './helpers';
import type { RecordView, RuleContext } from './rule';

/** Offsets of an earlier record with exactly the same text, if any (computed once per record). */
export function earlierIdenticalRow(record: RecordView, ctx: RuleContext): readonly [number, number] | undefined {
  if (!record.identicalRowChecked) {
    record.identicalRowChecked = true;
    const table = ctx.table;
    const start = table.recordStart.data[record.local];
    const end = table.recordEnd.data[record.local];
    record.identicalRowOf = ctx.firstSeen('row').check(table.text.slice(start - table.base, end - table.base), start, end);
  }
  return record.identicalRowOf;
}

/** Reports a value (e-mail, username) already used on an earlier row, case-insensitively. */
export function checkUniqueValue(
  record: RecordView,
  ctx: RuleContext,
  columns: number[],
  seen: 'email' | 'username',
  onDuplicate: (cell: number, value: string, earlier: readonly [number, number]) => void,
): void {
  if (columns.length === 0) return;
  const col = columns[0];
  if (col >= record.cellCount) return;
  const value = trimWhitespace(record.values[col]);
  if (value === '') return;
  const cell = record.firstCell + col;
  const table = ctx.table;
  // A row identical to an earlier one is reported once, as a duplicate row (CG303).
  if (ctx.isActive('CG303') && earlierIdenticalRow(record, ctx)) return;
  const earlier = ctx.firstSeen(seen).check(value.toLowerCase(), table.cellStart.data[cell], table.cellEnd.data[cell]);
  if (earlier) onDuplicate(cell, value, earlier);
}
