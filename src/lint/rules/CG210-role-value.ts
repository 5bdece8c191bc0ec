import { cellOf } from './helpers';
import { reportInvalidValue } from './codeColumns';
import { defineRule, type Rule } from './rule';
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
      reportInvalidValue(ctx, roleValue, cell, value, suggestRole(value));
    }
  },
});

