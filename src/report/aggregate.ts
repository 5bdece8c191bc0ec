// Company/team figures from user records. Pure: no I/O, same input -> same output.
import type { CompletionSummary, ServiceProgress, ServiceSummary, UserProgress } from './types';

/**
 * completed / assigned x 100 rounded half-up to 2 decimals, 0 when nothing is assigned (the API's
 * rule). Integer arithmetic first, so 11/12 gives exactly 91.67 and not 91.66999.
 */
export function completionRate(completed: number, assigned: number): number {
  if (assigned <= 0) return 0;
  return Math.round((completed * 10000) / assigned) / 100;
}

function summarizeService(services: ServiceProgress[]): ServiceSummary {
  let assigned = 0;
  let completed = 0;
  let usersComplete = 0;
  for (const s of services) {
    assigned += s.assigned;
    completed += s.completed;
    if (s.assigned > 0 && s.completed >= s.assigned) usersComplete++;
  }
  return { assigned, completed, completion_rate: completionRate(completed, assigned), users_complete: usersComplete };
}

/**
 * Totals for a set of users: modules assigned/completed summed, completion rate from the sums
 * (not an average of averages), users at 100 %, users below `threshold` percent, per service too.
 */
export function aggregate(users: readonly UserProgress[], threshold = 80): CompletionSummary {
  let assigned = 0;
  let completed = 0;
  let usersComplete = 0;
  let below = 0;
  for (const u of users) {
    assigned += u.assigned_total;
    completed += u.completed_total;
    if (u.completion_rate_total >= 100) usersComplete++;
    if (u.completion_rate_total < threshold) below++;
  }
  return {
    users: users.length,
    assigned_total: assigned,
    completed_total: completed,
    completion_rate: completionRate(completed, assigned),
    users_complete: usersComplete,
    users_below_threshold: below,
    threshold,
    awareness: summarizeService(users.map((u) => u.services.awareness)),
    channel: summarizeService(users.map((u) => u.services.channel)),
  };
}
