import { cellOf } from './helpers';
import { defineRule, type Rule } from './rule';

export const teamValue: Rule = defineRule('CG401', {
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
  checkHeader(ctx) {
    const team = ctx.config.teamColumn;
    if (!team || !ctx.header || ctx.columns.teamColumn >= 0) return;
    const columns = ctx.columns.columns;
    ctx.report(teamValue, { message: 'missingColumn', args: { column: team }, range: { start: columns[0].range.start, end: columns[columns.length - 1].range.end } });
  },
  quickAccept: [{ columns: (ctx) => (ctx.columns.teamColumn >= 0 ? [ctx.columns.teamColumn] : []), accepts: 'non-empty' }],
  checkRecord(record, ctx) {
    const col = ctx.columns.teamColumn;
    if (col < 0) return;
    const cell = cellOf(record, col);
    if (cell >= 0 && !record.isBlank(col)) return;
    const range = cell >= 0 ? ctx.cellRange(cell) : ctx.recordRange(record.local);
    ctx.report(teamValue, { message: 'empty', args: { column: ctx.columns.columns[col].header.trim() }, range });
  },
});
