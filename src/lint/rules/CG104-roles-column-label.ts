import { defineRule, type Rule } from './rule';

export const rolesColumnLabel: Rule = defineRule('CG104', {
  meta: {
    name: 'roles-column-label',
    description: 'A role column must be labelled exactly `roles` to be mapped automatically; `Role`, `Ruolo` or `Roles` are not.',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    label: 'Column "{header}" looks like the role column but is not labelled exactly "roles" (lowercase): the import will not map it to the role field.',
    rename: 'Rename "{from}" to "roles"',
  },
  checkHeader(ctx) {
    for (const index of ctx.columns.misspelledRoleColumns) {
      const column = ctx.columns.columns[index];
      const header = column.header.trim();
      const cell = ctx.header!.firstCell + index;
      ctx.report(rolesColumnLabel, {
        message: 'label',
        args: { header },
        range: column.range,
        fixes: () => [ctx.fix(rolesColumnLabel, 'rename', { from: header }, [ctx.replaceCell(cell, 'roles')], true)],
      });
    }
  },
});
