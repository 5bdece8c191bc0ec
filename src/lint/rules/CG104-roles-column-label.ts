import { defineRule } from '../api';

export const rolesColumnLabel = defineRule('CG104', {
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
  create(ctx) {
    return {
      header() {
        for (const index of ctx.columns.misspelledRoleColumns) {
          const column = ctx.columns.columns[index];
          const header = column.header.trim();
          const headerRow = ctx.header!;
          ctx.report({
            message: 'label',
            args: { header },
            range: column.range,
            fixes: () => [ctx.fix('rename', { from: header }, [ctx.edits.replaceCell(headerRow, index, 'roles')], true)],
          });
        }
      },
    };
  },
});
