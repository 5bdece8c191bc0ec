import { defineRule } from '../api';

export const noUsers = defineRule('CG007', {
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
  create(ctx) {
    return {
      end() {
        if (ctx.userCount > 0) return;
        if (!ctx.header) ctx.report({ message: 'empty', range: ctx.fileStart });
        else ctx.report({ message: 'noUsers', range: ctx.headerRange });
      },
    };
  },
});
