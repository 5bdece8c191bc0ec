import { defineRule } from '../api';

export const duplicateEmail = defineRule('CG301', {
  meta: {
    name: 'duplicate-email',
    description: 'The e-mail is already used on an earlier row (compared case-insensitively).',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    duplicate: 'E-mail "{value}" is already used on line {line}: every user needs a different e-mail address.',
    related: 'First use of this e-mail',
  },
  repeats: 'email',
  create(ctx) {
    return {
      repeated({ row, column, earlier, wholeRowRepeats }) {
        // A repeated row is CG303's (one problem, with a fix that deletes it).
        if (wholeRowRepeats && ctx.isActive('CG303')) return;
        ctx.report({
          message: 'duplicate',
          args: { value: row.trimmed(column), line: earlier.start.line + 1 },
          range: row.cellRange(column),
          related: () => [{ message: duplicateEmail.messages.related, range: earlier }],
        });
      },
    };
  },
});
