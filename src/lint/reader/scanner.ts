import type { LineIndex } from './lineIndex';
import { whitespaceBit } from '../text/whitespace';
import { ESCAPED_QUOTES, MALFORMED, PADDED, QUOTED, type QuoteIssueKind, type Table } from './table';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A resumable, position-tracking CSV scanner (RFC 4180 plus CR/LF/CRLF line ends and a lenient
 * recovery from broken quotes). It appends records to a Table and line starts to a LineIndex, and
 * never throws: a quote that is never closed is re-read as a literal character so the rest of the
 * file is still checked; a stray quote inside an unquoted cell or text after a closing quote stays in
 * the cell. Each finding is recorded as a QuoteIssue.
 */
export class Scanner {
  /** Local offset of the next record in table.text. */
  pos: number;
  private readonly delimiter: number;

  constructor(
    private readonly table: Table,
    private readonly lines: LineIndex,
    start: number,
  ) {
    this.pos = start;
    this.delimiter = table.delimiter.charCodeAt(0);
  }

  get atEnd(): boolean {
    return this.pos >= this.table.text.length;
  }

  /**
   * Reads up to maxRecords records. With final=false a record that reaches the end of the text is
   * left unread (the stream will append more text); returns the number of records read.
   */
  scan(maxRecords: number, final: boolean): number {
    let count = 0;
    while (count < maxRecords && this.pos < this.table.text.length) {
      if (!this.scanRecord(final)) break;
      count++;
    }
    return count;
  }

  /** Reads one record; false (and nothing recorded) if it is incomplete and more text may come. */
  private scanRecord(final: boolean): boolean {
    const t = this.table;
    const text = t.text;
    const n = text.length;
    const base = t.base;
    const d = this.delimiter;
    const cellsBefore = t.cellStart.length;
    const issuesBefore = t.issues.length;
    const linesBefore = this.lines.lineCount;
    const record = t.firstRecord + t.recordStart.length;
    let pos = this.pos;
    // Cells are written straight into the table's arrays (no call per value): the CLI reads its first
    // thousands of rows before V8 has optimized this loop, and there every call costs.
    let cell = cellsBefore;
    let starts = t.cellStart.data;
    let ends = t.cellEnd.data;
    let cellFlags = t.cellFlags.data;
    let capacity = t.cellCapacity;

    for (;;) {
      const fieldStart = pos;
      let flags = 0;
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        pos = this.scanQuoted(pos, final, record, cell);
        if (pos < 0) return this.rollback(cellsBefore, issuesBefore, linesBefore);
        flags = this.quotedFlags;
      } else {
        pos = this.skipUnquoted(pos, false);
        if (this.strayQuote >= 0) {
          flags = MALFORMED;
          this.issue('stray', base + this.strayQuote, record, cell);
        }
      }
      if ((flags & (ESCAPED_QUOTES | MALFORMED)) === 0) {
        // Plain cell: its value is the text between the quotes (if any).
        const q = flags & QUOTED;
        const first = fieldStart + q;
        const last = pos - 1 - q;
        if (last >= first) {
          const a = text.charCodeAt(first);
          const b = text.charCodeAt(last);
          // Without a branch: the first padded cell would otherwise drop this loop's optimized code.
          flags |= (whitespaceBit(a) | whitespaceBit(b)) * PADDED;
        }
      }
      if (cell === capacity) {
        t.reserveCells(cell + 1);
        starts = t.cellStart.data;
        ends = t.cellEnd.data;
        cellFlags = t.cellFlags.data;
        capacity = t.cellCapacity;
      }
      starts[cell] = base + fieldStart;
      ends[cell] = base + pos;
      cellFlags[cell] = flags;
      cell++;
      if (pos < n && text.charCodeAt(pos) === d) {
        pos++;
        continue;
      }
      break;
    }

