// Export formats shared by `cyberguru report` and the sidebar's Export command, so both write the
// same figures.
import type { CompletionSummary, UserProgress } from './types';

/** One team in the JSON export: its name and the same aggregated figures the tree shows. */
export interface TeamJson extends CompletionSummary {
  name: string;
}

/** The JSON export: `{ generated_at, total_users, users, teams? }`. */
export interface ReportJson {
  generated_at: string;
  total_users: number;
  users: UserProgress[];
  teams?: TeamJson[];
}

/** Builds the JSON export. `teams` is omitted when no team was requested. */
export function reportToJson(
  generatedAt: string,
  users: readonly UserProgress[],
  teams?: readonly { name: string; summary: CompletionSummary }[],
): ReportJson {
  const json: ReportJson = { generated_at: generatedAt, total_users: users.length, users: [...users] };
  if (teams) {
    json.teams = teams.map(({ name, summary }) => ({
      name,
      users: summary.users,
      assigned_total: summary.assigned_total,
      completed_total: summary.completed_total,
      completion_rate: summary.completion_rate,
      users_complete: summary.users_complete,
      users_below_threshold: summary.users_below_threshold,
      threshold: summary.threshold,
      awareness: summary.awareness,
      channel: summary.channel,
    }));
  }
  return json;
}

const USER_COLUMNS = [
  'email',
  'assigned_total',
  'completed_total',
  'completion_rate_total',
  'awareness_assigned',
  'awareness_completed',
  'awareness_completion_rate',
  'channel_assigned',
  'channel_completed',
  'channel_completion_rate',
];

/** Leading characters a spreadsheet skips before it looks for a formula: whitespace and controls. */
const LEADING_IGNORED = /^[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202f\u2060\ufeff]*/;
/** Characters that start a formula (or a DDE payload) in Excel, LibreOffice and Sheets, incl. full-width forms. */
const FORMULA_TRIGGER = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;
/** A plain number such as -12 or -3.5: text that reads as a number is not a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * Characters that make a cell need quotes: the delimiter of any locale (`,` in English, `;` in
 * Italian, tab when pasted), the quote itself and line breaks.
 */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One CSV cell that a spreadsheet opens as inert text: a text cell whose first visible character
 * would start a formula gets a leading `'`, and any cell with a delimiter of any locale, a quote or a
 * line break is quoted (so `T;=2+2` stays one cell in a locale that splits on `;`).
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const visible = value.replace(LEADING_IGNORED, '');
  const text = FORMULA_TRIGGER.test(visible) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV with one row per user and the service columns, CRLF line ends (RFC 4180). Rows may carry a
 * team name: then a leading `team` column is added.
 */
export function usersToCsv(rows: readonly { user: UserProgress; team?: string }[]): string {
  const withTeam = rows.some((r) => r.team !== undefined);
  const header = withTeam ? ['team', ...USER_COLUMNS] : USER_COLUMNS;
  const lines = [header.join(',')];
  for (const { user: u, team } of rows) {
    const cells: (string | number)[] = [
      u.email,
      u.assigned_total,
      u.completed_total,
      u.completion_rate_total,
      u.services.awareness.assigned,
      u.services.awareness.completed,
      u.services.awareness.completion_rate,
      u.services.channel.assigned,
      u.services.channel.completed,
      u.services.channel.completion_rate,
    ];
    lines.push((withTeam ? [team ?? '', ...cells] : cells).map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
