import type { QuoteProblem, Row } from '../api/rule';
import type { LineIndex } from '../reader/lineIndex';
import { ESCAPED_QUOTES, MALFORMED, PADDED, QUOTED, type QuoteIssue, type Table } from '../reader/table';
import { isWhitespaceCode, trimWhitespace } from '../text/whitespace';
import type { Range } from '../types';

const NO_PROBLEMS: readonly QuoteProblem[] = [];

/** What the engine's edit builder needs of a row (global offsets); rules see only Row. */
export interface RowBounds extends Row {
  cellStart(column: number): number;
  cellEnd(column: number): number;
  /** True when the cell is properly quoted (an edit keeps its quotes). */
  cellQuoted(column: number): boolean;
  rowStart(): number;
  rowEnd(): number;
  /** Where the next row starts (after this one's line end). */
  rowNext(): number;
}

/**
 * The Row of the record being checked, over the reader's table. Values are decoded lazily and cached
 * for the record, so columns that rules only test for blankness never become strings.
 */
export class TableRow implements RowBounds {
  index = 0;
  cellCount = 0;
  quoteProblems: readonly QuoteProblem[] = NO_PROBLEMS;
  private table: Table | undefined;
  private local = 0;
  private firstCell = 0;
  private readonly values: string[] = [];
  private readonly trimmedValues: string[] = [];
  /** Which record the cached value of a column belongs to (record + 1; 0 = none). */
  private valueStamp = new Int32Array(16);
  private trimmedStamp = new Int32Array(16);

  constructor(private readonly lines: LineIndex) {}

  moveTo(table: Table, local: number, issues: readonly QuoteIssue[]): void {
    this.table = table;
    this.local = local;
    this.index = table.firstRecord + local;
    this.firstCell = table.recordFirstCell.data[local];
    this.cellCount = table.cellsIn(local);
    this.quoteProblems = issues.length === 0 ? NO_PROBLEMS : issues.map((issue) => this.quoteProblem(issue));
    if (this.cellCount > this.valueStamp.length) {
      this.valueStamp = new Int32Array(this.cellCount * 2);
      this.trimmedStamp = new Int32Array(this.cellCount * 2);
    }
  }

  private quoteProblem(issue: QuoteIssue): QuoteProblem {
    const column = issue.cell - this.firstCell;
    const range = issue.kind === 'unclosed' ? this.lines.rangeOf(issue.offset, issue.offset + 1) : this.cellRange(column);
    return { kind: issue.kind, column, range };
  }

  has(col: number): boolean {
    return col >= 0 && col < this.cellCount;
  }

  value(col: number): string {
    if (col >= this.cellCount) return '';
    const stamp = this.index + 1;
    if (this.valueStamp[col] === stamp) return this.values[col];
    const value = this.table!.value(this.firstCell + col);
    this.values[col] = value;
    this.valueStamp[col] = stamp;
    return value;
  }

  trimmed(col: number): string {
    if (col >= this.cellCount) return '';
    const stamp = this.index + 1;
    if (this.trimmedStamp[col] === stamp) return this.trimmedValues[col];
    const trimmed = trimWhitespace(this.value(col));
    this.trimmedValues[col] = trimmed;
    this.trimmedStamp[col] = stamp;
    return trimmed;
  }

  isBlank(col: number): boolean {
    if (col >= this.cellCount) return true;
    const table = this.table!;
    const cell = this.firstCell + col;
    const flags = table.cellFlags.data[cell];
    if ((flags & (ESCAPED_QUOTES | MALFORMED)) !== 0) return this.trimmed(col) === '';
    // A plain cell that does not start or end with whitespace is blank only when empty.
    if ((flags & PADDED) === 0) return table.cellEnd.data[cell] - table.cellStart.data[cell] <= (flags & QUOTED ? 2 : 0);
    const text = table.text;
    const end = table.contentEnd(cell) - table.base;
    for (let i = table.contentStart(cell) - table.base; i < end; i++) {
      if (!isWhitespaceCode(text.charCodeAt(i))) return false;
    }
    return true;
  }

  cellRange(col: number): Range {
    return col >= 0 && col < this.cellCount ? this.lines.rangeOf(this.cellStart(col), this.cellEnd(col)) : this.range();
  }

  range(): Range {
    return this.lines.rangeOf(this.rowStart(), this.rowEnd());
  }

  /** The row's cells as copies (the header keeps them: it outlives its slice of a stream). */
  copyCells(): { values: string[]; starts: Int32Array; ends: Int32Array; flags: Uint8Array } {
    const table = this.table!;
    const first = this.firstCell;
    const last = first + this.cellCount;
    const values: string[] = [];
    for (let col = 0; col < this.cellCount; col++) values.push(this.value(col));
    return { values, starts: table.cellStart.data.slice(first, last), ends: table.cellEnd.data.slice(first, last), flags: table.cellFlags.data.slice(first, last) };
  }

  cellStart(col: number): number {
    return this.table!.cellStart.data[this.firstCell + col];
  }

  cellEnd(col: number): number {
    return this.table!.cellEnd.data[this.firstCell + col];
  }

  cellQuoted(col: number): boolean {
    return (this.table!.cellFlags.data[this.firstCell + col] & (QUOTED | MALFORMED)) === QUOTED;
  }

  rowStart(): number {
    return this.table!.recordStart.data[this.local];
  }

  rowEnd(): number {
    return this.table!.recordEnd.data[this.local];
  }

  rowNext(): number {
    return this.table!.recordNext.data[this.local];
  }
}

/** The header row, kept as values and offsets (it outlives its slice of a stream). */
export class HeaderRow implements RowBounds {
  readonly index: number;
  readonly cellCount: number;
  readonly quoteProblems: readonly QuoteProblem[];
  private readonly values: string[];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly flags: Uint8Array;
  private readonly bounds: readonly [number, number, number];

  constructor(
    from: TableRow,
    private readonly lines: LineIndex,
  ) {
    this.index = from.index;
    this.cellCount = from.cellCount;
    this.quoteProblems = from.quoteProblems;
    ({ values: this.values, starts: this.starts, ends: this.ends, flags: this.flags } = from.copyCells());
    this.bounds = [from.rowStart(), from.rowEnd(), from.rowNext()];
  }

  has(col: number): boolean {
    return col >= 0 && col < this.cellCount;
  }

  value(col: number): string {
    return this.values[col] ?? '';
  }

  trimmed(col: number): string {
    return trimWhitespace(this.value(col));
  }

  isBlank(col: number): boolean {
    return this.trimmed(col) === '';
  }

  cellRange(col: number): Range {
    return this.has(col) ? this.lines.rangeOf(this.starts[col], this.ends[col]) : this.range();
  }

  range(): Range {
    return this.lines.rangeOf(this.bounds[0], this.bounds[1]);
  }

  cellStart(col: number): number {
    return this.starts[col];
  }

  cellEnd(col: number): number {
    return this.ends[col];
  }

  cellQuoted(col: number): boolean {
    return (this.flags[col] & (QUOTED | MALFORMED)) === QUOTED;
  }

  rowStart(): number {
    return this.bounds[0];
  }

  rowEnd(): number {
    return this.bounds[1];
  }

  rowNext(): number {
    return this.bounds[2];
  }
}
