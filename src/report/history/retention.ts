// Keeps history bounded: snapshots older than the retention are deleted; of the older days only the
// day's last snapshot stays; per-user columns stay only in the newest few. Pure: decides, does not delete.

export const DEFAULT_RETENTION_DAYS = 180;
/** Snapshots that keep each user's modules ("Completed since …" compares the newest two). */
export const SNAPSHOTS_WITH_USERS = 8;
/** Snapshots kept of the current day (each refresh stores one). */
export const MAX_SNAPSHOTS_TODAY = 24;

export interface RetentionPlan {
  /** Snapshot times (ISO) to delete. */
  remove: string[];
  /** Snapshot times (ISO) whose per-user columns to drop. */
  thin: string[];
}

/**
 * @param times the stored snapshots' times (ISO), any order
 * @param withUsers those of them that still have per-user columns
 */
export function planRetention(times: readonly string[], withUsers: ReadonlySet<string>, now: Date, retentionDays: number): RetentionPlan {
  const oldest = now.getTime() - retentionDays * 86_400_000;
  const today = now.toISOString().slice(0, 10);
  const newestFirst = [...times].sort().reverse();
  const remove: string[] = [];
  const keep: string[] = [];
  const daysSeen = new Set<string>();
  let todayKept = 0;
  for (const time of newestFirst) {
    const day = time.slice(0, 10);
    if (Date.parse(time) < oldest) remove.push(time);
    else if (day === today) (todayKept++ < MAX_SNAPSHOTS_TODAY ? keep : remove).push(time);
    else if (daysSeen.has(day)) remove.push(time);
    else keep.push(time);
    daysSeen.add(day);
  }
  const thin = keep.slice(SNAPSHOTS_WITH_USERS).filter((t) => withUsers.has(t));
  return { remove, thin };
}
