import { findDuplicates } from './duplicates';
import { defineRule, type Rule } from './rule';

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
    const earlier = record.earlierRow;
    if (!earlier) return;
    const table = ctx.table;
    const start = table.recordStart.data[record.local];
    const end = table.recordEnd.data[record.local];
    const next = table.recordNext.data[record.local];
    const firstRange = ctx.range(earlier[0], earlier[1]);
    // With its line end; the last record may have none, and the line end before it then ends the file.
    const edit = { start, end: next, newText: '' };
    ctx.report(duplicateRow, {
      message: 'duplicate',
      args: { line: firstRange.start.line + 1 },
      range: ctx.range(start, end),
      fixes: () => [ctx.fix(duplicateRow, 'delete', {}, [edit], true)],
      related: () => [{ message: duplicateRow.messages.related, range: firstRange }],
    });
  },
});
