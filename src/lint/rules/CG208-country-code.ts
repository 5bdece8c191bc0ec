import { isCountryCode, isCountryCodeAt, suggestCountryCode } from '../codes/countries';
import { cellOf } from './helpers';
import { defineRule, type Rule, type RuleContext } from './rule';

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
  quickAccept: [{ columns: (ctx) => ctx.columns.fieldColumns.country, accepts: (text, start, end) => start === end || isCountryCodeAt(text, start, end) }],
  checkRecord(record, ctx) {
    const columns = ctx.columns.fieldColumns.country;
    for (let i = 0; i < columns.length; i++) {
      const cell = cellOf(record, columns[i]);
      if (cell < 0) continue;
      if (record.span(columns[i]) && (record.spanStart === record.spanEnd || isCountryCodeAt(ctx.table.text, record.spanStart, record.spanEnd))) continue;
      const value = record.trimmed(columns[i]);
      if (value === '' || isCountryCode(value)) continue;
      reportInvalid(ctx, cell, value);
    }
  },
});

// Reported from a separate function: a closure in the per-row loop would make V8 allocate its
// context on every row, valid or not (about 100 bytes a row, most of the lint's garbage).
function reportInvalid(ctx: RuleContext, cell: number, value: string): void {
  const suggestion = ctx.memo(countryCode, value, suggestCountryCode);
  ctx.report(countryCode, {
    message: suggestion ? 'invalidSuggest' : 'invalid',
    args: suggestion ? { value, suggestion } : { value },
    range: ctx.cellRange(cell),
    fixes: () => (suggestion ? [ctx.fix(countryCode, 'change', { from: value, to: suggestion }, [ctx.replaceCell(cell, suggestion)], true)] : []),
  });
}
