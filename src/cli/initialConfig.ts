// The commented starting `.cyberguru.json` that `cyberguru init` writes, from a list's header: which
// required fields the platform would not find, which headers it would not map, a team column to pick.
import { FIELD_LABELS } from '../lint/columns/headerAliases';
import { mapColumns, type ColumnMap } from '../lint/columns/mapColumns';
import { readCsv } from '../lint/reader/readCsv';

/** Where the editor and JSON tools find the schema (the `$id` of schemas/cyberguru.schema.json). */
export const SCHEMA_URL = 'https://example.invalid/cyberguru-userlist/schemas/cyberguru.schema.json';

const quote = (value: string) => JSON.stringify(value);

/** The header cells of a list text (empty for an empty text). */
export function headerOf(text: string): string[] {
  const { table } = readCsv(text);
  if (table.recordCount === 0) return [];
  return Array.from({ length: table.cellsIn(0) }, (_, c) => table.value(c).trim());
}

/** The config text; `listName` and `headers` describe the list looked at, if any. */
export function initialConfigText(rawListName: string | undefined, headers: readonly string[]): string {
  // The name goes into comment lines: a line break or control character in it must not end the comment.
  const listName = rawListName?.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  const map: ColumnMap | undefined = listName ? mapColumns(headers.map((header) => ({ header, range: NO_RANGE })), {}) : undefined;
  const unmapped = map ? map.organizationColumns.map((c) => headers[c]).filter(Boolean) : [];
  const missing = map ? map.requiredFields.filter((field) => map.fieldColumns[field].length === 0) : [];
  const lines = [
    '// Cyber Guru user-list lint configuration, read by `cyberguru lint` and the VS Code extension',
    '// (comments are allowed). Every key is optional; see docs/lint.md.',
  ];
  if (listName) lines.push(`// Written by \`cyberguru init\` from the header of ${listName}.`);
  lines.push('{', `  "$schema": ${quote(SCHEMA_URL)},`);
  lines.push('  // Headers the platform does not map by itself -> the field they hold (firstName, lastName, email,');
  lines.push('  // language, username, country, authmode, roles or organization).');
  if (missing.length) lines.push(`  // ${listName} has no column the platform maps to: ${missing.map((f) => FIELD_LABELS[f]).join(', ')}.`);
  if (unmapped.length) lines.push(`  // Its headers that would become organization columns: ${unmapped.map(quote).join(', ')}.`);
  lines.push('  "columns": {');
  // A missing field is suggested from a column holding a related value first (an employee number or
  // UPN for the username), then from the would-be organization columns; the team is one left over.
  const suggested = new Set<string>();
  const suggestions = missing.flatMap((field) => {
    const related = map?.relatedColumns.find((c) => c.related.fields.includes(field) && !suggested.has(headers[c.index]!));
    const header = related ? headers[related.index] : unmapped.find((h) => !suggested.has(h));
    if (!header) return [];
    suggested.add(header);
    return [`    // ${quote(header)}: ${quote(field)}`];
  });
  if (suggestions.length === 0) suggestions.push('    // "Matricola": "username"');
  lines.push(...suggestions.map((line, i) => (i < suggestions.length - 1 ? `${line},` : line)));
  lines.push('  },');
  lines.push('  // Turn a rule off or change its severity, by code or name: "CG212": "off", "surrounding-whitespace": "error".');
  lines.push('  "rules": {},');
  lines.push('  // The organization column that defines teams for team gamification (CG401 reports rows without one).');
  const teamCandidate = unmapped.find((header) => !suggested.has(header)) ?? 'Department';
  lines.push(`  // "teamColumn": ${quote(teamCandidate)},`);
  lines.push('  // The platform\'s export of its current users (or the last list imported), relative to this file:');
  lines.push('  // compared with each list (CG501-CG503) and by `cyberguru diff`.');
  lines.push('  // "baseline": "platform-export.csv",');
  lines.push('  // true when the company uses hybrid SSO: the Authmode column (0 credentials, 1 SSO) becomes required.');
  lines.push(`  "requireAuthmode": ${map ? map.fieldColumns.authmode.length > 0 : false}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const NO_POSITION = { line: 0, column: 0, offset: 0 };
const NO_RANGE = { start: NO_POSITION, end: NO_POSITION };
