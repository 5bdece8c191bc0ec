/**
 * Value normalisation for user lists (no `vscode` import).
 *
 * - suggestLanguageCode(value): ISO 639-1 code for a code in any case, a locale tag ('it-IT', 'en_US',
 *   'pt-BR'), a 3-letter code, or a language name in English, Italian, French, German, Spanish,
 *   Portuguese or the language's own ('Italian', 'Italiano', 'Deutsch', 'Français'); else undefined.
 * - isLanguageCode(value), languageName(code, displayLocale).
 * - suggestCountryCode(value): ISO 3166-1 alpha-2 for a code in any case, alpha-3, 'UK'/'EL', or a
 *   country name in those six languages ('Italy', 'Italia', 'United Kingdom', 'Deutschland') ; else undefined.
 * - isCountryCode(value), countryName(code, displayLocale).
 * - isFormulaLike(value) / isFormulaLikeAt(text, start, end): a cell a spreadsheet would run as a formula.
 */
export { suggestLanguageCode, isLanguageCode, languageName } from './languages';
export { suggestCountryCode, isCountryCode, countryName } from './countries';
export { isFormulaLike, isFormulaLikeAt, mayBeFormulaAt } from './formulaTrigger';
