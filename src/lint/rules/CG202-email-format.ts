import { cellOf, hasInnerWhitespace, removeWhitespace } from './helpers';
import { defineRule, type Rule } from './rule';

export const emailFormat: Rule = defineRule('CG202', {
  meta: {
    name: 'email-format',
    description: 'The e-mail address is not valid (checked with validator.js isEmail; an apostrophe is valid).',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    invalid: '"{value}" is not a valid e-mail address: expected name@domain with a top-level domain, e.g. anna.rossi@company.com.',
  },
  quickAccept: [{ columns: (ctx) => ctx.columns.fieldColumns.email, accepts: (text, start, end, ctx) => start === end || ctx.emails.isValidAt(text, start, end) === true }],
  checkRecord(record, ctx) {
    const columns = ctx.columns.fieldColumns.email;
    for (let i = 0; i < columns.length; i++) {
      const cell = cellOf(record, columns[i]);
      if (cell < 0) continue;
      // Whitespace is CG203/CG204's problem: judge the address without it.
      if (record.span(columns[i]) && (record.spanStart === record.spanEnd || ctx.emails.isValidAt(ctx.table.text, record.spanStart, record.spanEnd))) continue;
      const trimmed = record.trimmed(columns[i]);
      if (trimmed === '') continue;
      // The address without its spaces first: it is the usual typo, and when it is valid there is nothing
      // to report either way, while judging the spaced one goes the slow way through isEmail.
      const value = hasInnerWhitespace(trimmed) ? removeWhitespace(trimmed) : trimmed;
      if (ctx.emails.isValid(value) || (value !== trimmed && ctx.emails.isValid(trimmed))) continue;
      ctx.report(emailFormat, { message: 'invalid', args: { value }, range: ctx.cellRange(cell) });
    }
  },
});
