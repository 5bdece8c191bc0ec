// Comparing a user list with a baseline (the users the platform already has). Pure: no I/O, no vscode.
export { decodeListBytes, type ListEncoding } from './decodeList';
export { readUserList, type UserList } from './userList';
export { readBaselineBytes, readBaselineText, type Baseline, type BaselineDuplicate } from './baseline';
export { matchUser, BaselineCoverage, type UserMatch, type MatchKind } from './matchUser';
export { diffImport, type ImportDiff } from './importDiff';
export { formatDiffText, formatDiffJson, diffCounts } from './formatDiff';
