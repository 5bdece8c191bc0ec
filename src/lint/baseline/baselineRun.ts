// The baseline during one lint: each record is matched once, whichever baseline rule asks first, and
// the baseline users matched so far are remembered for the "missing from the list" count at the end.
import type { ColumnMap } from '../columns/mapColumns';
import type { RecordView } from '../rules/rule';
import type { Range } from '../types';
import type { Baseline } from './baseline';
import { ADDED, BaselineCoverage, matchUser, type UserMatch } from './matchUser';
import { fieldColumn, userCellRange, userValue } from './userList';

export class BaselineRun {
  private readonly coverage: BaselineCoverage;
  private matchedRecord = -1;
  private match: UserMatch = ADDED;

  constructor(readonly baseline: Baseline) {
    this.coverage = new BaselineCoverage(baseline);
  }

  /** How the record's user relates to the baseline (computed once per record). */
  matchRecord(record: RecordView, columns: ColumnMap): UserMatch {
    if (record.record === this.matchedRecord) return this.match;
    const emailCol = columns.fieldColumns.email[0] ?? -1;
    const usernameCol = columns.fieldColumns.username[0] ?? -1;
    const emailKey = emailCol >= 0 ? record.trimmed(emailCol).toLowerCase() : '';
    const usernameKey = usernameCol >= 0 ? record.trimmed(usernameCol).toLowerCase() : '';
    this.matchedRecord = record.record;
    this.match = emailKey === '' && usernameKey === '' ? ADDED : matchUser(this.baseline, emailKey, usernameKey);
    this.coverage.note(this.match);
    return this.match;
  }

  /** A baseline user's e-mail or username as written there (trimmed). */
  value(user: number, field: 'email' | 'username'): string {
    const users = this.baseline.users;
    return userValue(users, user, fieldColumn(users, field));
  }

  /** Where a baseline user's e-mail or username cell is, in the baseline file. */
  range(user: number, field: 'email' | 'username'): Range {
    const users = this.baseline.users;
    return userCellRange(users, user, fieldColumn(users, field));
  }

  /** How many baseline users no record matched (call after the last record). */
  missingCount(): number {
    return this.coverage.missing().length;
  }
}
