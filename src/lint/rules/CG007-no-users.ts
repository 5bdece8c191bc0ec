import { defineRule, type Rule } from './rule';

export const noUsers: Rule = defineRule('CG007', {
  meta: {
    name: 'no-users',
    description: 'The file has a header but no user rows (or is empty).',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    noUsers: 'The file has a header but no users: add one row per user below the header.',
    empty: 'The file is empty: add a header row (First Name, Last Name, Email, Language, Username, Country, roles) and one row per user.',
  },
  checkEnd(ctx) {
    if (ctx.userCount > 0) return;
    if (!ctx.header) {
      ctx.report(noUsers, { message: 'empty', args: {}, range: ctx.range(0, 0) });
      return;
    }
    const columns = ctx.columns.columns;
    const range = columns.length ? { start: columns[0].range.start, end: columns[columns.length - 1].range.end } : ctx.range(0, 0);
    ctx.report(noUsers, { message: 'noUsers', args: {}, range });
  },
});
