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
  LintOptions,
  ColumnInfo,
  CellInfo,
  LintResult,
  RuleMeta,
  Fixability,
} from './types';
export { lintText, lintTextAsync } from './engine/lintText';
export type { AsyncLintOptions } from './engine/lintText';
export { lintBytes } from './engine/lintBytes';
export { collectSafeEdits, applyEdits } from './fixes/edits';
export { fixAll } from './fixes/fixAll';
export { rules, ruleByCode, DOCS_BASE_URL } from './rules/registry';
export { parseConfig } from './config/parseConfig';
export { findConfigFile, CONFIG_FILE_NAME } from './config/findConfigFile';
export { languageName } from './codes/languages';
export { countryName } from './codes/countries';
export { looksLikeUserList } from './columns/looksLikeUserList';
// Reader pieces for glue that reads records in time slices of its own (the sidebar's user-list reader).
export { Scanner } from './reader/scanner';
export { Table } from './reader/table';
export { LineIndex } from './reader/lineIndex';
export { detectDelimiter } from './reader/detectDelimiter';
export { mapColumns } from './columns/mapColumns';
