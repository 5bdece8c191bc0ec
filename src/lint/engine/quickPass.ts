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
}

/**
 * Most records of a user list have no problem at all. After the header, what the rules declared they
 * look at becomes one plan: on a plain record (right number of cells, no broken quotes, `""` escapes
 * or surrounding whitespace), a rule's check runs only when one of its cells fails its test; checks
 * with no declaration always run. Any other record gets every check. The problems are the same as
 * running every check on every record (test/unit/lint/quickPass.test.ts); only the work differs.
 * Tests read the file text where the cell is (in place); one with a first-character screen is called
 * only for cells whose first character needs it.
 */
export class QuickPass {
  /** The checks of each plain record whose cells all pass (those with no declaration), in rule order. */
  readonly alwaysChecks: readonly RowCheck[];
  // Reused for every failing record (the runner walks the list before it asks about the next one).
  private readonly selected: RowCheck[] = [];
  private readonly failed: Uint8Array;

  // The slots as parallel arrays, for the hot loop: 'non-empty' slots, tested slots, screened slots.
  private readonly nonEmptyColumns: Int32Array;
  private readonly testColumns: Int32Array;
  private readonly tests: readonly InPlaceTest[];
  private readonly screenedColumns: Int32Array;
  private readonly screenedTests: readonly InPlaceTest[];
  private readonly screens: readonly Uint8Array[];
  /**
   * The usual plan has one screened test on every cell (CG215's): its screen is then read in the same
   * pass over the cells as their flags, and the screened loop runs only for a record where it hit.
   */
  private readonly everyCellScreen: Uint8Array | undefined;

  private constructor(
    private readonly cellCount: number,
    private readonly slots: readonly Slot[],
    private readonly checks: readonly RowCheck[],
    /** Per check: undefined (always runs), 'plain-rows', or the slots it depends on. */
    private readonly needs: readonly (readonly number[] | 'plain-rows' | undefined)[],
  ) {
    this.alwaysChecks = checks.filter((_, i) => needs[i] === undefined);
    this.failed = new Uint8Array(slots.length);
    const nonEmpty = slots.filter((s) => s.test === null);
    const tested = slots.filter((s) => s.test !== null && s.screen === null);
    const screened = slots.filter((s) => s.screen !== null);
    this.nonEmptyColumns = Int32Array.from(nonEmpty, (s) => s.column);
    this.testColumns = Int32Array.from(tested, (s) => s.column);
    this.tests = tested.map((s) => s.test!);
    this.screenedColumns = Int32Array.from(screened, (s) => s.column);
    this.screenedTests = screened.map((s) => s.test!);
    this.screens = screened.map((s) => s.screen!);
    const onEveryCell = screened.length === cellCount && screened.every((s, i) => s.column === i && s.test === screened[0].test);
    this.everyCellScreen = onEveryCell ? screened[0].screen! : undefined;
  }

  /** The plan for a file whose header has `cellCount` cells, or undefined when no record could be accepted. */
  static plan(planned: readonly PlannedCheck[], cellCount: number): QuickPass | undefined {
    if (cellCount === 0) return undefined;
    const slots: Slot[] = [];
    // Per test, the slot of each column (-1: none yet); each test's in-place form and screen are made
    // once (CG215's test is on every column, and a header can have many thousands).
    const slotIds = new Map<LookAt['accepts'], Int32Array>();
    const made = new Map<CellTest, Omit<Slot, 'column'>>();
    const needs: (number[] | 'plain-rows' | undefined)[] = [];
    for (const { looksAt } of planned) {
      if (looksAt === undefined || looksAt === 'plain-rows') {
        needs.push(looksAt);
        continue;
      }
      const own: number[] = [];
      for (const { columns, accepts } of looksAt) {
        let ids = slotIds.get(accepts);
        if (!ids) slotIds.set(accepts, (ids = new Int32Array(cellCount).fill(-1)));
        const { test, screen } = madeOnce(made, accepts);
        for (const column of columns) {
          if (column < 0 || column >= cellCount) return undefined;
          if (ids[column] < 0) {
            ids[column] = slots.length;
            slots.push({ column, test, screen });
          }
          own.push(ids[column]);
        }
      }
      needs.push(own);
    }
    return new QuickPass(cellCount, slots, planned.map((p) => p.check), needs);
  }

