// Reads the e-mails and team values out of a user-list text, with the line each record starts on, so
// the sidebar can compare a file with the report and jump to a row. The header is mapped by the lint
// engine (same aliases and `.cyberguru.json` as the linter); records are parsed by csv-parse.
import { parse } from 'csv-parse/sync';
import { lintText, type CyberGuruConfig } from '../../lint';

export interface UserListRow {
  email: string;
  team?: string;
  /** 0-based line where the record starts. */
  line: number;
}

export interface UserListContent {
  /** Header of the e-mail column, if the file has one. */
  emailColumn?: string;
  /** Header of the configured team column (`teamColumn` in `.cyberguru.json`), if present. */
  teamColumn?: string;
  rows: UserListRow[];
}

function headerLine(text: string): string {
  const end = text.search(/\r\n|\n|\r/);
  return end < 0 ? text : text.slice(0, end);
}

/** With `raw: true`, each record comes with its source text: skipped blank lines before it, itself, its terminator. */
interface ParsedRecord {
  record: string[];
  raw: string;
}

/** Line breaks as an editor counts them (CRLF, LF and a lone CR each end a line). */
function lineBreaks(text: string): number {
  return text.match(/\r\n|\n|\r/g)?.length ?? 0;
}

export function readUserList(text: string, config: CyberGuruConfig): UserListContent {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const header = lintText(headerLine(body), { config, maxProblems: 1 });
  const emailIndex = header.columns.find((c) => c.field === 'email')?.index;
  const wanted = config.teamColumn?.trim().toLowerCase();
  const teamIndex = wanted ? header.columns.find((c) => c.header.trim().toLowerCase() === wanted)?.index : undefined;
  const content: UserListContent = {
    emailColumn: emailIndex === undefined ? undefined : header.columns[emailIndex]?.header.trim(),
    teamColumn: teamIndex === undefined ? undefined : header.columns[teamIndex]?.header.trim(),
    rows: [],
  };
  if (emailIndex === undefined && teamIndex === undefined) return content;
  const records = parse(body, {
    delimiter: header.delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    raw: true,
  }) as unknown as ParsedRecord[];
  let line = 0;
  for (const [index, { record, raw }] of records.entries()) {
    const start = line + lineBreaks(/^(?:\r\n|\n|\r)*/.exec(raw)?.[0] ?? '');
    line += lineBreaks(raw);
    if (index === 0) continue;
    const email = emailIndex === undefined ? '' : (record[emailIndex] ?? '').trim();
    const team = teamIndex === undefined ? undefined : (record[teamIndex] ?? '').trim() || undefined;
    if (email || team) content.rows.push({ email, team, line: start });
  }
  return content;
}

/** Distinct non-empty team values, in order of first appearance. */
export function distinctTeams(content: UserListContent): string[] {
  return [...new Set(content.rows.flatMap((r) => (r.team ? [r.team] : [])))];
}
