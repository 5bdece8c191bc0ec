import { isCountryCode, isCountryCodeAt, suggestCountryCode } from '../codes/countries';
import { acceptsCodeAt, checkCodeColumns, type CodeList } from './codeColumns';
import { defineRule, type Rule } from './rule';

const CODES: CodeList = { isCode: isCountryCode, isCodeAt: isCountryCodeAt, suggest: suggestCountryCode };

export const countryCode: Rule = defineRule('CG208', {
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
  quickAccept: [{ columns: (ctx) => ctx.columns.fieldColumns.country, accepts: acceptsCodeAt(CODES) }],
  checkRecord(record, ctx) {
    checkCodeColumns(countryCode, CODES, ctx.columns.fieldColumns.country, record, ctx);
  },
});
