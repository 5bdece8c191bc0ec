import { defineRule, hasInnerWhitespace, removeWhitespace } from '../api';

export const emailFormat = defineRule('CG202', {
  meta: {
    name: 'email-format',
    description: 'The e-mail address is not valid (checked with validator.js isEmail; an apostrophe is valid).',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    invalid: '"{value}" is not a valid e-mail address: expected name@domain with a top-level domain, e.g. anna.rossi@company.com.',
  },
  looksAt: (ctx) => [{ columns: ctx.columns.fieldColumns.email, accepts: ctx.emails.acceptsCell }],
  create(ctx) {
    return {
      row(row) {
        for (const col of ctx.columns.fieldColumns.email) {
          const trimmed = row.trimmed(col);
          if (trimmed === '') continue;
          // Whitespace is CG203/CG204's problem: judge the address without it first (the usual typo).
          const value = hasInnerWhitespace(trimmed) ? removeWhitespace(trimmed) : trimmed;
          if (ctx.emails.isValid(value) || (value !== trimmed && ctx.emails.isValid(trimmed))) continue;
          ctx.report({ message: 'invalid', args: { value }, range: row.cellRange(col) });
        }
      },
    };
  },
});
