import { defineRule } from '../api';
import { importableRoleOrEmpty } from '../codes/cellTests';
import { isPrivilegedRole, nonImportableRole, suggestRole } from '../codes/roles';
import { reportInvalidValue } from './codeColumns';

export const roleValue = defineRule('CG210', {
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
  looksAt: (ctx) => [{ columns: ctx.columns.roleColumns, accepts: importableRoleOrEmpty }],
  create(ctx) {
    return {
      row(row) {
        for (const col of ctx.columns.roleColumns) {
          const value = nonImportableRole(row.trimmed(col));
          // Privileged roles are CG211's.
          if (value === undefined || isPrivilegedRole(value)) continue;
          reportInvalidValue(ctx, row, col, value, suggestRole(value));
        }
      },
    };
  },
});
