// The baseline during one lint, as rules see it (api BaselineView): each row is matched once,
// whichever baseline rule asks first, and the baseline users matched so far are remembered for the
// "missing from the list" count at the end. Lives in the run, never in a module.
import type { BaselineMatch, BaselineView, Row } from '../api/rule';
import type { Baseline } from '../baseline/baseline';
import { BaselineCoverage, matchUser, type MatchKind } from '../baseline/matchUser';
import { fieldColumn, userCellRange, userValue } from '../baseline/userList';
import type { ColumnMap } from '../columns/mapColumns';
import type { Range } from '../types';

const NOWHERE: Range = Object.freeze({ start: Object.freeze({ line: 0, column: 0, offset: 0 }), end: Object.freeze({ line: 0, column: 0, offset: 0 }) });

/** A row's match, reading the baseline user's cells only when a rule asks for them. */
class MatchedUser implements BaselineMatch {
  constructor(
    private readonly baseline: Baseline,
    readonly kind: MatchKind,
    private readonly user: number,
  ) {}

  value(field: 'email' | 'username'): string {
    const users = this.baseline.users;
    return this.user < 0 ? '' : userValue(users, this.user, fieldColumn(users, field));
  }

  range(field: 'email' | 'username'): Range {
    const users = this.baseline.users;
    return this.user < 0 ? NOWHERE : userCellRange(users, this.user, fieldColumn(users, field));
  }
}

export class BaselineRun implements BaselineView {
  readonly file: string;
  readonly name: string;
  private readonly coverage: BaselineCoverage;
  private readonly added: MatchedUser;
  private matchedRow = -1;
  private lastMatch: MatchedUser;

  constructor(
    private readonly baseline: Baseline,
    /** The list's columns (known once the header is read, before any row is matched). */
    private readonly columns: () => ColumnMap,
  ) {
    this.file = baseline.source;
    this.name = fileName(baseline.source);
    this.coverage = new BaselineCoverage(baseline);
    this.added = new MatchedUser(baseline, 'added', -1);
    this.lastMatch = this.added;
  }

  match(row: Row): BaselineMatch {
    if (row.index === this.matchedRow) return this.lastMatch;
    const { email, username } = this.columns().fieldColumns;
    const emailKey = email[0] !== undefined ? row.trimmed(email[0]).toLowerCase() : '';
    const usernameKey = username[0] !== undefined ? row.trimmed(username[0]).toLowerCase() : '';
    const found = emailKey === '' && usernameKey === '' ? undefined : matchUser(this.baseline, emailKey, usernameKey);
    this.matchedRow = row.index;
    this.lastMatch = found && found.kind !== 'added' ? new MatchedUser(this.baseline, found.kind, found.user) : this.added;
    if (found) this.coverage.note(found);
    return this.lastMatch;
  }

  missingCount(): number {
    return this.coverage.missing().length;
  }
}

/** The baseline's file name, from a path or a URI. */
function fileName(source: string): string {
  const last = source.split(/[\\/]/).pop() ?? source;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
