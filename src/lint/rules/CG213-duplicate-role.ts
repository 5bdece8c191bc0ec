import { cellOf } from './helpers';
import { defineRule, type Rule } from './rule';

export const duplicateRole: Rule = defineRule('CG213', {
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
  checkRecord(record, ctx) {
    const columns = ctx.columns.roleColumns;
    if (columns.length < 2) return;
    for (let i = 1; i < columns.length; i++) {
      const cell = cellOf(record, columns[i]);
      if (cell < 0) continue;
      const value = record.trimmed(columns[i]);
      if (value === '') continue;
      for (let j = 0; j < i; j++) {
        if (record.trimmed(columns[j]) !== value) continue;
        const firstCell = cellOf(record, columns[j]);
        ctx.report(duplicateRole, {
          message: 'duplicate',
          args: { value, first: columns[j] + 1 },
          range: ctx.cellRange(cell),
          fixes: () => [ctx.fix(duplicateRole, 'clear', { value }, [ctx.replaceCell(cell, '')], true)],
          related: () => [{ message: duplicateRole.messages.related, range: ctx.cellRange(firstCell) }],
        });
        break;
      }
    }
  },
});
