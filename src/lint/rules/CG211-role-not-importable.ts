import { defineRule } from '../api';
import { importableRoleOrEmpty } from '../codes/cellTests';
import { isPrivilegedRole, nonImportableRole } from '../codes/roles';

export const roleNotImportable = defineRule('CG211', {
  meta: {
    name: 'role-not-importable',
    description: '`company admin` and other privileged roles cannot be imported from a CSV; they are assigned by hand.',
    defaultSeverity: 'error',
    // Clearing the cell drops the information of who should get the role: offered, never in fix-all.
    fixable: 'unsafe',
  },
  messages: {
    privileged: 'Role "{value}" cannot be imported: assign it by hand on the platform (or ask Cyber Guru support) and leave the cell empty here.',
    clear: 'Clear "{value}" (assign the role by hand)',
  },
  looksAt: (ctx) => [{ columns: ctx.columns.roleColumns, accepts: importableRoleOrEmpty }],
  create(ctx) {
    return {
      row(row) {
        for (const col of ctx.columns.roleColumns) {
          const value = nonImportableRole(row.trimmed(col));
          if (value === undefined || !isPrivilegedRole(value)) continue;
          ctx.report({
            message: 'privileged',
            args: { value },
            range: row.cellRange(col),
            fixes: () => [ctx.fix('clear', { value }, [ctx.edits.replaceCell(row, col, '')], false)],
          });
        }
      },
    };
  },
});
