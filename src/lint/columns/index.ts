/**
 * Header recognition for user lists and the exports they come from (no `vscode` import).
 *
 * - recognizeHeader(header) -> {parts, field, related, sensitive}: a platform field (`First name
 *   [givenName]`, `Vorname`, `mail`), a related value never mapped silently (UPN, SamAccountName,
 *   objectId/id, usageLocation, c/co, preferredLanguage/locale), or a sensitive column (password,
 *   salary, date of birth, gender, marital status, citizenship, ethnicity, tax code, national ID,
 *   IBAN, home address, private phone, health).
 * - headerParts(header) -> {label, attribute, markers}: `Name [displayName] Required` -> 'Name',
 *   'displayName', ['Required']; isDecoratedHeader(header).
 * - findHeaderRecord(records) -> index of the real header below preamble lines (Entra `version:v1.0`);
 *   isPreambleLike(cells), recognizedCount(cells).
 * - userListEvidence(text) -> {isUserList, fields, headerRecord}; looksLikeUserList(text).
 * - sensitiveCategoryOf(normalized), relatedValueFor(normalized), fieldForNormalized(normalized),
 *   normalizeHeader(header), fieldForHeader(header), mapColumns(cells, config), sanitizeOrganizationName.
 */
export { recognizeHeader, fieldForNormalized, type HeaderRecognition } from './recognizeHeader';
export { headerParts, isDecoratedHeader, type HeaderParts } from './headerLabel';
export { findHeaderRecord, isPreambleLike, recognizedCount, MAX_PREAMBLE_RECORDS } from './headerRow';
export { userListEvidence, type UserListEvidence } from './userListEvidence';
export { looksLikeUserList } from './looksLikeUserList';
export { sensitiveCategoryOf, type SensitiveCategory } from './sensitiveColumns';
export { relatedValueFor, EXPORT_ALIASES, type RelatedKind, type RelatedValue } from './exportAliases';
export { normalizeHeader, fieldForHeader, FIELD_LABELS } from './headerAliases';
export { mapColumns, sanitizeOrganizationName, REQUIRED_FIELDS, type ColumnMap } from './mapColumns';
