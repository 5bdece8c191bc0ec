// What `cyberguru report` does (its options are in reportCommand.ts): reads training completion from
// the reporting API and writes it as JSON or CSV. A bundle of its own (dist/cliReport.js), loaded only
// by a report run.
import { maskSecrets, processSecrets, registerSecret } from '../util/log';
import { safeWriteFile } from '../util/safeWrite';
import { terminalLines } from '../util/terminalText';
import {
  MAX_PAGE_SIZE,
  ReportClient,
  ReportError,
  reportToJson,
  usersToCsv,
  type CompletionSummary,
  type ReportProgress,
  type UserProgress,
} from '../report';
import { DEFAULT_RETENTION_DAYS, HistoryStore, nodeHistoryFiles, takeSnapshot } from '../report/history';
import { SECRET_ENV, type ReportFlags } from './reportOptions';

/** Exit codes, as in main.ts: 0 success, 1 report failed, 2 usage or I/O error, 130 interrupted. */
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_INTERRUPTED = 130;
const PROGRESS_INTERVAL_MS = 1000;

/** What was read, for the history snapshot. */
interface ReadReport {
  companyUsers: UserProgress[];
  teams: { name: string; users: UserProgress[]; summary: CompletionSummary }[];
}

/** Something to tell the user and the exit code that goes with it. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** A line for the user on stderr: secrets masked, and controls from the platform's messages or team names shown, not sent raw. */
function say(text: string): void {
  process.stderr.write(`${terminalLines(maskSecrets(text))}\n`);
}

async function readSecret(fromStdin: boolean | undefined): Promise<string> {
  let secret: string | undefined;
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    secret = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  } else {
    secret = process.env[SECRET_ENV];
  }
  if (!secret) {
    throw new CliFailure(`No client secret: set ${SECRET_ENV} or pipe it in with --client-secret-stdin.`, EXIT_USAGE);
  }
  registerSecret(secret);
  return secret;
}

function parsePageSize(text: string): number {
  const size = Number(text);
  if (!/^\d+$/.test(text) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new CliFailure(`--page-size must be a whole number from 1 to ${MAX_PAGE_SIZE}.`, EXIT_USAGE);
  }
  return size;
}

/** A throttled progress line on stderr, only for runs of more than one page. */
function progressPrinter(): (p: ReportProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.pagesTotal <= 1 || (now - last < PROGRESS_INTERVAL_MS && p.pagesDone < p.pagesTotal)) return;
    last = now;
    const scope = p.team === undefined ? 'company' : `team ${JSON.stringify(p.team)}`;
    say(`Reading ${scope}: page ${p.pagesDone}/${p.pagesTotal}, ${p.usersSoFar}/${p.totalUsers} users`);
  };
}

async function teamNames(client: ReportClient, flags: ReportFlags, signal: AbortSignal): Promise<string[]> {
  const teams = [...flags.team];
  if (!flags.allTeams) return teams;
  const list = await client.listTeams(signal);
  if (!list.available) {
    if (teams.length === 0) throw new CliFailure(`${list.reason.replace(/;.*$/, '.')} Name the teams with --team.`, EXIT_FAILED);
    say(`Warning: ${list.reason}`);
    return teams;
  }
  return [...new Set([...teams, ...list.teams])];
}

/** Reads the report and returns the text to write (JSON or CSV). */
async function buildOutput(client: ReportClient, flags: ReportFlags, signal: AbortSignal): Promise<{ text: string; users: number; read: ReadReport }> {
  const pageSize = parsePageSize(flags.pageSize);
  const onProgress = progressPrinter();
  const generatedAt = new Date().toISOString();
  const teams = await teamNames(client, flags, signal);
  if (teams.length === 0) {
    const report = await client.fetchUsers({ pageSize, signal, onProgress });
    report.warnings.forEach((w) => say(`Warning: ${w}`));
    const text =
      flags.format === 'csv'
        ? usersToCsv(report.users.map((user) => ({ user })))
        : JSON.stringify(withWarnings(reportToJson(generatedAt, report.users), report.warnings), null, 2) + '\n';
    return { text, users: report.users.length, read: { companyUsers: report.users, teams: [] } };
  }
  const results = await client.teamCompletion(teams, { pageSize, signal, onProgress });
  const failed = results.flatMap((r) => (r.ok ? [] : [r]));
  if (failed.length > 0) {
    // No partial export: a report missing teams must not pass for a complete one.
    const lines = failed.map((r) => `team ${JSON.stringify(r.team)}: ${r.error.describe()}`);
    throw new CliFailure(`${lines.join('\n')}\nNo report written.`, EXIT_FAILED);
  }
  const ok = results.flatMap((r) => (r.ok ? [r] : []));
  const warnings = ok.flatMap((r) => r.report.warnings.map((w) => `team ${JSON.stringify(r.team)}: ${w}`));
  warnings.forEach((w) => say(`Warning: ${w}`));
  const users = uniqueUsers(ok.flatMap((r) => r.report.users));
  const text =
    flags.format === 'csv'
      ? usersToCsv(ok.flatMap((r) => r.report.users.map((user) => ({ user, team: r.team }))))
      : JSON.stringify(
          withWarnings(reportToJson(generatedAt, users, ok.map((r) => ({ name: r.team, summary: r.summary }))), warnings),
          null,
          2,
        ) + '\n';
  return { text, users: users.length, read: { companyUsers: users, teams: ok.map((r) => ({ name: r.team, users: r.report.users, summary: r.summary })) } };
}

