// What changed between two snapshots: per scope the change in completion and in users below the
// threshold, and who finished everything since. Pure.
import type { HistorySnapshot, SnapshotFigures } from './snapshot';
import { Slicer, splitLines } from './slices';

export interface FiguresDelta {
  /** Percentage points, two decimals (e.g. +2.5). */
  rate: number;
  completed: number;
  below: number;
  users: number;
}

export interface SnapshotComparison {
  /** When the earlier snapshot was taken. */
  since: string;
  company: FiguresDelta;
  /** Teams present in both snapshots. */
  teams: Map<string, FiguresDelta>;
  /**
   * E-mails (lower case) at 100 % now that were below 100 % in the earlier snapshot; undefined when
   * the earlier snapshot has no per-user columns any more.
   */
  completedSince?: Set<string>;
}

function delta(before: SnapshotFigures, after: SnapshotFigures): FiguresDelta {
  return {
    rate: Math.round((after.rate - before.rate) * 100) / 100,
    completed: after.completed - before.completed,
    below: after.below - before.below,
    users: after.users - before.users,
  };
}

/** Users finished since `earlier`: complete in `later`, not complete in `earlier` (new users are not counted). */
function finishedBetween(earlier: HistorySnapshot, later: HistorySnapshot): Set<string> | undefined {
  if (!earlier.users || !later.users) return undefined;
  const before = new Map<string, boolean>();
  const emails = earlier.users.emails === '' ? [] : earlier.users.emails.split('\n');
  for (let i = 0; i < emails.length; i++) before.set(emails[i]!, earlier.users.completed[i]! >= earlier.users.assigned[i]!);
  const finished = new Set<string>();
  const now = later.users.emails === '' ? [] : later.users.emails.split('\n');
  for (let i = 0; i < now.length; i++) {
    if (later.users.completed[i]! < later.users.assigned[i]!) continue;
    if (before.get(now[i]!) === false) finished.add(now[i]!);
  }
  return finished;
}

export function compareSnapshots(earlier: HistorySnapshot, later: HistorySnapshot): SnapshotComparison {
  const teams = new Map<string, FiguresDelta>();
  for (const [name, figures] of Object.entries(later.teams)) {
    const before = earlier.teams[name];
    if (before) teams.set(name, delta(before, figures));
  }
  return { since: earlier.taken_at, company: delta(earlier.company, later.company), teams, completedSince: finishedBetween(earlier, later) };
}

/** compareSnapshots in slices that yield to the event loop (for the extension host). */
export async function compareSnapshotsSliced(earlier: HistorySnapshot, later: HistorySnapshot, slicer = new Slicer()): Promise<SnapshotComparison> {
  const teams = new Map<string, FiguresDelta>();
  for (const [name, figures] of Object.entries(later.teams)) {
    const before = earlier.teams[name];
    if (before) teams.set(name, delta(before, figures));
  }
  let completedSince: Set<string> | undefined;
  if (earlier.users && later.users) {
    const eu = earlier.users;
    const lu = later.users;
    const emails = await splitLines(eu.emails, slicer);
    const now = await splitLines(lu.emails, slicer);
    const finished = new Set<string>();
    // Reads usually come in the same order: users are matched by position, and only those that moved
    // are looked up (a 100,000-key map would block the host for tens of ms while it grows).
    const moved: number[] = [];
    await slicer.loop(now.length, (i) => {
      if (lu.completed[i]! < lu.assigned[i]!) return;
      if (emails[i] === now[i]) {
        if (eu.completed[i]! < eu.assigned[i]!) finished.add(now[i]!);
      } else {
        moved.push(i);
      }
    });
    if (moved.length > 0) {
      const wanted = new Set(moved.map((i) => now[i]!));
      await slicer.loop(emails.length, (j) => {
        if (wanted.has(emails[j]!) && eu.completed[j]! < eu.assigned[j]!) finished.add(emails[j]!);
      });
    }
    completedSince = finished;
  }
  return { since: earlier.taken_at, company: delta(earlier.company, later.company), teams, completedSince };
}
