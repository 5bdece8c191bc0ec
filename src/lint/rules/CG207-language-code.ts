import { isLanguageCode, isLanguageCodeAt, suggestLanguageCode } from '../codes/languages';
import { acceptsCodeAt, checkCodeColumns, type CodeList } from './codeColumns';
import { defineRule, type Rule } from './rule';

const CODES: CodeList = { isCode: isLanguageCode, isCodeAt: isLanguageCodeAt, suggest: suggestLanguageCode };

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
  quickAccept: [{ columns: (ctx) => ctx.columns.fieldColumns.language, accepts: acceptsCodeAt(CODES) }],
  checkRecord(record, ctx) {
    checkCodeColumns(languageCode, CODES, ctx.columns.fieldColumns.language, record, ctx);
  },
});
