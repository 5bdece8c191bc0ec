import { defineRule } from '../api';

export const duplicateUsername = defineRule('CG302', {
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
  repeats: 'username',
  create(ctx) {
    return {
      repeated({ row, column, earlier, wholeRowRepeats }) {
        // A repeated row is CG303's (one problem, with a fix that deletes it).
        if (wholeRowRepeats && ctx.isActive('CG303')) return;
        ctx.report({
          message: 'duplicate',
          args: { value: row.trimmed(column), line: earlier.start.line + 1 },
          range: row.cellRange(column),
          related: () => [{ message: duplicateUsername.messages.related, range: earlier }],
        });
      },
    };
  },
});
