// What importing a list would change on a platform that has the baseline's users: the preview behind
// `cyberguru diff` and the editor's "Preview Import".
import type { Baseline } from './baseline';
import { FieldComparison } from './compareFields';
import { BaselineCoverage, matchUser } from './matchUser';
import { fieldColumn, userLine, userValue, type UserList } from './userList';

/** The diff as `cyberguru diff --format json` prints it (lines are 1-based lines of the list). */
export interface ImportDiff {
  added: { email: string; username: string; line: number }[];
  removed: { email: string; username: string }[];
  usernameChanged: { email: string; from: string; to: string; line: number }[];
  emailChanged: { username: string; from: string; to: string; line: number }[];
  changed: { email: string; line: number; fields: string[] }[];
  unchanged: number;
}

/** Compares a list with a baseline. A repeated e-mail in the list (CG301) is counted at its first row only. */
export function diffImport(baseline: Baseline, list: UserList): ImportDiff {
  const diff: ImportDiff = { added: [], removed: [], usernameChanged: [], emailChanged: [], changed: [], unchanged: 0 };
  const base = baseline.users;
  const coverage = new BaselineCoverage(baseline);
  const fields = new FieldComparison(list, base);
  const listEmail = fieldColumn(list, 'email');
  const listUsername = fieldColumn(list, 'username');
  const baseEmail = fieldColumn(base, 'email');
  const baseUsername = fieldColumn(base, 'username');
  const addedEmails = new Set<string>();
  for (let user = 0; user < list.count; user++) {
    const emailKey = list.emailKeys[user];
    const match = matchUser(baseline, emailKey, list.usernameKeys[user]);
    // A user the list repeats (same e-mail: CG301) counts at its first row only.
    if (match.kind === 'added' && emailKey !== '') {
      if (addedEmails.has(emailKey)) continue;
      addedEmails.add(emailKey);
    } else if (!coverage.note(match)) continue;
    // Most users are unchanged: their line and values are never needed.
    switch (match.kind) {
      case 'added':
        diff.added.push({ email: userValue(list, user, listEmail), username: userValue(list, user, listUsername), line: userLine(list, user) });
        break;
      case 'usernameChanged':
        diff.usernameChanged.push({ email: userValue(list, user, listEmail), from: userValue(base, match.user, baseUsername), to: userValue(list, user, listUsername), line: userLine(list, user) });
        break;
      case 'emailChanged':
        diff.emailChanged.push({ username: userValue(list, user, listUsername), from: userValue(base, match.user, baseEmail), to: userValue(list, user, listEmail), line: userLine(list, user) });
        break;
      case 'same': {
        const changed = fields.changedFields(user, match.user);
        if (changed.length) diff.changed.push({ email: userValue(list, user, listEmail), line: userLine(list, user), fields: changed });
        else diff.unchanged++;
        break;
      }
    }
  }
  for (const user of coverage.missing()) diff.removed.push({ email: userValue(base, user, baseEmail), username: userValue(base, user, baseUsername) });
  return diff;
}
