import { GrowableInt32, GrowableUint8 } from './growable';
import type { Delimiter } from './detectDelimiter';

/** Cell flags. */
export const QUOTED = 1;
/** The quoted cell contains `""`. */
export const ESCAPED_QUOTES = 2;
/** The cell's quoting is broken (the reader recovered; see QuoteIssue). */
export const MALFORMED = 4;

/**
 * The value starts or ends with whitespace (set by the scanner from the first and last character of
 * plain cells, so rules need not read every cell; broken or escaped cells are decoded when asked).
 */
export const PADDED = 8;

import { isWhitespaceCode } from '../text/whitespace';

export { isWhitespaceCode };

/** Cells longer than this have their `""` undone block by block. */
const LONG_CELL_CHARS = 16 * 1024;

/**
 * `""` -> `"`. replaceAll is the fastest on the cells of a user list, but builds its result by
 * concatenation: on a cell of 4 M quotes it holds about 200 MB for a moment. A long cell is undone in
 * blocks (split and join), so only the result and one small block are held at a time.
 */
function unescapeQuotes(quoted: string): string {
  const n = quoted.length;
  if (n <= LONG_CELL_CHARS) return quoted.replaceAll('""', '"');
  const parts: string[] = [];
  for (let i = 0; i < n; ) {
    let end = i + LONG_CELL_CHARS;
    if (end >= n) end = n;
    else {
      // Quotes come in pairs from the start of the cell: do not cut a pair in two.
      let run = 0;
      while (end - run - 1 >= i && quoted.charCodeAt(end - run - 1) === 34) run++;
      if (run % 2 === 1) end--;
    }
    parts.push(quoted.slice(i, end).split('""').join('"'));
    i = end;
  }
  return parts.join('');
}

export type QuoteIssueKind = 'unclosed' | 'stray' | 'after-closing';

/** A malformed-quote finding, at a global offset, in a given cell. */
export interface QuoteIssue {
  kind: QuoteIssueKind;
  offset: number;
  cell: number;
  record: number;
}

/**
 * The records and cells of (a slice of) a CSV text, as offsets in typed arrays: no object per cell.
 * Offsets are global (position in the whole file); `text` starts at global offset `base`.
 * Cell ranges are raw: they include the quotes of a quoted cell.
 */
export class Table {
  text = '';
  base = 0;
  readonly cellStart: GrowableInt32;
  readonly cellEnd: GrowableInt32;
  readonly cellFlags: GrowableUint8;
  readonly recordFirstCell: GrowableInt32;
  readonly recordStart: GrowableInt32;
  /** End of the record's content, before its line terminator. */
  readonly recordEnd: GrowableInt32;
  /** Where the next record starts (after the terminator). */
  readonly recordNext: GrowableInt32;
  issues: QuoteIssue[] = [];
  /** Global index of this table's first record (non-zero when streaming). */
  firstRecord = 0;

  /** textLength sizes the arrays up front (a user-list cell is ~9 characters, a record ~90). */
  constructor(
    readonly delimiter: Delimiter,
    textLength = 0,
  ) {
    const cells = Math.max(64, Math.ceil(textLength / 8));
    const records = Math.max(16, Math.ceil(textLength / 64));
    this.cellStart = new GrowableInt32(cells);
    this.cellEnd = new GrowableInt32(cells);
    this.cellFlags = new GrowableUint8(cells);
    this.recordFirstCell = new GrowableInt32(records);
    this.recordStart = new GrowableInt32(records);
    this.recordEnd = new GrowableInt32(records);
    this.recordNext = new GrowableInt32(records);
  }

  /** Room for at least `capacity` cells in the three cell arrays (the scanner then writes them directly). */
  reserveCells(capacity: number): void {
    this.cellStart.reserve(capacity);
    this.cellEnd.reserve(capacity);
    this.cellFlags.reserve(capacity);
  }

  /** How many cells the three cell arrays hold without growing. */
  get cellCapacity(): number {
    return Math.min(this.cellStart.data.length, this.cellEnd.data.length, this.cellFlags.data.length);
  }

  /** The number of cells, after the scanner wrote cells directly. */
  setCellCount(count: number): void {
    this.cellStart.length = count;
    this.cellEnd.length = count;
    this.cellFlags.length = count;
  }

  get recordCount(): number {
    return this.recordStart.length;
  }

  get cellCount(): number {
    return this.cellStart.length;
  }

  /** Number of cells of local record r. */
  cellsIn(r: number): number {
    const end = r + 1 < this.recordStart.length ? this.recordFirstCell.data[r + 1] : this.cellStart.length;
    return end - this.recordFirstCell.data[r];
  }

  /** Start of the cell's value (after an opening quote). */
  contentStart(cell: number): number {
    const flags = this.cellFlags.data[cell];
    return this.cellStart.data[cell] + ((flags & (QUOTED | MALFORMED)) === QUOTED ? 1 : 0);
  }

  /** End of the cell's value (before a closing quote). */
  contentEnd(cell: number): number {
    const flags = this.cellFlags.data[cell];
    return this.cellEnd.data[cell] - ((flags & (QUOTED | MALFORMED)) === QUOTED ? 1 : 0);
  }

  /** The decoded value: quotes removed, `""` turned into `"`. */
  value(cell: number): string {
    const flags = this.cellFlags.data[cell] & ~PADDED;
    const start = this.cellStart.data[cell] - this.base;
    const end = this.cellEnd.data[cell] - this.base;
    if (flags === 0) return this.text.slice(start, end);
    if (flags === QUOTED) return this.text.slice(start + 1, end - 1);
    if (flags === (QUOTED | ESCAPED_QUOTES)) return unescapeQuotes(this.text.slice(start + 1, end - 1));
    return this.malformedValue(start, end, flags);
  }

  /** Best-effort value of a broken cell: a quoted part (unescaped) followed by the text after it. */
  private malformedValue(start: number, end: number, flags: number): string {
    const raw = this.text.slice(start, end);
    if ((flags & QUOTED) === 0) return raw;
    // Whole runs between quotes are sliced, not copied a character at a time (a broken cell can be huge).
    const parts: string[] = [];
    let i = 1;
    for (;;) {
      const quote = raw.indexOf('"', i);
      if (quote < 0) {
        parts.push(raw.slice(i));
        return parts.join('');
      }
      parts.push(raw.slice(i, quote));
      if (raw.charCodeAt(quote + 1) === 34) {
        parts.push('"');
        i = quote + 2;
        continue;
      }
      parts.push(raw.slice(quote + 1));
      return parts.join('');
    }
  }

  /** True when every cell of local record r is empty or whitespace. */
  isBlankRecord(r: number): boolean {
    const first = this.recordFirstCell.data[r];
    const last = first + this.cellsIn(r);
    for (let c = first; c < last; c++) {
      const start = this.contentStart(c) - this.base;
      const end = this.contentEnd(c) - this.base;
      if (end > start && (this.cellFlags.data[c] & (PADDED | ESCAPED_QUOTES | MALFORMED)) === 0) return false;
      for (let i = start; i < end; i++) if (!isWhitespaceCode(this.text.charCodeAt(i))) return false;
    }
    return true;
  }

  /** Forgets everything (reused between streamed chunks). */
  clear(text: string, base: number, firstRecord: number): void {
    this.text = text;
    this.base = base;
    this.firstRecord = firstRecord;
    this.cellStart.length = 0;
    this.cellEnd.length = 0;
    this.cellFlags.length = 0;
    this.recordFirstCell.length = 0;
    this.recordStart.length = 0;
    this.recordEnd.length = 0;
    this.recordNext.length = 0;
    this.issues = [];
  }
}
