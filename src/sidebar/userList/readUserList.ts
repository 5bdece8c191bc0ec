// Reads the e-mails and team values out of a user-list text, with the line each record starts on, so
// the sidebar can compare a file with the report and jump to a row. Records are read by the lint
// engine's public reader, which maps the header as the linter does (same aliases, team column and
// `.cyberguru.json`). The work runs in time slices that yield to the host: the extension
// host is shared by every extension, and a 100,000-row list read in one go blocks it for about a second.
import { performance } from 'node:perf_hooks';
import { UserListReader, type CyberGuruConfig, type Row } from '../../lint';
import { boundedTeamNames } from '../../util/settingLimits';

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

export interface ReadUserListOptions {
  /** Aborting stops the read at its next slice with an AbortError. */
  signal?: AbortSignal;
  /** Work between two yields, in ms (default 8: well under the host's 50 ms budget for one block). */
  sliceMs?: number;
  /** Awaited between slices; default: one turn of the event loop (setImmediate). */
  yieldControl?: () => Promise<void>;
}

const DEFAULT_SLICE_MS = 8;
/** Records scanned between two looks at the clock (about 0.1 ms of work on typical rows). */
const RECORDS_PER_CHECK = 256;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The value of a column, trimmed ('' when the record is shorter). */
function cellValue(row: Row, column: number): string {
  return column < 0 ? '' : row.value(column).trim();
}

export async function readUserList(text: string, config: CyberGuruConfig, options: ReadUserListOptions = {}): Promise<UserListContent> {
  const { signal } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const yieldControl = options.yieldControl ?? nextTurn;
  signal?.throwIfAborted();
  const reader = new UserListReader(text, config);
  const columns = reader.columns;
  if (columns.columns.length === 0) return { rows: [] };
  const header = columns.columns;
  const emailIndex = columns.fieldColumns.email[0] ?? -1;
  const teamIndex = columns.teamColumn;
  const content: UserListContent = {
    emailColumn: emailIndex < 0 ? undefined : header[emailIndex]?.header.trim(),
    teamColumn: teamIndex < 0 ? undefined : header[teamIndex]?.header.trim(),
    rows: [],
  };
  if (emailIndex < 0 && teamIndex < 0) return content;

  let deadline = performance.now() + sliceMs;
  while (!reader.atEnd) {
    reader.read(RECORDS_PER_CHECK, (row, line) => {
      const email = cellValue(row, emailIndex);
      const team = cellValue(row, teamIndex) || undefined;
      if (email || team) content.rows.push({ email, team, line });
    });
    if (performance.now() >= deadline) {
      await yieldControl();
      signal?.throwIfAborted();
      deadline = performance.now() + sliceMs;
    }
  }
  return content;
}

/**
 * Distinct non-empty team values, trimmed, in order of first appearance; at most
 * REPORT_LIMITS.teams.maxItems (each team costs requests: a list cannot make the sidebar load thousands).
 */
export function distinctTeams(content: UserListContent): string[] {
  return boundedTeamNames(content.rows.map((r) => r.team));
}
