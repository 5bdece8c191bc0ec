// How one user of a list relates to the baseline. Users are matched by e-mail first (trimmed, case
// insensitive), then by username (trimmed, case-insensitive, as CG302 compares usernames).
import type { Baseline } from './baseline';

export type MatchKind = 'added' | 'same' | 'usernameChanged' | 'emailChanged';

export interface UserMatch {
  kind: MatchKind;
  /** The baseline user (-1 for 'added'). */
  user: number;
}

export const ADDED: UserMatch = Object.freeze({ kind: 'added', user: -1 });

/**
 * - same e-mail, same username (or no username in the list): 'same';
 * - same e-mail, another username: 'usernameChanged' (the platform cannot rename: it makes a new user);
 * - e-mail not in the baseline, same username: 'emailChanged';
 * - neither: 'added'.
 */
export function matchUser(baseline: Baseline, emailKey: string, usernameKey: string): UserMatch {
  if (emailKey !== '') {
    const user = baseline.byEmail.get(emailKey);
    if (user !== undefined) {
      const baselineUsername = baseline.users.usernameKeys[user];
      const same = usernameKey === '' || baselineUsername === '' || baselineUsername === usernameKey;
      return { kind: same ? 'same' : 'usernameChanged', user };
    }
  }
  if (usernameKey !== '') {
    const user = baseline.byUsername.get(usernameKey);
    if (user !== undefined) return { kind: emailKey === '' ? 'same' : 'emailChanged', user };
  }
  return ADDED;
}

const SEEN_BY_EMAIL = 1;
const SEEN_BY_USERNAME = 2;

/** Which baseline users a list has matched so far; the rest are missing from the list. */
export class BaselineCoverage {
  private readonly seen: Uint8Array;
  private seenCount = 0;

  constructor(readonly baseline: Baseline) {
    this.seen = new Uint8Array(baseline.users.count);
  }

  /**
   * Marks the match's baseline user as present. False when an earlier list user matched it by the same
   * e-mail (the list repeats the user, CG301), so callers count each user once.
   */
  note(match: UserMatch): boolean {
    if (match.user < 0) return true;
    const byEmail = match.kind === 'same' || match.kind === 'usernameChanged';
    const before = this.seen[match.user];
    if (before === 0) this.seenCount++;
    this.seen[match.user] = before | (byEmail ? SEEN_BY_EMAIL : SEEN_BY_USERNAME);
    return !(byEmail && (before & SEEN_BY_EMAIL) !== 0);
  }

  /** Baseline users not matched (a repeated baseline e-mail or username counts once, by its first user). */
  missing(): number[] {
    const missing: number[] = [];
    const { emailKeys, usernameKeys } = this.baseline.users;
    for (let user = 0; user < this.seen.length; user++) {
      if (this.seen[user] || this.isRepeat(user, emailKeys[user], usernameKeys[user])) continue;
      missing.push(user);
    }
    return missing;
  }

  get matchedCount(): number {
    return this.seenCount;
  }

  /** A later baseline user with the e-mail (or, without one, the username) of an earlier one. */
  private isRepeat(user: number, emailKey: string, usernameKey: string): boolean {
    if (emailKey !== '') return this.baseline.byEmail.get(emailKey) !== user;
    return this.baseline.byUsername.get(usernameKey) !== user;
  }
}
