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

/** One test of one column; rules that declare the same pair share it (CG210 and CG211 on role cells). */
interface Slot {
  column: number;
  /** Null for 'non-empty'. */
  test: InPlaceTest | null;
  /** For a test with a first-character screen: 1 for the ASCII characters that need the test. */
  screen: Uint8Array | null;
  /** The checks that read this slot, as bits (check i: bit i). */
  bits: number;
}

/** One bit per check in an int: for more checks than that no plan is made (every check then runs on every record). */
const MAX_CHECKS = 32;

/**
 * Most records of a user list have no problem at all. After the header, what the rules declared they
 * look at becomes one plan: on a plain record (right number of cells, no broken quotes, `""` escapes
 * or surrounding whitespace), a rule's check runs only when one of its cells fails its test; checks
 * with no declaration always run. Any other record gets every check. The problems are the same as
 * running every check on every record (test/unit/lint/quickPass.test.ts); only the work differs.
 * Tests read the file text where the cell is (in place); one with a first-character screen is called
 * only for cells whose first character needs it. Each slot carries the bits of the checks that read
 * it: a failing cell adds its bits, and the list of checks for a set of bits is made once per lint.
 */
export class QuickPass {
  /** The checks of each plain record whose cells all pass (those with no declaration), in rule order. */
  readonly alwaysChecks: readonly RowCheck[];
  /** The checks of a plain record by the bits of its failed slots, made on first need. */
  private readonly checksByFailures = new Map<number, readonly RowCheck[]>();

  // The slots as parallel arrays, for the hot loop: 'non-empty' slots, tested slots, screened slots,
  // each with the bits of the checks it fails.
  private readonly nonEmptyColumns: Int32Array;
  private readonly nonEmptyBits: Int32Array;
  private readonly testColumns: Int32Array;
  private readonly tests: readonly InPlaceTest[];
  private readonly testBits: Int32Array;
  private readonly screenedColumns: Int32Array;
  private readonly screenedTests: readonly InPlaceTest[];
  private readonly screens: readonly Uint8Array[];
  private readonly screenedBits: Int32Array;
  /**
   * The usual plan has one screened test on every cell (CG215's): its screen is then read in the same
   * pass over the cells as their flags, and the screened loop runs only for a record where it hit.
   */
  private readonly everyCellScreen: Uint8Array | undefined;

  private constructor(
    private readonly cellCount: number,
    slots: readonly Slot[],
    private readonly checks: readonly RowCheck[],
    /** Per check: true when it always runs on a plain record (no declaration). */
    private readonly always: readonly boolean[],
  ) {
    this.alwaysChecks = checks.filter((_, i) => always[i]);
    const nonEmpty = slots.filter((s) => s.test === null);
    const tested = slots.filter((s) => s.test !== null && s.screen === null);
    const screened = slots.filter((s) => s.screen !== null);
    this.nonEmptyColumns = Int32Array.from(nonEmpty, (s) => s.column);
    this.nonEmptyBits = Int32Array.from(nonEmpty, (s) => s.bits);
    this.testColumns = Int32Array.from(tested, (s) => s.column);
    this.tests = tested.map((s) => s.test!);
    this.testBits = Int32Array.from(tested, (s) => s.bits);
    this.screenedColumns = Int32Array.from(screened, (s) => s.column);
    this.screenedTests = screened.map((s) => s.test!);
    this.screens = screened.map((s) => s.screen!);
    this.screenedBits = Int32Array.from(screened, (s) => s.bits);
    const onEveryCell = screened.length === cellCount && screened.every((s, i) => s.column === i && s.test === screened[0].test);
    this.everyCellScreen = onEveryCell ? screened[0].screen! : undefined;
  }

  /** The plan for a file whose header has `cellCount` cells, or undefined when no record could be accepted. */
  static plan(planned: readonly PlannedCheck[], cellCount: number): QuickPass | undefined {
    if (cellCount === 0 || planned.length > MAX_CHECKS) return undefined;
    const slots: Slot[] = [];
    // Per test, the slot of each column (-1: none yet); each test's in-place form and screen are made
    // once (CG215's test is on every column, and a header can have many thousands).
    const slotIds = new Map<LookAt['accepts'], Int32Array>();
    const made = new Map<CellTest, Pick<Slot, 'test' | 'screen'>>();
    for (const [i, { looksAt }] of planned.entries()) {
      if (looksAt === undefined || looksAt === 'plain-rows') continue;
      for (const { columns, accepts } of looksAt) {
        let ids = slotIds.get(accepts);
        if (!ids) slotIds.set(accepts, (ids = new Int32Array(cellCount).fill(-1)));
        const { test, screen } = madeOnce(made, accepts);
        for (const column of columns) {
          if (column < 0 || column >= cellCount) return undefined;
          if (ids[column] < 0) {
            ids[column] = slots.length;
            slots.push({ column, test, screen, bits: 0 });
          }
          slots[ids[column]].bits |= 1 << i;
        }
      }
    }
    return new QuickPass(cellCount, slots, planned.map((p) => p.check), planned.map((p) => p.looksAt === undefined));
  }

