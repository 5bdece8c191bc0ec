import { ESCAPED_QUOTES, isWhitespaceCode, MALFORMED, type Table } from '../reader/table';
import { trimWhitespace } from '../rules/helpers';
import type { FirstSeen } from '../rules/rule';
import { FirstSeenMap, hashHigh, hashString } from './firstSeen';

/**
 * FirstSeen for a streamed file: e-mails, usernames or rows are looked up as they come, as 64-bit
 * hashes (the earlier text is gone, so a match is trusted; see FirstSeenMap). In memory the lint uses
 * DuplicateCollector instead, which confirms every match against the text.
 */
export class DuplicateIndex implements FirstSeen {
  private readonly map = new FirstSeenMap();

  constructor(private readonly table: () => Table) {}

  checkValue(cell: number): readonly [number, number] | undefined {
    const table = this.table();
    let low: number;
    if ((table.cellFlags.data[cell] & (ESCAPED_QUOTES | MALFORMED)) === 0) {
      // Hash the cell straight from the file text: no string is built.
      const text = table.text;
      let start = table.contentStart(cell) - table.base;
      let end = table.contentEnd(cell) - table.base;
      while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
      while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
      low = hashString(text, start, end, true);
    } else {
      const value = trimWhitespace(table.value(cell));
      low = hashString(value, 0, value.length, true);
    }
    const id = this.map.lookupOrAdd(low, hashHigh(), table.cellStart.data[cell], table.cellEnd.data[cell]);
    return id < 0 ? undefined : [this.map.startOf(id), this.map.endOf(id)];
  }

  checkRecord(local: number): readonly [number, number] | undefined {
    const table = this.table();
    const start = table.recordStart.data[local];
    const end = table.recordEnd.data[local];
    const low = hashString(table.text, start - table.base, end - table.base, false);
    const id = this.map.lookupOrAdd(low, hashHigh(), start, end);
    return id < 0 ? undefined : [this.map.startOf(id), this.map.endOf(id)];
  }
}
