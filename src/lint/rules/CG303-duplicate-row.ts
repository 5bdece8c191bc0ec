import { defineRule } from '../api';

export const duplicateRow = defineRule('CG303', {
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
  repeats: 'row',
  create(ctx) {
    return {
      repeated({ row, earlier }) {
        ctx.report({
          message: 'duplicate',
          args: { line: earlier.start.line + 1 },
          range: row.range(),
          fixes: () => [ctx.fix('delete', {}, [ctx.edits.deleteRow(row)], true)],
          related: () => [{ message: duplicateRow.messages.related, range: earlier }],
        });
      },
    };
  },
});
