import { defineRule } from '../api';
import { languageCodeOrEmpty } from '../codes/cellTests';
import { isLanguageCode, suggestLanguageCode } from '../codes/languages';
import { codeColumnsCheck, type CodeList } from './codeColumns';

const CODES: CodeList = { isCode: isLanguageCode, suggest: suggestLanguageCode };

export const languageCode = defineRule('CG207', {
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
  looksAt: (ctx) => [{ columns: ctx.columns.fieldColumns.language, accepts: languageCodeOrEmpty }],
  create(ctx) {
    return { row: codeColumnsCheck(ctx, CODES, () => ctx.columns.fieldColumns.language) };
  },
});
