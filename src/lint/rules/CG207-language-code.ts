import { isLanguageCode, isLanguageCodeAt, suggestLanguageCode } from '../codes/languages';
import { cellOf } from './helpers';
import { defineRule, type Rule, type RuleContext } from './rule';

export const languageCode: Rule = defineRule('CG207', {
  meta: {
    name: 'language-code',
    description: 'Language must be an ISO 639-1 two-letter lowercase code, e.g. `it`, `en`.',
    defaultSeverity: 'error',
    fixable: 'safe',
  },
  messages: {
    invalid: 'Language "{value}" is not an ISO 639-1 code: use a two-letter lowercase code such as "it" or "en".',
    invalidSuggest: 'Language "{value}" is not an ISO 639-1 code: use the two-letter lowercase code "{suggestion}".',
    change: 'Change "{from}" to "{to}"',
  },
  quickAccept: [{ columns: (ctx) => ctx.columns.fieldColumns.language, accepts: (text, start, end) => start === end || isLanguageCodeAt(text, start, end) }],
  checkRecord(record, ctx) {
    const columns = ctx.columns.fieldColumns.language;
    for (let i = 0; i < columns.length; i++) {
      const cell = cellOf(record, columns[i]);
      if (cell < 0) continue;
      if (record.span(columns[i]) && (record.spanStart === record.spanEnd || isLanguageCodeAt(ctx.table.text, record.spanStart, record.spanEnd))) continue;
      const value = record.trimmed(columns[i]);
      if (value === '' || isLanguageCode(value)) continue;
      reportInvalid(ctx, cell, value);
    }
  },
});

// Reported from a separate function: a closure in the per-row loop would make V8 allocate its
// context on every row, valid or not (about 100 bytes a row, most of the lint's garbage).
function reportInvalid(ctx: RuleContext, cell: number, value: string): void {
  const suggestion = ctx.memo(languageCode, value, suggestLanguageCode);
  ctx.report(languageCode, {
    message: suggestion ? 'invalidSuggest' : 'invalid',
    args: suggestion ? { value, suggestion } : { value },
    range: ctx.cellRange(cell),
    fixes: () => (suggestion ? [ctx.fix(languageCode, 'change', { from: value, to: suggestion }, [ctx.replaceCell(cell, suggestion)], true)] : []),
  });
}
