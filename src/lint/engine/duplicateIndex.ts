import { ESCAPED_QUOTES, isWhitespaceCode, MALFORMED, type Table } from '../reader/table';
import { trimWhitespace } from '../rules/helpers';
import type { FirstSeen } from '../rules/rule';
import { HashIdSet } from './cellHashSet';
import { FirstSeenMap, hash32, hash32IgnoringCase, hashHigh, hashString } from './firstSeen';

/**
 * FirstSeen for one kind of key over a lint run, as hashes in typed arrays (no string kept per row).
 * In memory (one table for the whole file) a hash match is confirmed against the earlier cell's or
 * record's text, so results are exact; when streaming the earlier text is gone and a 64-bit match is
 * trusted (see FirstSeenMap).
 */
export class DuplicateIndex implements FirstSeen {
  /** When streaming: 64-bit hashes with the offsets of the first occurrence. */
  private readonly map = new FirstSeenMap();
  private pendingCell = 0;
  private pendingRecord = 0;
  /** In memory: hash -> earlier cell (values) or record (rows), confirmed against the text. */
  private readonly memory: HashIdSet;
  private readonly sameValue = (cell: number) => sameIgnoringCase(trimWhitespace(this.table().value(cell)), trimWhitespace(this.table().value(this.pendingCell)));
  private readonly sameRecord = (local: number) => this.sameRecordText(local, this.pendingRecord);

  constructor(
    private readonly table: () => Table,
    private readonly streaming: boolean,
    /** About how many keys will come (sizes the in-memory set once). */
    expected: number,
  ) {
    this.memory = new HashIdSet(streaming ? 0 : expected);
  }

  checkValue(cell: number, hash?: number): readonly [number, number] | undefined {
    const table = this.table();
    this.pendingCell = cell;
    let low: number;
    if (hash !== undefined && !this.streaming) low = hash;
    else if ((table.cellFlags.data[cell] & (ESCAPED_QUOTES | MALFORMED)) === 0) {
      // Hash the cell straight from the file text: no string is built.
      const text = table.text;
      let start = table.contentStart(cell) - table.base;
      let end = table.contentEnd(cell) - table.base;
      while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
      while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
      low = this.streaming ? hashString(text, start, end, true) : hash32IgnoringCase(text, start, end);
    } else {
      const value = trimWhitespace(table.value(cell));
      low = this.streaming ? hashString(value, 0, value.length, true) : hash32IgnoringCase(value, 0, value.length);
    }
    if (!this.streaming) {
      const earlier = this.memory.findOrAdd(low, cell, this.sameValue);
      return earlier < 0 ? undefined : [table.cellStart.data[earlier], table.cellEnd.data[earlier]];
    }
    const id = this.map.lookupOrAdd(low, hashHigh(), table.cellStart.data[cell], table.cellEnd.data[cell], cell, trusted);
    return id < 0 ? undefined : [this.map.startOf(id), this.map.endOf(id)];
  }

  checkRecord(local: number): readonly [number, number] | undefined {
    const table = this.table();
    const start = table.recordStart.data[local];
    const end = table.recordEnd.data[local];
    const low = this.streaming ? hashString(table.text, start - table.base, end - table.base, false) : hash32(table.text, start, end);
    this.pendingRecord = local;
    if (!this.streaming) {
      const earlier = this.memory.findOrAdd(low, local, this.sameRecord);
      return earlier < 0 ? undefined : [table.recordStart.data[earlier], table.recordEnd.data[earlier]];
    }
    const id = this.map.lookupOrAdd(low, hashHigh(), start, end, local, trusted);
    return id < 0 ? undefined : [this.map.startOf(id), this.map.endOf(id)];
  }

  rememberRecordAt(offset: number): void {
    const table = this.table();
    const starts = table.recordStart.data;
    let lo = 0;
    let hi = table.recordCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.checkRecord(lo);
  }

  private sameRecordText(a: number, b: number): boolean {
    const t = this.table();
    const aStart = t.recordStart.data[a];
    const bStart = t.recordStart.data[b];
    const length = t.recordEnd.data[a] - aStart;
    if (t.recordEnd.data[b] - bStart !== length) return false;
    return t.text.slice(aStart, aStart + length) === t.text.slice(bStart, bStart + length);
  }
}

/** When streaming, a 64-bit hash match is taken as equality. */
function trusted(): boolean {
  return true;
}

function sameIgnoringCase(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}
