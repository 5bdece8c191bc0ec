import type { Row } from '../api/rule';
import { EmailValidator } from '../codes/email';
import { mapColumns, type ColumnMap } from '../columns/mapColumns';
import type { Delimiter } from '../reader/detectDelimiter';
import { LineIndex } from '../reader/lineIndex';
import type { Scanner } from '../reader/scanner';
import { Table, type QuoteIssue } from '../reader/table';
import type { SourceEncoding } from '../encoding/sourceEncoding';
import type { CellInfo, LintResult, Problem, Range } from '../types';
import type { LintOptions } from '../lintOptions';
import { BaselineRun } from './baselineRun';
import { TableEdits } from './editBuilder';
import { isPreambleRecord } from './preamble';
import { ExactRepeats } from './repeats/exactRepeats';
import { HashedRepeats } from './repeats/hashedRepeats';
import { HeaderRow, TableRow } from './rows';
import { RuleRunner } from './ruleRunner';
import type { LintFile } from './ruleScope';

const NO_ISSUES: readonly QuoteIssue[] = [];

export interface RunOptions extends LintOptions {
  decodeError?: { offset: number; replacement?: boolean };
  /** Skip rules on records that cannot have their problems (default true; false in the test that proves it changes nothing). */
  quickPass?: boolean;
}

/**
 * What every way of reading a file shares: the file's state as rules see it (LintFile), and the loop
 * that hands each record the scanner read to the rule runner. The drivers (TextLint: a whole text,
 * at once or in time slices; PartLint: a lint split in two; StreamLint: chunks) decide what to read.
 */
export abstract class RecordFeed implements LintFile {
  readonly config;
  abstract readonly streaming: boolean;
  decodeError: { offset: number; replacement?: boolean } | undefined;
  sourceEncoding: SourceEncoding | undefined;
  /** Lines above the real header (Entra's `version:v1.0`), skipped as records (CG106 reports them). */
  readonly preamble: PreambleRecord[] = [];
  readonly lines = new LineIndex();
  readonly emails = new EmailValidator();
  readonly edits = new TableEdits(this);
  delimiter: Delimiter = ',';
  hasBom = false;
  lineEnding: '\r\n' | '\n' | '\r' | undefined;
  table: Table = new Table(',');
  header: Row | undefined;
  columns: ColumnMap;
  userCount = 0;
  /** The caller's baseline, matched row by row during this lint. */
  readonly baseline: BaselineRun | undefined;
  /** The header's record in the table (-1 before it is read). */
  headerLocal = -1;

  protected readonly runner: RuleRunner;
  /** In memory: the exact repeat finder (its keys cross threads with a part). */
  readonly exactRepeats: ExactRepeats | undefined;
  protected scanner: Scanner | undefined;
  protected nextLocal = 0;
  protected issueIndex = 0;
  protected started = false;
  private finished = false;
  private readonly row = new TableRow(this.lines);

  constructor(options: RunOptions, streaming: boolean) {
    this.config = options.config ?? {};
    this.decodeError = options.decodeError;
    this.sourceEncoding = options.sourceEncoding;
    this.columns = mapColumns([], this.config);
    this.exactRepeats = streaming ? undefined : new ExactRepeats(() => this.table, this.emails);
    this.baseline = options.baseline ? new BaselineRun(options.baseline, () => this.columns) : undefined;
    this.runner = new RuleRunner(this, this.exactRepeats ?? new HashedRepeats(), options);
  }

  /**
   * False when an active rule keeps state across rows, or a baseline is compared (its users matched
   * so far), so the rows cannot be split between threads.
   */
  get splittable(): boolean {
    return this.runner.splittable && this.baseline === undefined;
  }

  protected get problems(): Problem[] {
    return this.runner.problems;
  }

