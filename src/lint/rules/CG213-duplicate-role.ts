import { cellOf } from './helpers';
import { defineRule, type Rule, type RuleContext } from './rule';

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
  // Compares cells with each other: with two or more roles columns, no record is skipped.
  quickAccept: [{ columns: (ctx) => (ctx.columns.roleColumns.length < 2 ? [] : undefined), accepts: 'non-empty' }],
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
        report(ctx, cell, cellOf(record, columns[j]), value, columns[j]);
        break;
      }
    }
  },
});

// Reported from a separate function: a closure in the per-row loop would make V8 allocate its
// context on every row with two or more role columns, repeated or not.
function report(ctx: RuleContext, cell: number, firstCell: number, value: string, firstColumn: number): void {
  ctx.report(duplicateRole, {
    message: 'duplicate',
    args: { value, first: firstColumn + 1 },
    range: ctx.cellRange(cell),
    fixes: () => [ctx.fix(duplicateRole, 'clear', { value }, [ctx.replaceCell(cell, '')], true)],
    related: () => [{ message: duplicateRole.messages.related, range: ctx.cellRange(firstCell) }],
  });
}
