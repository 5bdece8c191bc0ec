import { cellOf } from './helpers';
import { defineRule, type Rule } from './rule';

export const roleDefault: Rule = defineRule('CG212', {
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
  // No quickAccept: runs on every record, as it is cheap and fires often (HR exports leave roles
  // empty). A quick test of the role cells would send every such row through all the rules.
  checkRecord(record, ctx) {
    const columns = ctx.columns.roleColumns;
    if (columns.length === 0) return;
    for (let i = 0; i < columns.length; i++) {
      if (!record.isBlank(columns[i])) return;
    }
    const cell = cellOf(record, columns[0]);
    const range = cell >= 0 ? ctx.cellRange(cell) : ctx.recordRange(record.local);
    ctx.report(roleDefault, { message: 'noRole', args: {}, range });
  },
  checkEnd(ctx) {
    if (!ctx.header || ctx.columns.roleColumns.length > 0 || ctx.userCount === 0) return;
    const columns = ctx.columns.columns;
    ctx.report(roleDefault, { message: 'noRolesColumn', args: {}, range: { start: columns[0].range.start, end: columns[columns.length - 1].range.end } });
  },
});
