import { defineRule, type Rule } from './rule';

export const blankRow: Rule = defineRule('CG006', {
  meta: {
    name: 'blank-row',
    description: 'An empty or whitespace-only record: it is not a user and may be imported as an empty one.',
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  messages: {
    blank: 'Blank row: it holds no user; delete it.',
    delete: 'Delete the blank row',
  },
  checkBlankRecord(record, ctx) {
    const table = ctx.table;
    const start = table.recordStart.data[record.local];
    const end = table.recordEnd.data[record.local];
    const next = table.recordNext.data[record.local];
    // With its line end; the last record may have none, and the line end before it then ends the file.
    const edit = { start, end: next, newText: '' };
    ctx.report(blankRow, {
      message: 'blank',
      args: {},
      range: ctx.range(start, end),
      fixes: () => [ctx.fix(blankRow, 'delete', {}, [edit], true)],
    });
  },
});
