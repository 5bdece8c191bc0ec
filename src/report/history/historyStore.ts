// Where snapshots live: one gzip-compressed JSON file per snapshot in a folder of their own (the
// extension's storage for one connection, or a folder given to `cyberguru report`). The files are
// reached through a small interface, so the engine stays free of `vscode` and unit tests need no disk.
import { thinned, type HistorySnapshot } from './snapshot';
import { decodeSnapshot, decodeSnapshotAggregates, encodeSnapshot } from './snapshotCodec';
import { planRetention } from './retention';

/** A snapshot file is never read past this (a 100,000-user snapshot is about 1 MB compressed). */
export const MAX_SNAPSHOT_FILE_BYTES = 32 * 1024 * 1024;

/** The files of one history folder. `read` must refuse (throw) past `maxBytes`. */
export interface HistoryFiles {
  list(): Promise<string[]>;
  read(name: string, maxBytes: number): Promise<Uint8Array>;
  write(name: string, data: Uint8Array): Promise<void>;
  delete(name: string): Promise<void>;
}

const FILE_PATTERN = /^snapshot-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(\.teams)?\.json\.gz$/;

/**
 * "snapshot-2026-12-04T09-30-00-000Z.json.gz" for 2026-12-04T09:30:00.000Z with its users, or
 * "snapshot-….teams.json.gz" once thinned to its aggregates (so pruning knows without reading).
 */
export function snapshotFileName(takenAt: string, withUsers = true): string {
  return `snapshot-${new Date(takenAt).toISOString().replace(/[:.]/g, '-')}${withUsers ? '' : '.teams'}.json.gz`;
}

interface StoredFile {
  name: string;
  time: string;
  withUsers: boolean;
}

function parseFileName(name: string): StoredFile | undefined {
  const match = FILE_PATTERN.exec(name);
  if (!match) return undefined;
  const [date, rest] = match[1]!.split('T') as [string, string];
  const [h, m, s, ms] = rest.replace('Z', '').split('-');
  return { name, time: `${date}T${h}:${m}:${s}.${ms}Z`, withUsers: match[2] === undefined };
}

export class HistoryStore {
  constructor(private readonly files: HistoryFiles) {}

  private async stored(): Promise<StoredFile[]> {
    return (await this.files.list()).flatMap((name) => parseFileName(name) ?? []).sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  }

  /** Snapshot times (ISO), oldest first. */
  async times(): Promise<string[]> {
    return (await this.stored()).map((f) => f.time);
  }

  /** One snapshot, or undefined when it is missing, damaged or too large. */
  async read(takenAt: string): Promise<HistorySnapshot | undefined> {
    const file = (await this.stored()).find((f) => f.time === new Date(takenAt).toISOString());
    if (!file) return undefined;
    try {
      return await decodeSnapshot(await this.files.read(file.name, MAX_SNAPSHOT_FILE_BYTES));
    } catch {
      return undefined;
    }
  }

  /** The newest snapshot taken before `before` (ISO), if any. */
  async latestBefore(before: string): Promise<HistorySnapshot | undefined> {
    const earlier = (await this.times()).filter((t) => t < before).reverse();
    for (const time of earlier) {
      const snapshot = await this.read(time);
      if (snapshot) return snapshot;
    }
    return undefined;
  }

  /** Every snapshot's aggregates (the trend), oldest first; damaged files are skipped. */
  async trend(): Promise<HistorySnapshot[]> {
    const out: HistorySnapshot[] = [];
    for (const file of await this.stored()) {
      try {
        const snapshot = await decodeSnapshotAggregates(await this.files.read(file.name, MAX_SNAPSHOT_FILE_BYTES));
        if (snapshot) out.push(thinned(snapshot));
      } catch {
        // A file that cannot be read is left out of the trend.
      }
    }
    return out;
  }

  /** Stores a snapshot, then applies the retention. Returns its size in bytes. */
  async save(snapshot: HistorySnapshot, retentionDays: number, now = new Date(snapshot.taken_at)): Promise<number> {
    const data = await encodeSnapshot(snapshot);
    await this.files.write(snapshotFileName(snapshot.taken_at), data);
    await this.prune(retentionDays, now);
    return data.byteLength;
  }

  /** Deletes what the retention no longer keeps and drops per-user columns of older snapshots. */
  async prune(retentionDays: number, now: Date): Promise<{ removed: number; thinned: number }> {
    const files = await this.stored();
    const byTime = new Map(files.map((f) => [f.time, f]));
    const plan = planRetention(files.map((f) => f.time), new Set(files.filter((f) => f.withUsers).map((f) => f.time)), now, retentionDays);
    let thinnedCount = 0;
    for (const time of plan.thin) {
      const file = byTime.get(time)!;
      // Only the aggregates are parsed: thinning never parses a full snapshot's users.
      let snapshot: HistorySnapshot | undefined;
      try {
        snapshot = await decodeSnapshotAggregates(await this.files.read(file.name, MAX_SNAPSHOT_FILE_BYTES));
      } catch {
        snapshot = undefined;
      }
      if (snapshot) await this.files.write(snapshotFileName(time, false), await encodeSnapshot(thinned(snapshot)));
      await this.files.delete(file.name);
      thinnedCount++;
    }
    for (const time of plan.remove) await this.files.delete(byTime.get(time)!.name);
    return { removed: plan.remove.length, thinned: thinnedCount };
  }
}
