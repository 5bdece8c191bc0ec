// Public surface of the lint engine, shared by the editor, the CLI and the tests. Never imports `vscode`.
export type {
  Severity,
  SeveritySetting,
  Position,
  Range,
  TextEdit,
  Fix,
  RelatedLocation,
  Problem,
  FieldName,
  ColumnField,
  CyberGuruConfig,
  ConvertConfig,
  ColumnInfo,
  CellInfo,
  LintResult,
  RuleMeta,
  Fixability,
} from './types';
export type { LintOptions } from './lintOptions';
export { lintText, lintTextAsync } from './engine/lintText';
export type { AsyncLintOptions } from './engine/lintText';
export { lintBytes } from './engine/lintBytes';
export { collectSafeEdits, applyEdits } from './fixes/edits';
export { fixAll, fixAllAsync, FIX_ALL_MAX_PASSES } from './fixes/fixAll';
export type { FixAllOptions, FixAllResult } from './fixes/fixAll';
export { composeEdits } from './fixes/composeEdits';
export { rules, ruleByCode, DOCS_BASE_URL } from './rules/registry';
export { CONFIG_LIMITS, oversizedConfigError, parseConfig } from './config/parseConfig';
export { findConfigFile, CONFIG_FILE_NAME } from './config/findConfigFile';
export { languageName } from './codes/languages';
export { countryName } from './codes/countries';
export { looksLikeUserList } from './columns/looksLikeUserList';
// Readers: a user list record by record in steps (the sidebar), or a whole CSV text at once.
export { UserListReader } from './engine/userListReader';
export { readCsv, tableRecords } from './reader/readCsv';
// The rule API (what a rule module sees), for code that handles rows and rules.
export type { Row, RuleDefinition, RuleContext } from './api';
// Reader pieces, kept for glue written against them before UserListReader.
export { Scanner } from './reader/scanner';
export { Table } from './reader/table';
export { LineIndex } from './reader/lineIndex';
export { detectDelimiter } from './reader/detectDelimiter';
export { mapColumns } from './columns/mapColumns';
// Export recognition (documented at the top of each module's index): encodings, export headers, values.
export { decodeBytes, detectEncoding, describeEncoding, utf8Conversion, fromVscodeEncoding } from './encoding';
export type { DecodedText, DetectedEncoding, Utf8Conversion } from './encoding';
export { recognizeHeader, headerParts, findHeaderRecord, userListEvidence } from './columns';
export type { HeaderRecognition, UserListEvidence, SensitiveCategory, RelatedKind } from './columns';
export { suggestLanguageCode, suggestCountryCode, isFormulaLike } from './codes';
