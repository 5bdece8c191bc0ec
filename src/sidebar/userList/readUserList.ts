// Reads the e-mails and team values out of a user-list text, with the line each record starts on, so
// the sidebar can compare a file with the report and jump to a row. Records are read by the lint
// engine's own scanner and the header is mapped by the engine (same aliases, team column and
// `.cyberguru.json` as the linter). The work runs in time slices that yield to the host: the extension
// host is shared by every extension, and a 100,000-row list read in one go blocks it for about a second.
import { performance } from 'node:perf_hooks';
import { detectDelimiter, LineIndex, mapColumns, Scanner, Table, type CyberGuruConfig } from '../../lint';
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

/** Cells of the header record with their ranges, as the engine's column mapping takes them. */
function headerCells(table: Table, lines: LineIndex) {
  const first = table.recordFirstCell.data[0];
  return Array.from({ length: table.cellsIn(0) }, (_, i) => ({
    header: table.value(first + i),
    range: lines.rangeOf(table.cellStart.data[first + i], table.cellEnd.data[first + i]),
  }));
}

/** The trimmed value of column `column` of local record r, or '' when the record is shorter. */
function cellValue(table: Table, r: number, column: number): string {
  if (column < 0 || column >= table.cellsIn(r)) return '';
  return table.value(table.recordFirstCell.data[r] + column).trim();
}

export async function readUserList(text: string, config: CyberGuruConfig, options: ReadUserListOptions = {}): Promise<UserListContent> {
  const { signal } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const yieldControl = options.yieldControl ?? nextTurn;
  signal?.throwIfAborted();
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const table = new Table(detectDelimiter(text, start));
  table.clear(text, 0, 0);
  const lines = new LineIndex();
  const scanner = new Scanner(table, lines, start);
  if (scanner.scan(1, true) === 0) return { rows: [] };

  const header = headerCells(table, lines);
  const columns = mapColumns(header, config);
  const emailIndex = columns.fieldColumns.email[0] ?? -1;
  const teamIndex = columns.teamColumn;
  const content: UserListContent = {
    emailColumn: emailIndex < 0 ? undefined : header[emailIndex]?.header.trim(),
    teamColumn: teamIndex < 0 ? undefined : header[teamIndex]?.header.trim(),
    rows: [],
  };
  if (emailIndex < 0 && teamIndex < 0) return content;

  let records = 1;
  let deadline = performance.now() + sliceMs;
  while (!scanner.atEnd) {
    // Only the current batch's offsets are kept: memory stays bounded by the batch, not the file.
    table.clear(text, 0, records);
    const read = scanner.scan(RECORDS_PER_CHECK, true);
    records += read;
    for (let r = 0; r < read; r++) {
      const email = cellValue(table, r, emailIndex);
      const team = cellValue(table, r, teamIndex) || undefined;
      if (email || team) content.rows.push({ email, team, line: lines.lineOf(table.recordStart.data[r]) });
    }
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
