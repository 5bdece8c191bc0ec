import { defineRule } from '../api';

export const teamValue = defineRule('CG401', {
  meta: {
    name: 'team-value',
    description: 'The team column named in `.cyberguru.json` (`teamColumn`) is empty for a user, or absent from the header.',
    defaultSeverity: 'warning',
    fixable: 'no',
  },
  messages: {
    empty: 'Team column "{column}" is empty: this user will not be in any team for team gamification.',
    missingColumn: 'Team column "{column}" (teamColumn in .cyberguru.json) is not in the header: add it or change teamColumn.',
  },
  looksAt: (ctx) => [{ columns: ctx.columns.teamColumn >= 0 ? [ctx.columns.teamColumn] : [], accepts: 'non-empty' }],
  create(ctx) {
    return {
      header() {
        const team = ctx.config.teamColumn;
        if (!team || !ctx.header || ctx.columns.teamColumn >= 0) return;
        ctx.report({ message: 'missingColumn', args: { column: team }, range: ctx.headerRange });
      },
      row(row) {
        const col = ctx.columns.teamColumn;
        if (col < 0 || !row.isBlank(col)) return;
        ctx.report({ message: 'empty', args: { column: ctx.columns.columns[col].header.trim() }, range: row.cellRange(col) });
      },
    };
  },
});