  /**
   * The checks record `local` needs, in rule order: only the ones with no declaration when it is plain
   * and every cell passes; else those and the ones whose cells failed; every check when it is not plain.
   * The hot path of the lint, one method: one pass over the cells (plain? and, with everyCellScreen,
   * does a first character need the screened test?), then every test, each failure adding the bits of its checks.
   */
  checksFor(table: Table, local: number): readonly RowCheck[] {
    // Read on every call, though used only on a record that is not plain: V8 would otherwise drop the
    // code it optimized for this method at the first such record, having never seen the read.
    const all = this.checks;
    const count = this.cellCount;
    if (table.cellsIn(local) !== count) return all;
    const first = table.recordFirstCell.data[local];
    const flags = table.cellFlags.data;
    const starts = table.cellStart.data;
    const ends = table.cellEnd.data;
    const text = table.text;
    const base = table.base;
    const everyCellScreen = this.everyCellScreen;
    let screened = everyCellScreen === undefined;
    for (let c = first; c < first + count; c++) {
      const f = flags[c];
      if ((f & NOT_PLAIN) !== 0) return all;
      if (everyCellScreen !== undefined) {
        const quoted = f & QUOTED;
        const start = starts[c] - base + quoted;
        if (start < ends[c] - base - quoted) {
          const code = text.charCodeAt(start);
          if (code >= 128 || everyCellScreen[code] === 1) screened = true;
        }
      }
    }
    // The bits of the checks whose cells failed.
    let failed = 0;
    const nonEmpty = this.nonEmptyColumns;
    for (let i = 0; i < nonEmpty.length; i++) {
      const cell = first + nonEmpty[i];
      // A quoted cell's raw range includes its two quotes.
      if (ends[cell] - starts[cell] <= (flags[cell] & QUOTED) * 2) {
        failed |= this.nonEmptyBits[i];
      }
    }
    const columns = this.testColumns;
    const tests = this.tests;
    for (let i = 0; i < columns.length; i++) {
      const cell = first + columns[i];
      const quoted = flags[cell] & QUOTED;
      if (!tests[i](text, starts[cell] - base + quoted, ends[cell] - base - quoted)) {
        failed |= this.testBits[i];
      }
    }
    if (screened) {
      const screenedColumns = this.screenedColumns;
      for (let i = 0; i < screenedColumns.length; i++) {
        const cell = first + screenedColumns[i];
        const quoted = flags[cell] & QUOTED;
        const start = starts[cell] - base + quoted;
        const end = ends[cell] - base - quoted;
        // A screened test passes on an empty value (CellTest.firstCharacterMayFail).
        if (end === start) continue;
        const code = text.charCodeAt(start);
        if (code < 128 && this.screens[i][code] === 0) continue;
        if (!this.screenedTests[i](text, start, end)) {
          failed |= this.screenedBits[i];
        }
      }
    }
    return failed === 0 ? this.alwaysChecks : this.checksAfterFailures(failed);
  }

  /** The checks that always run and those with a bit in `failed`, in rule order (one list per set of bits). */
  private checksAfterFailures(failed: number): readonly RowCheck[] {
    let selected = this.checksByFailures.get(failed);
    if (selected === undefined) {
      selected = this.checks.filter((_, i) => this.always[i] || ((failed >>> i) & 1) === 1);
      this.checksByFailures.set(failed, selected);
    }
    return selected;
  }
}

function madeOnce(made: Map<CellTest, Pick<Slot, 'test' | 'screen'>>, accepts: LookAt['accepts']): Pick<Slot, 'test' | 'screen'> {
  if (accepts === 'non-empty') return { test: null, screen: null };
  let slot = made.get(accepts);
  if (slot) return slot;
  const test: InPlaceTest = accepts.inPlace ?? ((text, start, end) => accepts(text.slice(start, end)));
  const mayFail = accepts.firstCharacterMayFail;
  const screen = mayFail ? Uint8Array.from({ length: 128 }, (_, code) => (mayFail(code) ? 1 : 0)) : null;
  made.set(accepts, (slot = { test, screen }));
  return slot;
}
