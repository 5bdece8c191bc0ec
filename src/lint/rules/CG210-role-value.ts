import { cellOf } from './helpers';
import { defineRule, type Rule, type RuleContext } from './rule';
import { acceptsRoleAt, isPrivilegedRole, nonImportableRoleValue, suggestRole } from './roles';

export const roleValue: Rule = defineRule('CG210', {
  meta: {
    name: 'role-value',
    description: 'A role must be exactly `studente`, `teamleader` or `supervisor` (lowercase).',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    invalid: 'Role "{value}" is not valid: use exactly studente, teamleader or supervisor (lowercase).',
    invalidSuggest: 'Role "{value}" is not valid: roles are case-sensitive; did you mean "{suggestion}"?',
    change: 'Change "{from}" to "{to}"',
  },
  quickAccept: [{ columns: (ctx) => ctx.columns.roleColumns, accepts: acceptsRoleAt }],
  checkRecord(record, ctx) {
    const columns = ctx.columns.roleColumns;
    for (let i = 0; i < columns.length; i++) {
      const cell = cellOf(record, columns[i]);
      if (cell < 0) continue;
      const value = nonImportableRoleValue(record, ctx.table.text, columns[i]);
      if (value === undefined || isPrivilegedRole(value)) continue;
      reportInvalid(ctx, cell, value);
    }
  },
});

// Reported from a separate function: a closure in the per-row loop would make V8 allocate its
// context on every row, valid or not (about 100 bytes a row, most of the lint's garbage).
function reportInvalid(ctx: RuleContext, cell: number, value: string): void {
  const suggestion = suggestRole(value);
  ctx.report(roleValue, {
    message: suggestion ? 'invalidSuggest' : 'invalid',
    args: suggestion ? { value, suggestion } : { value },
    range: ctx.cellRange(cell),
    fixes: () => (suggestion ? [ctx.fix(roleValue, 'change', { from: value, to: suggestion }, [ctx.replaceCell(cell, suggestion)], true)] : []),
  });
}
