import { defineRule } from '../api';

export const blankRow = defineRule('CG006', {
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
  create(ctx) {
    return {
      blankRow(row) {
        ctx.report({ message: 'blank', range: row.range(), fixes: () => [ctx.fix('delete', {}, [ctx.edits.deleteRow(row)], true)] });
      },
    };
  },
});
