import { checkUniqueValue } from './duplicates';
import { defineRule, type Rule } from './rule';

export const duplicateUsername: Rule = defineRule('CG302', {
  meta: {
    name: 'duplicate-username',
    description: 'The username is already used on an earlier row (compared case-insensitively); usernames must be unique.',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    duplicate: 'Username "{value}" is already used on line {line}: usernames must be unique (and cannot be changed after import).',
    related: 'First use of this username',
  },
  checkRecord(record, ctx) {
    checkUniqueValue(record, ctx, ctx.columns.fieldColumns.username, 'username', (cell, value, [start, end]) => {
      const earlier = ctx.range(start, end);
      ctx.report(duplicateUsername, {
        message: 'duplicate',
        args: { value, line: earlier.start.line + 1 },
        range: ctx.cellRange(cell),
        related: () => [{ message: duplicateUsername.messages.related, range: earlier }],
      });
    });
  },
});
