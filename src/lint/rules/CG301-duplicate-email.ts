import { checkUniqueValue } from './duplicates';
import { defineRule, type Rule } from './rule';

export const duplicateEmail: Rule = defineRule('CG301', {
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
  checkRecord(record, ctx) {
    checkUniqueValue(record, ctx, ctx.columns.fieldColumns.email, 'email', (cell, value, [start, end]) => {
      const earlier = ctx.range(start, end);
      ctx.report(duplicateEmail, {
        message: 'duplicate',
        args: { value, line: earlier.start.line + 1 },
        range: ctx.cellRange(cell),
        related: () => [{ message: duplicateEmail.messages.related, range: earlier }],
      });
    });
  },
});