    const contentEnd = pos;
    if (pos >= n) {
      if (!final) return this.rollback(cellsBefore, issuesBefore, linesBefore);
    } else if (text.charCodeAt(pos) === CR) {
      if (pos + 1 === n && !final) return this.rollback(cellsBefore, issuesBefore, linesBefore);
      pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
      this.lines.addLineStart(base + pos);
    } else {
      pos++;
      this.lines.addLineStart(base + pos);
    }
    t.setCellCount(cell);
    t.recordFirstCell.push(cellsBefore);
    t.recordStart.push(base + this.pos);
    t.recordEnd.push(base + contentEnd);
    t.recordNext.push(base + pos);
    this.pos = pos;
    return true;
  }

  /** The flags of the cell the last scanQuoted read. */
  private quotedFlags = 0;

  /**
   * Reads a cell that starts with a quote, at `pos`; returns where it ends, or -1 when it reaches the
   * end of a text that is not final (the record is then read again with more text). Out of line: most
   * cells are plain, and a small record loop is one V8 optimizes sooner (the CLI's single run reads
   * thousands of rows before it does).
   */
  private scanQuoted(pos: number, final: boolean, record: number, cell: number): number {
    const text = this.table.text;
    const n = text.length;
    const base = this.table.base;
    const d = this.delimiter;
    const linesAtQuote = this.lines.lineCount;
    let flags = 0;
    let p = pos + 1;
    let closed = false;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === QUOTE) {
        if (text.charCodeAt(p + 1) === QUOTE) {
          flags |= ESCAPED_QUOTES;
          p += 2;
          continue;
        }
        closed = true;
        p++;
        break;
      }
      if (c === LF) this.lines.addLineStart(base + p + 1);
      else if (c === CR) {
        if (text.charCodeAt(p + 1) === LF) p++;
        else if (p + 1 === n && !final) break;
        this.lines.addLineStart(base + p + 1);
      }
      p++;
    }
    if (closed) {
      flags |= QUOTED;
      if (p < n) {
        const c = text.charCodeAt(p);
        if (c !== d && c !== LF && c !== CR) {
          flags |= MALFORMED;
          this.issue('after-closing', base + p, record, cell);
          p = this.skipUnquoted(p, true);
        }
      }
      this.quotedFlags = flags;
      return p;
    }
    if (!final) return -1;
    // Never closed: read the quote as a literal so one typo does not swallow the rest of the file.
    this.lines.truncate(linesAtQuote);
    this.issue('unclosed', base + pos, record, cell);
    this.quotedFlags = MALFORMED;
    return this.skipUnquoted(pos + 1, true);
  }

  /** Local offset of the first quote met by the last skipUnquoted, or -1. */
  private strayQuote = -1;
  // Next delimiter, LF, CR and quote at or after the last position asked (native indexOf is much
  // faster than a loop over every character); refreshed only once the scan has passed them.
  private nextDelimiter = -1;
  private nextLf = -1;
  private nextCr = -1;
  private nextQuote = -1;

  /** Advances over an unquoted cell (or the tail of a broken one) to the delimiter or line end. */
  private skipUnquoted(pos: number, quotesAllowed: boolean): number {
    const text = this.table.text;
    const n = text.length;
    if (this.nextDelimiter < pos) this.nextDelimiter = indexOrEnd(text, this.table.delimiter, pos, n);
    if (this.nextLf < pos) this.nextLf = indexOrEnd(text, '\n', pos, n);
    if (this.nextCr < pos) this.nextCr = indexOrEnd(text, '\r', pos, n);
    let end = this.nextDelimiter < this.nextLf ? this.nextDelimiter : this.nextLf;
    if (this.nextCr < end) end = this.nextCr;
    this.strayQuote = -1;
    if (!quotesAllowed) {
      if (this.nextQuote < pos) this.nextQuote = indexOrEnd(text, '"', pos, n);
      if (this.nextQuote < end) this.strayQuote = this.nextQuote;
    }
    return end;
  }

  private issue(kind: QuoteIssueKind, offset: number, record: number, cell: number): void {
    this.table.issues.push({ kind, offset, cell, record });
  }

  private rollback(cells: number, issues: number, lines: number): false {
    const t = this.table;
    this.nextDelimiter = this.nextLf = this.nextCr = this.nextQuote = -1;
    t.setCellCount(cells);
    t.issues.length = issues;
    this.lines.truncate(lines);
    return false;
  }
}

function indexOrEnd(text: string, char: string, from: number, end: number): number {
  const i = text.indexOf(char, from);
  return i < 0 ? end : i;
}
