import { detectDelimiter } from '../reader/detectDelimiter';
import { Scanner } from '../reader/scanner';
import { Table } from '../reader/table';
import { MAX_PREAMBLE_RECORDS } from '../columns/headerRow';
import { isPreambleAhead } from './preamble';
import { appendPartRecords, withLinesShifted, type LintPart, type LintPartState } from './partData';
import { RecordFeed, type RunOptions } from './recordFeed';
import { keyColumns } from './repeats/repeatFinder';

/** Records scanned and checked between two looks at the clock. */
const BATCH = 256;

/** A lint of a whole text in memory: at once (lintText), or in time slices (lintTextAsync, the editor). */
export class TextLint extends RecordFeed {
  readonly streaming = false;

  constructor(private readonly options: RunOptions = {}) {
    super(options, false);
  }

  /** Starts linting a whole text (then call step until it returns true). */
  begin(text: string): void {
    if (this.options.decodedWithReplacements && !this.decodeError) {
      const replaced = text.indexOf('\uFFFD');
      if (replaced >= 0) this.decodeError = { offset: replaced, replacement: true };
    }
    this.hasBom = text.charCodeAt(0) === 0xfeff;
    const start = this.hasBom ? 1 : 0;
    this.delimiter = detectDelimiter(text, start);
    this.table = new Table(this.delimiter, text.length);
    this.table.clear(text, 0, 0);
    // Sized once from the text, like the table: growing by doubling would copy each array several times.
    const records = this.table.recordStart.data.length;
    this.lines.reserve(records);
    this.exactRepeats?.reserve(records);
    this.scanner = new Scanner(this.table, this.lines, start);
  }

  /** Works until done (true) or until the clock passes `deadline` (false; call again). */
  step(deadline = Infinity): boolean {
    const scanner = this.scanner!;
    for (;;) {
      if (!scanner.atEnd) scanner.scan(BATCH, true);
      this.checkScannedRecords();
      if (scanner.atEnd) {
        // Duplicates are resolved after the last record, one stage per look at the clock (each stage
        // makes progress, so a slice of any length ends).
        if (deadline !== Infinity) {
          while (!this.runner.resolveStep()) if (performance.now() >= deadline) return false;
        }
        this.end();
        return true;
      }
      if (deadline !== Infinity && performance.now() >= deadline) return false;
    }
  }

}

/**
 * A lint split in two (lintPart.ts): this run lints up to where the other part starts and adopts it,
 * or is the run that lints the part on the second thread.
 */
export class PartLint extends TextLint {
  /**
   * Reads and checks records until the next one would start at or after `offset`. True when a record
   * starts exactly there (so a part linted from that offset on is what this run would have read).
   */
  stepUntil(offset: number): boolean {
    const scanner = this.scanner!;
    while (scanner.pos < offset && !scanner.atEnd) {
      for (let i = 0; i < BATCH && scanner.pos < offset && !scanner.atEnd; i++) scanner.scan(1, true);
      this.checkScannedRecords();
    }
    return this.started && scanner.pos === offset && !scanner.atEnd && this.lines.lineStart(this.lines.lineCount - 1) === offset;
  }

  /**
   * The part side: reads the header (for the column map, its problems are the other run's), then
   * reads and checks the records from `from` on, which must be where a record starts. Lines are
   * counted from the one that starts at `from`; the end-of-file checks are left to the other run.
   */
  checkPartFrom(from: number): LintPartState {
    const scanner = this.scanner!;
    scanner.scan(1, true);
    // Preamble lines are read with the header after them (isPreambleRecord looks one record ahead).
    for (let n = 0; n < MAX_PREAMBLE_RECORDS && !scanner.atEnd && isPreambleAhead(this.table, this.table.recordCount - 1); n++) scanner.scan(1, true);
    this.checkScannedRecords();
    this.runner.problems = [];
    this.runner.kept = 0;
    const table = this.table;
    const state = { firstCell: table.cellCount, firstRecord: table.recordCount, firstIssue: table.issues.length, problems: this.problems, userCount: 0 };
    this.lines.restartAt(from);
    scanner.pos = from;
    scanner.scan(Infinity, true);
    this.checkScannedRecords();
    state.userCount = this.userCount;
    return state;
  }

  /** Takes over the records, lines, problems and duplicate keys of a part that starts where this run stopped (stepUntil true). */
  adoptPart(part: LintPart): void {
    const table = this.table;
    const cellShift = table.cellCount;
    const recordShift = table.recordCount;
    // The line that starts at part.from, counted from the top.
    const lineShift = this.lines.lineCount - 1;
    appendPartRecords(table, part, cellShift, recordShift);
    this.lines.appendLineStarts(part.lineStarts);
    const columns = keyColumns(this.columns);
    if (part.duplicates) this.exactRepeats?.adoptKeys(part.duplicates, recordShift, columns.email, columns.username);
    for (const problem of part.problems) this.problems.push(withLinesShifted(problem, lineShift));
    this.runner.kept += part.problems.length;
    this.userCount += part.userCount;
    this.nextLocal = table.recordCount;
    this.issueIndex = table.issues.length;
    this.scanner!.pos = table.text.length;
  }

}
