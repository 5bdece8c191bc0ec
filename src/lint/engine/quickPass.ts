import type { CellTest, LookAt, Row } from '../api/rule';
import { ESCAPED_QUOTES, MALFORMED, PADDED, QUOTED, type Table } from '../reader/table';

export type RowCheck = (row: Row) => void;

/** A rule's row check with what it declared it looks at (RuleDefinition.looksAt, decided after the header). */
export interface PlannedCheck {
  check: RowCheck;
  /** undefined: no declaration (or it cannot be skipped in this file); 'plain-rows'; or the cells and their tests. */
  looksAt: 'plain-rows' | readonly LookAt[] | undefined;
}

const NOT_PLAIN = PADDED | ESCAPED_QUOTES | MALFORMED;

type InPlaceTest = (text: string, start: number, end: number) => boolean;

/**
 * Most records of a user list have no problem at all. After the header, what the rules declared they
 * look at becomes one plan: a plain record whose cells pass every test needs only the checks that
 * cannot be skipped (the rules with no declaration). Any other record, or every record of a file where
 * some rule cannot be skipped, gets all the checks. The problems are the same either way
 * (test/unit/lint/quickPass.test.ts); only the work differs. Tests with an in-place variant read the
 * file text where the cell is; the others get the cell's value as a string.
 */
export class QuickPass {
  private constructor(
    private readonly cellCount: number,
    private readonly nonEmptyColumns: Int32Array,
    private readonly testColumns: Int32Array,
    /** Each test as an in-place test (a test without one gets the cell's value as a string). */
    private readonly tests: readonly InPlaceTest[],
    /** The checks to run on an accepted record, in rule order. */
    readonly alwaysChecks: readonly RowCheck[],
  ) {}

  /** The plan for a file whose header has `cellCount` cells, or undefined when no record could be accepted. */
  static plan(checks: readonly PlannedCheck[], cellCount: number): QuickPass | undefined {
    if (cellCount === 0) return undefined;
    const always: RowCheck[] = [];
    const nonEmpty = new Set<number>();
    const tests = new Map<string, { column: number; test: CellTest }>();
    const testIds = new Map<CellTest, number>();
    for (const { check, looksAt } of checks) {
      if (!looksAt) {
        always.push(check);
        continue;
      }
      if (looksAt === 'plain-rows') continue;
      for (const { columns, accepts } of looksAt) {
        for (const column of columns) {
          if (column < 0 || column >= cellCount) return undefined;
          if (accepts === 'non-empty') {
            nonEmpty.add(column);
            continue;
          }
          // A test that two rules share (CG210 and CG211 on role cells) runs once per cell.
          let id = testIds.get(accepts);
          if (id === undefined) testIds.set(accepts, (id = testIds.size));
          tests.set(`${column}:${id}`, { column, test: accepts });
        }
      }
    }
    const list = [...tests.values()];
    const inPlace = list.map(({ test }): InPlaceTest => test.inPlace ?? ((text, start, end) => test(text.slice(start, end))));
    return new QuickPass(cellCount, Int32Array.from(nonEmpty), Int32Array.from(list, (t) => t.column), inPlace, always);
  }

  /** True when local record `local` is plain and each of its cells passes its tests. */
  accepts(table: Table, local: number): boolean {
    const count = this.cellCount;
    if (table.cellsIn(local) !== count) return false;
    const first = table.recordFirstCell.data[local];
    const flags = table.cellFlags.data;
    for (let c = first; c < first + count; c++) if ((flags[c] & NOT_PLAIN) !== 0) return false;
    const starts = table.cellStart.data;
    const ends = table.cellEnd.data;
    const nonEmpty = this.nonEmptyColumns;
    for (let i = 0; i < nonEmpty.length; i++) {
      const cell = first + nonEmpty[i];
      // A quoted cell's raw range includes its two quotes.
      if (ends[cell] - starts[cell] <= (flags[cell] & QUOTED) * 2) return false;
    }
    const columns = this.testColumns;
    const tests = this.tests;
    const text = table.text;
    const base = table.base;
    for (let i = 0; i < columns.length; i++) {
      const cell = first + columns[i];
      const quoted = flags[cell] & QUOTED;
      if (!tests[i](text, starts[cell] - base + quoted, ends[cell] - base - quoted)) return false;
    }
    return true;
  }
}
