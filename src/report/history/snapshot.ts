// A history snapshot: what one successful read of the report was, small enough to keep for months.
// Team and company aggregates always; each user's assigned and completed modules (column-wise, so a
// 100,000-user snapshot parses in one quick JSON.parse) for the newest snapshots only (see retention).
// Pure: no I/O, no `vscode`.
import { aggregate } from '../aggregate';
import type { CompletionSummary, UserProgress } from '../types';
import { Slicer } from './slices';

export const SNAPSHOT_VERSION = 1;

/** A company's or team's figures at the time of the snapshot. */
export interface SnapshotFigures {
  users: number;
  assigned: number;
  completed: number;
  /** completed / assigned in percent, two decimals. */
  rate: number;
  /** Users at 100 %. */
  complete: number;
  /** Users below the threshold. */
  below: number;
  awareness: { assigned: number; completed: number };
  channel: { assigned: number; completed: number };
}

/** Each user's modules, as three parallel columns in report order. */
export interface SnapshotUsers {
  /** E-mails joined by "\n" (one string parses faster than 100,000). */
  emails: string;
  assigned: number[];
  completed: number[];
}

export interface HistorySnapshot {
  version: typeof SNAPSHOT_VERSION;
  /** ISO time of the read. */
  taken_at: string;
  tenant: string;
  threshold: number;
  company: SnapshotFigures;
  teams: Record<string, SnapshotFigures>;
  /** Absent once retention has thinned the snapshot to its aggregates. */
  users?: SnapshotUsers;
}

export function snapshotFigures(summary: CompletionSummary): SnapshotFigures {
  return {
    users: summary.users,
    assigned: summary.assigned_total,
    completed: summary.completed_total,
    rate: summary.completion_rate,
    complete: summary.users_complete,
    below: summary.users_below_threshold,
    awareness: { assigned: summary.awareness.assigned, completed: summary.awareness.completed },
    channel: { assigned: summary.channel.assigned, completed: summary.channel.completed },
  };
}

export interface SnapshotInput {
  takenAt: Date;
  tenant: string;
  threshold: number;
  companyUsers: readonly UserProgress[];
  /** Loaded teams with their figures (already aggregated by the caller, or computed here). */
  teams: readonly { name: string; users: readonly UserProgress[]; summary?: CompletionSummary }[];
  /** Company figures, if already aggregated. */
  companySummary?: CompletionSummary;
}

/** Lower case, and no line break (one e-mail a line in the file; a real address has none). */
function lineSafe(email: string): string {
  const lower = email.toLowerCase();
  return lower.includes('\n') || lower.includes('\r') ? lower.replace(/[\r\n]/g, ' ') : lower;
}

/** The snapshot of one read. Linear in the users; no sorting. */
export function takeSnapshot(input: SnapshotInput): HistorySnapshot {
  const n = input.companyUsers.length;
  const emails = new Array<string>(n);
  const assigned = new Array<number>(n);
  const completed = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const user = input.companyUsers[i]!;
    emails[i] = lineSafe(user.email);
    assigned[i] = user.assigned_total;
    completed[i] = user.completed_total;
  }
  const teams: Record<string, SnapshotFigures> = {};
  for (const team of input.teams) teams[team.name] = snapshotFigures(team.summary ?? aggregate(team.users, input.threshold));
  return {
    version: SNAPSHOT_VERSION,
    taken_at: input.takenAt.toISOString(),
    tenant: input.tenant,
    threshold: input.threshold,
    company: snapshotFigures(input.companySummary ?? aggregate(input.companyUsers, input.threshold)),
    teams,
    users: { emails: emails.join('\n'), assigned, completed },
  };
}

/** takeSnapshot in slices that yield to the event loop (for the extension host). */
export async function takeSnapshotSliced(input: SnapshotInput, slicer = new Slicer()): Promise<HistorySnapshot> {
  const n = input.companyUsers.length;
  const emails = new Array<string>(n);
  const assigned = new Array<number>(n);
  const completed = new Array<number>(n);
  await slicer.loop(n, (i) => {
    const user = input.companyUsers[i]!;
    emails[i] = lineSafe(user.email);
    assigned[i] = user.assigned_total;
    completed[i] = user.completed_total;
  });
  const teams: Record<string, SnapshotFigures> = {};
  for (const team of input.teams) {
    teams[team.name] = snapshotFigures(team.summary ?? aggregate(team.users, input.threshold));
    await slicer.step();
  }
  const company = snapshotFigures(input.companySummary ?? aggregate(input.companyUsers, input.threshold));
  await slicer.step();
  const joined = emails.join('\n');
  await slicer.step();
  return { version: SNAPSHOT_VERSION, taken_at: input.takenAt.toISOString(), tenant: input.tenant, threshold: input.threshold, company, teams, users: { emails: joined, assigned, completed } };
}

/** The snapshot without its per-user columns (what retention keeps of older snapshots). */
export function thinned(snapshot: HistorySnapshot): HistorySnapshot {
  const { users: _users, ...aggregates } = snapshot;
  return aggregates;
}

function isFigures(value: unknown): value is SnapshotFigures {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['users', 'assigned', 'completed', 'rate', 'complete', 'below'].every((k) => typeof v[k] === 'number');
}

/** Checks the aggregates of a parsed snapshot (files may be damaged or from a newer version); undefined if unusable. */
export function asSnapshot(value: unknown): HistorySnapshot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.version !== SNAPSHOT_VERSION || typeof v.taken_at !== 'string' || Number.isNaN(Date.parse(v.taken_at))) return undefined;
  if (typeof v.tenant !== 'string' || typeof v.threshold !== 'number' || !isFigures(v.company)) return undefined;
  if (typeof v.teams !== 'object' || v.teams === null || !Object.values(v.teams).every(isFigures)) return undefined;
  // Per-user columns are checked where they are read (snapshotCodec), in slices.
  if (v.users !== undefined) return undefined;
  return value as HistorySnapshot;
}
