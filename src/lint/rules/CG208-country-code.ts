import { defineRule } from '../api';
import { countryCodeOrEmpty } from '../codes/cellTests';
import { isCountryCode, suggestCountryCode } from '../codes/countries';
import { codeColumnsCheck, type CodeList } from './codeColumns';

const CODES: CodeList = { isCode: isCountryCode, suggest: suggestCountryCode };

export const countryCode = defineRule('CG208', {
  meta: {
    name: 'country-code',
    description: 'Country must be an ISO 3166-1 alpha-2 uppercase code, e.g. `IT`, `GB`.',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    invalid: 'Country "{value}" is not an ISO 3166-1 alpha-2 code: use a two-letter uppercase code such as "IT" or "GB".',
    invalidSuggest: 'Country "{value}" is not an ISO 3166-1 alpha-2 code: use the two-letter uppercase code "{suggestion}".',
    change: 'Change "{from}" to "{to}"',
  },
  looksAt: (ctx) => [{ columns: ctx.columns.fieldColumns.country, accepts: countryCodeOrEmpty }],
  create(ctx) {
    return { row: codeColumnsCheck(ctx, CODES, () => ctx.columns.fieldColumns.country) };
  },
});