  protected checkScannedRecords(): void {
    const table = this.table;
    const row = this.row;
    while (this.nextLocal < table.recordCount) {
      const local = this.nextLocal++;
      row.moveTo(table, local, this.issuesOf(local));
      if (!this.started) {
        if (isPreambleRecord(table, local, this.preamble.length)) {
          this.notePreamble(local);
          continue;
        }
        this.started = true;
        this.startWithHeader(local);
        continue;
      }
      if (this.lineEnding === undefined) this.noteLineEnding(local);
      if (table.isBlankRecord(local)) this.runner.blankRow(row);
      else {
        this.userCount++;
        this.runner.row(table, local, row);
      }
    }
  }

  private notePreamble(local: number): void {
    const table = this.table;
    const start = table.recordStart.data[local];
    const end = table.recordEnd.data[local];
    const text = table.text.slice(start - table.base, end - table.base).replace(/[,;\t]+$/, '');
    this.preamble.push({ start, end, next: table.recordNext.data[local], text, range: this.lines.rangeOf(start, end) });
  }

  /** The quote issues of local record `local` (usually none; issues are in record order). */
  private issuesOf(local: number): readonly QuoteIssue[] {
    const issues = this.table.issues;
    const record = this.table.firstRecord + local;
    if (this.issueIndex >= issues.length || issues[this.issueIndex].record !== record) return NO_ISSUES;
    const found: QuoteIssue[] = [];
    while (this.issueIndex < issues.length && issues[this.issueIndex].record === record) found.push(issues[this.issueIndex++]);
    return found;
  }

  private startWithHeader(local: number): void {
    const row = this.row;
    this.headerLocal = local;
    this.noteLineEnding(local);
    const cells = [];
    for (let c = 0; c < row.cellCount; c++) cells.push({ header: row.value(c), range: row.cellRange(c) });
    this.columns = mapColumns(cells, this.config);
    this.header = new HeaderRow(row, this.lines);
    this.runner.header();
  }

  private noteLineEnding(local: number): void {
    const table = this.table;
    const end = table.recordEnd.data[local];
    const next = table.recordNext.data[local];
    if (next === end) return;
    const terminator = table.text.slice(end - table.base, next - table.base);
    this.lineEnding = terminator === '\r\n' ? '\r\n' : terminator === '\r' ? '\r' : '\n';
  }

  protected end(): void {
    if (this.finished) return;
    this.finished = true;
    if (!this.started) {
      this.started = true;
      this.runner.header();
    }
    this.runner.end();
  }

  result(): LintResult {
    const problems = this.problems.slice().sort(byOffset);
    const table = this.table;
    const lines = this.lines;
    const streaming = this.streaming;
    return {
      problems,
      truncated: this.runner.truncated,
      delimiter: this.delimiter,
      lineEnding: this.lineEnding ?? '\n',
      hasBom: this.hasBom,
      columns: this.columns.columns,
      userCount: this.userCount,
      cellAt: (offset) => (streaming ? undefined : cellAt(table, lines, offset)),
    };
  }
}

/** A skipped line above the header: its offsets (for the edit deleting it), its text and range (for rules). */
export interface PreambleRecord {
  start: number;
  end: number;
  /** Where the next record starts (deleting the line ends there). */
  next: number;
  /** The line's text without trailing delimiters. */
  text: string;
  range: Range;
}

export function byOffset(a: Problem, b: Problem): number {
  return a.range.start.offset - b.range.start.offset;
}

/** The cell whose raw range contains the offset (ends included, so a cursor after a value still hits it). */
function cellAt(table: Table, lines: LineIndex, offset: number): CellInfo | undefined {
  const starts = table.recordStart.data;
  let lo = 0;
  let hi = table.recordCount - 1;
  if (hi < 0 || offset < starts[0]) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (offset > table.recordEnd.data[lo]) return undefined;
  const first = table.recordFirstCell.data[lo];
  const count = table.cellsIn(lo);
  for (let c = 0; c < count; c++) {
    const cell = first + c;
    if (offset >= table.cellStart.data[cell] && offset <= table.cellEnd.data[cell]) {
      const range = { start: lines.positionAt(table.cellStart.data[cell]), end: lines.positionAt(table.cellEnd.data[cell]) };
      return { row: table.firstRecord + lo, column: c, value: table.value(cell), range };
    }
  }
  return undefined;
}
