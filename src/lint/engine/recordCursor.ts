import { ESCAPED_QUOTES, MALFORMED, PADDED, QUOTED, type QuoteIssue, type Table } from '../reader/table';
import { isWhitespaceCode, trimWhitespace } from '../rules/helpers';
import type { RecordView } from '../rules/rule';

const NO_ISSUES: readonly QuoteIssue[] = [];

/**
 * The RecordView of the record being checked. Values are decoded lazily and cached for the record,
 * so columns that rules only test for blankness never become strings.
 */
export class RecordCursor implements RecordView {
  record = 0;
  local = 0;
  firstCell = 0;
  cellCount = 0;
  quoteIssues: readonly QuoteIssue[] = NO_ISSUES;
  spanStart = 0;
  spanEnd = 0;
  duplicatesChecked = false;
  earlierEmail: readonly [number, number] | undefined;
  earlierUsername: readonly [number, number] | undefined;
  earlierRow: readonly [number, number] | undefined;
  private table: Table | undefined;
  private readonly values: string[] = [];
  private readonly trimmedValues: string[] = [];
  /** Which record the cached value of a column belongs to (record + 1; 0 = none). */
  private valueStamp = new Int32Array(16);
  private trimmedStamp = new Int32Array(16);
  private spanStamp = new Int32Array(16);
  private spanStarts = new Int32Array(16);
  private spanEnds = new Int32Array(16);

  moveTo(table: Table, local: number, quoteIssues: readonly QuoteIssue[]): void {
    this.table = table;
    this.local = local;
    this.record = table.firstRecord + local;
    this.firstCell = table.recordFirstCell.data[local];
    this.cellCount = table.cellsIn(local);
    this.quoteIssues = quoteIssues;
    this.duplicatesChecked = false;
    this.earlierEmail = this.earlierUsername = this.earlierRow = undefined;
    if (this.cellCount > this.valueStamp.length) {
      const size = this.cellCount * 2;
      this.valueStamp = new Int32Array(size);
      this.trimmedStamp = new Int32Array(size);
      this.spanStamp = new Int32Array(size);
      this.spanStarts = new Int32Array(size);
      this.spanEnds = new Int32Array(size);
    }
  }

  value(col: number): string {
    if (col >= this.cellCount) return '';
    const stamp = this.record + 1;
    if (this.valueStamp[col] === stamp) return this.values[col];
    const value = this.table!.value(this.firstCell + col);
    this.values[col] = value;
    this.valueStamp[col] = stamp;
    return value;
  }

  trimmed(col: number): string {
    if (col >= this.cellCount) return '';
    const stamp = this.record + 1;
    if (this.trimmedStamp[col] === stamp) return this.trimmedValues[col];
    const trimmed = trimWhitespace(this.value(col));
    this.trimmedValues[col] = trimmed;
    this.trimmedStamp[col] = stamp;
    return trimmed;
  }

  span(col: number): boolean {
    if (col >= this.cellCount) return false;
    const stamp = this.record + 1;
    if (this.spanStamp[col] === stamp) {
      this.spanStart = this.spanStarts[col];
      this.spanEnd = this.spanEnds[col];
      return this.spanStart >= 0;
    }
    this.spanStamp[col] = stamp;
    const found = this.findSpan(col);
    this.spanStarts[col] = found ? this.spanStart : -1;
    this.spanEnds[col] = this.spanEnd;
    return found;
  }

  private findSpan(col: number): boolean {
    const table = this.table!;
    const cell = this.firstCell + col;
    const flags = table.cellFlags.data[cell];
    if ((flags & (ESCAPED_QUOTES | MALFORMED)) !== 0) return false;
    let start = table.contentStart(cell) - table.base;
    let end = table.contentEnd(cell) - table.base;
    if ((flags & PADDED) !== 0) {
      const text = table.text;
      while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
      while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    }
    this.spanStart = start;
    this.spanEnd = end;
    return true;
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
}

/** A RecordView over values kept in memory (the header, which outlives its slice of a stream). */
export class FrozenRecordView implements RecordView {
  readonly record: number;
  readonly local: number;
  readonly firstCell: number;
  readonly cellCount: number;
  readonly quoteIssues: readonly QuoteIssue[];
  spanStart = 0;
  spanEnd = 0;
  duplicatesChecked = true;
  earlierEmail = undefined;
  earlierUsername = undefined;
  earlierRow = undefined;
  private readonly values: string[];

  constructor(from: RecordCursor) {
    this.record = from.record;
    this.local = from.local;
    this.firstCell = from.firstCell;
    this.cellCount = from.cellCount;
    this.quoteIssues = from.quoteIssues;
    this.values = Array.from({ length: from.cellCount }, (_, col) => from.value(col));
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

  span(): boolean {
    return false;
  }
}
