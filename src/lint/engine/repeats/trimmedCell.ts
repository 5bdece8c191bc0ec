import { ESCAPED_QUOTES, MALFORMED, PADDED, type Table } from '../../reader/table';
import { endBeforeWhitespace, startAfterWhitespace, trimWhitespace } from '../../text/whitespace';

/**
 * A cell's value without surrounding whitespace, as text[start, end): read in place when the cell has
 * no quotes to undo, else decoded. One reader per repeat finder, reused for every cell.
 */
export class TrimmedCell {
  text = '';
  start = 0;
  end = 0;

  /** Points at the trimmed value of `column` in local record `local`; false when the row has no such cell or it is blank. */
  read(table: Table, local: number, column: number): boolean {
    if (column < 0 || column >= table.cellsIn(local)) return false;
    const cell = table.recordFirstCell.data[local] + column;
    const flags = table.cellFlags.data[cell];
    if ((flags & (ESCAPED_QUOTES | MALFORMED)) !== 0) {
      const value = trimWhitespace(table.value(cell));
      this.text = value;
      this.start = 0;
      this.end = value.length;
      return value.length > 0;
    }
    const text = table.text;
    let start = table.contentStart(cell) - table.base;
    let end = table.contentEnd(cell) - table.base;
    // The scanner marks a plain cell that starts or ends with whitespace; only those are trimmed.
    if ((flags & PADDED) !== 0) {
      start = startAfterWhitespace(text, start, end);
      end = endBeforeWhitespace(text, start, end);
    }
    this.text = text;
    this.start = start;
    this.end = end;
    return end > start;
  }
}
