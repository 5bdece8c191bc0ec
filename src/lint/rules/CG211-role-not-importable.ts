import { cellOf } from './helpers';
import { defineRule, type Rule, type RuleContext } from './rule';
import { acceptsRoleAt, isPrivilegedRole, nonImportableRoleValue } from './roles';

export const roleNotImportable: Rule = defineRule('CG211', {
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
  quickAccept: [{ columns: (ctx) => ctx.columns.roleColumns, accepts: acceptsRoleAt }],
  checkRecord(record, ctx) {
    const columns = ctx.columns.roleColumns;
    for (let i = 0; i < columns.length; i++) {
      const cell = cellOf(record, columns[i]);
      if (cell < 0) continue;
      const value = nonImportableRoleValue(record, ctx.table.text, columns[i]);
      if (value === undefined || !isPrivilegedRole(value)) continue;
      reportPrivileged(ctx, cell, value);
    }
  },
});

// Reported from a separate function: a closure in the per-row loop would make V8 allocate its
// context on every row, valid or not (about 100 bytes a row, most of the lint's garbage).
function reportPrivileged(ctx: RuleContext, cell: number, value: string): void {
  ctx.report(roleNotImportable, {
    message: 'privileged',
    args: { value },
    range: ctx.cellRange(cell),
    fixes: () => [ctx.fix(roleNotImportable, 'clear', { value }, [ctx.replaceCell(cell, '')], false)],
  });
}
