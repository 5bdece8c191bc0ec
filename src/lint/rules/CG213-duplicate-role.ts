import { defineRule } from '../api';

export const duplicateRole = defineRule('CG213', {
  meta: {
    name: 'duplicate-role',
    description: 'The same role appears twice in one row.',
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  messages: {
    duplicate: 'Role "{value}" is already given to this user in column {first}: clear this one.',
    clear: 'Clear the repeated role "{value}"',
    related: 'Same role',
  },
  // Compares cells with each other: with two or more roles columns, it runs on every row.
  looksAt: (ctx) => (ctx.columns.roleColumns.length < 2 ? [] : undefined),
  create(ctx) {
    return {
      row(row) {
        const columns = ctx.columns.roleColumns;
        for (let i = 1; i < columns.length; i++) {
          const col = columns[i];
          const value = row.trimmed(col);
          if (value === '') continue;
          const first = columns.slice(0, i).find((earlier) => row.trimmed(earlier) === value);
          if (first === undefined) continue;
          ctx.report({
            message: 'duplicate',
            args: { value, first: first + 1 },
            range: row.cellRange(col),
            fixes: () => [ctx.fix('clear', { value }, [ctx.edits.replaceCell(row, col, '')], true)],
            related: () => [{ message: duplicateRole.messages.related, range: row.cellRange(first) }],
          });
        }
      },
    };
  },
});
