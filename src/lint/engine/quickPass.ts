import { ESCAPED_QUOTES, MALFORMED, PADDED, QUOTED, type Table } from '../reader/table';
import type { QuickAccept, RecordView, Rule, RuleContext } from '../rules/rule';

export type RecordCheck = (record: RecordView, ctx: RuleContext) => void;
type CellTest = Exclude<QuickAccept['accepts'], 'non-empty'>;

const NOT_PLAIN = PADDED | ESCAPED_QUOTES | MALFORMED;

/**
 * Most records of a user list have no problem at all. After the header, the rules' QuickAccept
 * declarations become one plan: a plain record whose cells pass every test needs only the rules that
 * cannot be skipped (the duplicate rules, which collect keys from every record). Any other record, or
 * every record of a file where some rule cannot be skipped, gets all the rules. The problems are the
 * same either way (test/unit/lint/quickPass.test.ts); only the work differs.
 */
export class QuickPass {
  private constructor(
    private readonly cellCount: number,
    private readonly nonEmptyColumns: Int32Array,
    private readonly testColumns: Int32Array,
    private readonly tests: readonly CellTest[],
    /** The checks to run on an accepted record, in rule order. */
    readonly alwaysChecks: readonly RecordCheck[],
  ) {}

  /** The plan for a file whose header has `cellCount` cells, or undefined when no record could be accepted. */
  static plan(rules: readonly Rule[], ctx: RuleContext, cellCount: number): QuickPass | undefined {
    if (cellCount === 0) return undefined;
    const always: RecordCheck[] = [];
    const nonEmpty = new Set<number>();
    const tests = new Map<string, { column: number; test: CellTest }>();
    const testIds = new Map<CellTest, number>();
    for (const rule of rules) {
      if (!rule.checkRecord) continue;
      if (!rule.quickAccept) {
        always.push(rule.checkRecord);
        continue;
      }
      if (rule.quickAccept === 'plain') continue;
      for (const quick of rule.quickAccept) {
        const columns = quick.columns(ctx);
        if (!columns) return undefined;
        for (const column of columns) {
          if (column < 0 || column >= cellCount) return undefined;
          if (quick.accepts === 'non-empty') {
            nonEmpty.add(column);
            continue;
          }
          // A test that two rules share (CG210 and CG211 on role cells) runs once per cell.
          let id = testIds.get(quick.accepts);
          if (id === undefined) testIds.set(quick.accepts, (id = testIds.size));
          tests.set(`${column}:${id}`, { column, test: quick.accepts });
        }
      }
    }
    const list = [...tests.values()];
    return new QuickPass(cellCount, Int32Array.from(nonEmpty), Int32Array.from(list, (t) => t.column), list.map((t) => t.test), always);
  }

  /** True when local record `local` is plain and each of its cells passes its tests. */
  accepts(table: Table, local: number, ctx: RuleContext): boolean {
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
      if (!tests[i](text, starts[cell] - base + quoted, ends[cell] - base - quoted, ctx)) return false;
    }
    return true;
  }
}
