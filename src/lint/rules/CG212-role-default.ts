import { defineRule } from '../api';

export const roleDefault = defineRule('CG212', {
  meta: {
    name: 'role-default',
    description: 'A user without a role is imported as `studente`.',
    defaultSeverity: 'info',
    fixable: 'no',
  },
  messages: {
    noRole: 'No role: this user will be imported as studente.',
    noRolesColumn: 'There is no "roles" column: every user will be imported as studente.',
  },
  // It speaks only about rows whose role cells are empty.
  looksAt: (ctx) => [{ columns: ctx.columns.roleColumns, accepts: 'non-empty' }],
  create(ctx) {
    return {
      row(row) {
        const columns = ctx.columns.roleColumns;
        if (columns.length === 0) return;
        for (const col of columns) if (!row.isBlank(col)) return;
        ctx.report({ message: 'noRole', range: row.cellRange(columns[0]) });
      },
      end() {
        if (!ctx.header || ctx.columns.roleColumns.length > 0 || ctx.userCount === 0) return;
        ctx.report({ message: 'noRolesColumn', range: ctx.headerRange });
      },
    };
  },
});