  /**
   * The checks record `local` needs, in rule order: only the ones with no declaration when it is plain
   * and every cell passes; else those and the ones whose cells failed; every check when it is not plain.
   * The hot path of the lint, one method: one pass over the cells (plain? and, with everyCellScreen,
   * does a first character need the screened test?), then the tests, stopping at the first failure.
   */
  checksFor(table: Table, local: number): readonly RowCheck[] {
    const count = this.cellCount;
    if (table.cellsIn(local) !== count) return this.checks;
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
      if ((f & NOT_PLAIN) !== 0) return this.checks;
      if (everyCellScreen !== undefined) {
        const quoted = f & QUOTED;
        const start = starts[c] - base + quoted;
        if (start < ends[c] - base - quoted) {
          const code = text.charCodeAt(start);
          if (code >= 128 || everyCellScreen[code] === 1) screened = true;
        }
      }
    }
    const nonEmpty = this.nonEmptyColumns;
    for (let i = 0; i < nonEmpty.length; i++) {
      const cell = first + nonEmpty[i];
      // A quoted cell's raw range includes its two quotes.
      if (ends[cell] - starts[cell] <= (flags[cell] & QUOTED) * 2) return this.checksAfterFailures(table, local);
    }
    const columns = this.testColumns;
    const tests = this.tests;
    for (let i = 0; i < columns.length; i++) {
      const cell = first + columns[i];
      const quoted = flags[cell] & QUOTED;
      if (!tests[i](text, starts[cell] - base + quoted, ends[cell] - base - quoted)) return this.checksAfterFailures(table, local);
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
        if (!this.screenedTests[i](text, start, end)) return this.checksAfterFailures(table, local);
      }
    }
    return this.alwaysChecks;
  }

  private checksAfterFailures(table: Table, local: number): readonly RowCheck[] {
    const failed = this.failed;
    for (let i = 0; i < this.slots.length; i++) failed[i] = passes(table, local, this.slots[i]) ? 0 : 1;
    const selected = this.selected;
    selected.length = 0;
    for (let i = 0; i < this.checks.length; i++) {
      const need = this.needs[i];
      if (need === undefined || (need !== 'plain-rows' && anyFailed(need, failed))) selected.push(this.checks[i]);
    }
    return selected;
  }
}

function madeOnce(made: Map<CellTest, Omit<Slot, 'column'>>, accepts: LookAt['accepts']): Omit<Slot, 'column'> {
  if (accepts === 'non-empty') return { test: null, screen: null };
  let slot = made.get(accepts);
  if (slot) return slot;
  const test: InPlaceTest = accepts.inPlace ?? ((text, start, end) => accepts(text.slice(start, end)));
  const mayFail = accepts.firstCharacterMayFail;
  const screen = mayFail ? Uint8Array.from({ length: 128 }, (_, code) => (mayFail(code) ? 1 : 0)) : null;
  made.set(accepts, (slot = { test, screen }));
  return slot;
}

function anyFailed(slots: readonly number[], failed: Uint8Array): boolean {
  for (let i = 0; i < slots.length; i++) if (failed[slots[i]] === 1) return true;
  return false;
}

/** Whether the cell of a plain record passes the slot's test (a quoted cell's raw range includes its two quotes). */
function passes(table: Table, local: number, slot: Slot): boolean {
  const cell = table.recordFirstCell.data[local] + slot.column;
  const quoted = table.cellFlags.data[cell] & QUOTED;
  const start = table.cellStart.data[cell] - table.base + quoted;
  const end = table.cellEnd.data[cell] - table.base - quoted;
  const test = slot.test;
  if (test === null) return end > start;
  const screen = slot.screen;
  if (screen !== null && end > start) {
    const first = table.text.charCodeAt(start);
    if (first < 128 && screen[first] === 0) return true;
  }
  return test(table.text, start, end);
}
