import { cellOf } from './helpers';
import { defineRule, type Rule } from './rule';

export const authmodeValue: Rule = defineRule('CG209', {
  meta: {
    name: 'authmode-value',
    description: 'Authmode must be `0` (login with credentials) or `1` (SSO login).',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    invalid: 'Authmode "{value}" is not valid: use 0 for login with credentials or 1 for SSO login.',
  },
  quickAccept: [{ columns: (ctx) => ctx.columns.fieldColumns.authmode, accepts: (text, start, end) => start === end || (end - start === 1 && (text.charCodeAt(start) === 48 || text.charCodeAt(start) === 49)) }],
  checkRecord(record, ctx) {
    const columns = ctx.columns.fieldColumns.authmode;
    for (let i = 0; i < columns.length; i++) {
      const cell = cellOf(record, columns[i]);
      if (cell < 0) continue;
      const value = record.trimmed(columns[i]);
      if (value === '' || value === '0' || value === '1') continue;
      ctx.report(authmodeValue, { message: 'invalid', args: { value }, range: ctx.cellRange(cell) });
    }
  },
});
