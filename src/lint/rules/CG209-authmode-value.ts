import { defineRule } from '../api';
import { authmodeOrEmpty } from '../codes/cellTests';

export const authmodeValue = defineRule('CG209', {
  meta: {
    name: 'authmode-value',
    description: 'Authmode must be `0` (login with credentials) or `1` (SSO login).',
    defaultSeverity: 'error',
    fixable: 'no',
  },
  messages: {
    invalid: 'Authmode "{value}" is not valid: use 0 for login with credentials or 1 for SSO login.',
  },
  looksAt: (ctx) => [{ columns: ctx.columns.fieldColumns.authmode, accepts: authmodeOrEmpty }],
  create(ctx) {
    return {
      row(row) {
        for (const col of ctx.columns.fieldColumns.authmode) {
          const value = row.trimmed(col);
          if (value === '' || value === '0' || value === '1') continue;
          ctx.report({ message: 'invalid', args: { value }, range: row.cellRange(col) });
        }
      },
    };
  },
});
