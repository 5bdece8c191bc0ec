// A snapshot as CSV for a spreadsheet or a management update: one row per scope (company, then each
// team) with its figures, then, when the snapshot still has them, one row per user. Pure.
import { csvCell as cell } from '../exportFormats';
import type { HistorySnapshot, SnapshotFigures } from './snapshot';


const HEADER = ['taken_at', 'scope', 'name', 'users', 'assigned', 'completed', 'completion_rate', 'users_complete', 'users_below_threshold', 'threshold'];

function scopeRow(snapshot: HistorySnapshot, scope: string, name: string, f: SnapshotFigures): string {
  return [snapshot.taken_at, scope, name, f.users, f.assigned, f.completed, f.rate, f.complete, f.below, snapshot.threshold].map(cell).join(',');
}

export function snapshotToCsv(snapshot: HistorySnapshot): string {
  const lines = [HEADER.join(','), scopeRow(snapshot, 'company', snapshot.tenant, snapshot.company)];
  for (const name of Object.keys(snapshot.teams).sort()) lines.push(scopeRow(snapshot, 'team', name, snapshot.teams[name]!));
  const users = snapshot.users;
  if (users && users.emails !== '') {
    const emails = users.emails.split('\n');
    for (let i = 0; i < emails.length; i++) {
      const assigned = users.assigned[i]!;
      const completed = users.completed[i]!;
      const rate = assigned > 0 ? Math.round((completed * 10000) / assigned) / 100 : 0;
      lines.push([snapshot.taken_at, 'user', emails[i]!, 1, assigned, completed, rate, assigned > 0 && completed >= assigned ? 1 : 0, rate < snapshot.threshold ? 1 : 0, snapshot.threshold].map(cell).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
