// What the dashboard shows, computed from the loaded report: the company's completion (both
// services), each team against the threshold, users by completion band, the trend from history, and
// per team the users below the threshold. Pure (no `vscode`); long loops run in slices that yield, so a
// 100,000-user company never blocks the extension host for long (see bench/dashboard.ts).
import type { CompletionSummary, UserProgress } from '../report';
import { Slicer } from '../report/history/slices';

/** Rows of laggards sent to the webview per team; "Copy e-mails" and "Export" take them all. */
export const LAGGARDS_SHOWN = 100;

/** Completion bands, in percent: [from, to] inclusive of `from`, exclusive of `to` except the last (100). */
export const BANDS: readonly (readonly [number, number])[] = [
  [0, 1],
  [1, 25],
  [25, 50],
  [50, 75],
  [75, 100],
  [100, 100],
];

export interface DashboardScope {
  name: string;
  users: readonly UserProgress[];
  summary: CompletionSummary;
}

export interface DashboardInput {
  connectionName: string;
  tenant: string;
  /** ISO time the figures were read. */
  readAt: string;
  /** Set when a refresh failed and the figures are from `readAt`. */
  staleReason?: string;
  threshold: number;
  company: DashboardScope;
  teams: readonly DashboardScope[];
  /** Company completion per stored snapshot, oldest first. */
  trend: readonly DashboardTrendPoint[];
}

export interface DashboardTrendPoint {
  at: string;
  rate: number;
  awareness: number;
  channel: number;
}

export interface LaggardRow {
  email: string;
  rate: number;
  completed: number;
  assigned: number;
}

export interface DashboardModel {
  connectionName: string;
  tenant: string;
  readAt: string;
  staleReason?: string;
  threshold: number;
  company: { users: number; rate: number; awareness: number; channel: number; below: number; complete: number };
  /** Lowest completion first. */
  teams: { name: string; users: number; rate: number; below: number; meetsThreshold: boolean }[];
  bands: { from: number; to: number; users: number }[];
  trend: DashboardTrendPoint[];
  /** Teams with users below the threshold, most laggards first; `rows` lowest completion first, at most LAGGARDS_SHOWN. */
  laggards: { team: string; total: number; rows: LaggardRow[] }[];
}

function bandOf(rate: number): number {
  if (rate >= 100) return BANDS.length - 1;
  if (rate < 1) return 0;
  for (let i = 1; i < BANDS.length - 1; i++) if (rate < BANDS[i]![1]) return i;
  return BANDS.length - 2;
}

const byRateThenEmail = (a: UserProgress, b: UserProgress) => a.completion_rate_total - b.completion_rate_total || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0);

/**
 * A scope's users below the threshold, lowest completion first (then by e-mail). Bucketed by whole
 * percent first, so no single sort runs over tens of thousands of users; `limit` stops after that many.
 */
export async function laggardsOf(users: readonly UserProgress[], threshold: number, slicer = new Slicer(), limit = Number.POSITIVE_INFINITY): Promise<{ users: UserProgress[]; total: number }> {
  const buckets: UserProgress[][] = Array.from({ length: 101 }, () => []);
  let total = 0;
  await slicer.loop(users.length, (i) => {
    const user = users[i]!;
    if (user.completion_rate_total < threshold) {
      buckets[Math.max(0, Math.min(100, Math.floor(user.completion_rate_total)))]!.push(user);
      total++;
    }
  });
  const out: UserProgress[] = [];
  for (const bucket of buckets) {
    if (out.length >= limit) break;
    if (bucket.length === 0) continue;
    bucket.sort(byRateThenEmail);
    for (const user of bucket) {
      if (out.length >= limit) break;
      out.push(user);
    }
    await slicer.step();
  }
  return { users: out, total };
}

function row(user: UserProgress): LaggardRow {
  return { email: user.email, rate: user.completion_rate_total, completed: user.completed_total, assigned: user.assigned_total };
}

export async function buildDashboardModel(input: DashboardInput, slicer = new Slicer()): Promise<DashboardModel> {
  const { company, threshold } = input;
  const counts = BANDS.map(() => 0);
  await slicer.loop(company.users.length, (i) => void counts[bandOf(company.users[i]!.completion_rate_total)]!++);
  const teams = input.teams
    .map(({ name, summary }) => ({ name, users: summary.users, rate: summary.completion_rate, below: summary.users_below_threshold, meetsThreshold: summary.completion_rate >= threshold }))
    .sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name));
  const laggards: DashboardModel['laggards'] = [];
  const groups = input.teams.length > 0 ? input.teams : [{ ...company, name: input.tenant }];
  for (const group of groups) {
    const below = await laggardsOf(group.users, threshold, slicer, LAGGARDS_SHOWN);
    if (below.total > 0) laggards.push({ team: group.name, total: below.total, rows: below.users.map(row) });
  }
  laggards.sort((a, b) => b.total - a.total || a.team.localeCompare(b.team));
  return {
    connectionName: input.connectionName,
    tenant: input.tenant,
    readAt: input.readAt,
    staleReason: input.staleReason,
    threshold,
    company: {
      users: company.summary.users,
      rate: company.summary.completion_rate,
      awareness: company.summary.awareness.completion_rate,
      channel: company.summary.channel.completion_rate,
      below: company.summary.users_below_threshold,
      complete: company.summary.users_complete,
    },
    teams,
    bands: BANDS.map(([from, to], i) => ({ from, to, users: counts[i]! })),
    trend: [...input.trend],
    laggards,
  };
}
