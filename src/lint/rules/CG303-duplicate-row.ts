import { findDuplicates } from './duplicates';
import { defineRule, type Rule, type RuleContext } from './rule';

export const duplicateRow: Rule = defineRule('CG303', {
  meta: {
    name: 'duplicate-row',
    description: 'The whole record repeats an earlier one.',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    duplicate: 'This row repeats line {line} exactly: delete it.',
    delete: 'Delete the repeated row',
    related: 'First occurrence',
  },
  checkRecord(record, ctx) {
    findDuplicates(record, ctx);
    if (record.earlierRow) report(ctx, record.local, record.earlierRow);
  },
  checkEnd(ctx) {
    const resolved = ctx.duplicates?.resolve();
    if (!resolved) return;
    const table = ctx.table;
    for (const { record, earlierRecord } of resolved.rows) {
      report(ctx, record, [table.recordStart.data[earlierRecord], table.recordEnd.data[earlierRecord]]);
    }
  },
});

function report(ctx: RuleContext, local: number, [earlierStart, earlierEnd]: readonly [number, number]): void {
  const table = ctx.table;
  const start = table.recordStart.data[local];
  const end = table.recordEnd.data[local];
  const next = table.recordNext.data[local];
  const firstRange = ctx.range(earlierStart, earlierEnd);
  // With its line end; the last record may have none, and the line end before it then ends the file.
  const edit = { start, end: next, newText: '' };
  ctx.report(duplicateRow, {
    message: 'duplicate',
    args: { line: firstRange.start.line + 1 },
    range: ctx.range(start, end),
    fixes: () => [ctx.fix(duplicateRow, 'delete', {}, [edit], true)],
    related: () => [{ message: duplicateRow.messages.related, range: firstRange }],
  });
}