/** `--snapshot-dir`: the run's history snapshot, stored like the extension's, pruned to `--retention-days`. */
function retentionDays(flags: ReportFlags): number {
  const days = Number(flags.retentionDays ?? DEFAULT_RETENTION_DAYS);
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new CliFailure('--retention-days must be a whole number from 1 to 3650.', EXIT_USAGE);
  return days;
}

async function writeSnapshot(flags: ReportFlags & { snapshotDir: string }, read: ReadReport): Promise<void> {
  const days = retentionDays(flags);
  const snapshot = takeSnapshot({ takenAt: new Date(), tenant: flags.tenant, threshold: 80, companyUsers: read.companyUsers, teams: read.teams });
  try {
    const bytes = await new HistoryStore(nodeHistoryFiles(flags.snapshotDir)).save(snapshot, days);
    say(`Stored the snapshot of ${read.companyUsers.length} users in ${flags.snapshotDir} (${bytes} bytes).`);
  } catch (err) {
    throw new CliFailure(`Cannot write the snapshot to ${flags.snapshotDir}: ${(err as NodeJS.ErrnoException).code ?? 'error'}.`, EXIT_USAGE);
  }
}

function uniqueUsers(users: UserProgress[]): UserProgress[] {
  const seen = new Set<string>();
  return users.filter((u) => {
    const key = u.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Adds `warnings` only when the data changed during the run, so a clean export has the plain shape. */
function withWarnings<T extends object>(json: T, warnings: string[]): T & { warnings?: string[] } {
  return warnings.length > 0 ? { ...json, warnings } : json;
}

/** Runs a report and returns its exit code; every failure is told on stderr, secrets masked. */
export async function runReport(flags: ReportFlags): Promise<number> {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    retentionDays(flags);
    const secret = await readSecret(flags.clientSecretStdin);
    const client = new ReportClient(
      { tenant: flags.tenant, apiUrl: flags.apiUrl, loginUrl: flags.loginUrl },
      async () => secret,
      { masker: processSecrets },
    );
    const { text, users, read } = await buildOutput(client, flags, controller.signal);
    if (flags.snapshotDir !== undefined) await writeSnapshot({ ...flags, snapshotDir: flags.snapshotDir }, read);
    if (flags.output) {
      try {
        // Every employee's e-mail: a new file is readable by the user only (an existing one keeps its mode).
        safeWriteFile(flags.output, text, { newFileMode: 0o600 });
      } catch (err) {
        throw new CliFailure(`Not written: ${(err as Error).message}.`, EXIT_USAGE);
      }
      say(`Wrote ${users} users to ${flags.output}.`);
    } else {
      // A reader that stops early (`| head`) is not an error of the report.
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE') say(`cyberguru report: cannot write the output (${err.code ?? 'error'}).`);
      });
      process.stdout.write(text);
    }
    return 0;
  } catch (err) {
    if (err instanceof CliFailure) {
      say(`cyberguru report: ${err.message}`);
      return err.exitCode;
    }
    if (err instanceof ReportError) {
      say(`cyberguru report: ${err.describe()}`);
      if (err.code === 'CANCELLED') return EXIT_INTERRUPTED;
      return err.code === 'INVALID_INPUT' || err.code === 'INSECURE_URL' ? EXIT_USAGE : EXIT_FAILED;
    }
    say(`cyberguru report: unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_FAILED;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}
