import { GrowableInt32 } from '../../reader/growable';
import type { Table } from '../../reader/table';
import type { RepeatFinder, RepeatKind, RepeatPair } from './repeatFinder';
import { TrimmedCell } from './trimmedCell';

const EMPTY = -1;
const NONE: readonly RepeatPair[] = [];

/**
 * RepeatFinder for a streamed file: keys are looked up as rows come, as 64-bit hashes (two
 * independent 32-bit ones). The earlier text is gone, so a 64-bit match is taken as equality (with a
 * million rows, a false duplicate about once in 10^8 files).
 */
export class HashedRepeats implements RepeatFinder {
  readonly answersEachRow = true;
  private readonly emails = new FirstSeenMap();
  private readonly usernames = new FirstSeenMap();
  private readonly rows = new FirstSeenMap();
  private readonly hash = new Hash64();
  private readonly cell = new TrimmedCell();
  private current: Record<RepeatKind, readonly RepeatPair[]> = { email: NONE, username: NONE, row: NONE };

  add(table: Table, local: number, emailColumn: number, usernameColumn: number): void {
    const start = table.recordStart.data[local];
    const end = table.recordEnd.data[local];
    this.hash.of(table.text, start - table.base, end - table.base, false);
    const row = this.rows.lookupOrAdd(this.hash, start, end);
    const wholeRowRepeats = row >= 0;
    const email = this.cellRepeat(this.emails, table, local, emailColumn, wholeRowRepeats);
    const username = this.cellRepeat(this.usernames, table, local, usernameColumn, wholeRowRepeats);
    const rows = wholeRowRepeats ? [{ local, column: -1, earlierStart: this.rows.startOf(row), earlierEnd: this.rows.endOf(row), wholeRowRepeats }] : NONE;
    this.current = { email, username, row: rows };
  }

  private cellRepeat(map: FirstSeenMap, table: Table, local: number, column: number, wholeRowRepeats: boolean): readonly RepeatPair[] {
    const cell = this.cell;
    if (!cell.read(table, local, column)) return NONE;
    // Hashed straight from the file text when the cell is plain: no string is built.
    this.hash.of(cell.text, cell.start, cell.end, true);
    const index = table.recordFirstCell.data[local] + column;
    const id = map.lookupOrAdd(this.hash, table.cellStart.data[index], table.cellEnd.data[index]);
    return id < 0 ? NONE : [{ local, column, earlierStart: map.startOf(id), earlierEnd: map.endOf(id), wholeRowRepeats }];
  }

  resolveStep(): boolean {
    return true;
  }

  takeRepeats(kind: RepeatKind): readonly RepeatPair[] {
    const pairs = this.current[kind];
    this.current[kind] = NONE;
    return pairs;
  }
}

/**
 * Two independent 32-bit hashes of text[start, end), optionally folding letters to lower case so that
 * 'Anna@X.com' and 'anna@x.com' collide on purpose. Kept as two fields: nothing is allocated per row.
 */
class Hash64 {
  low = 0;
  high = 0;

  of(text: string, start: number, end: number, foldCase: boolean): void {
    let h1 = 0x811c9dc5;
    let h2 = 0x41c6ce57;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (foldCase) {
        if (c - 65 >>> 0 < 26) c += 32;
        else if (c > 127) c = text[i].toLowerCase().charCodeAt(0);
      }
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = ((h2 << 5) - h2 + c) | 0;
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
    h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
    h1 ^= h1 >>> 16;
    h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
    h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
    this.low = h1 | 0;
    this.high = (h2 ^ (h2 >>> 16)) | 0;
  }
}

/** First occurrences of 64-bit hashes: an open-addressing table in typed arrays, no string per row. */
class FirstSeenMap {
  private slots = new Int32Array(1 << 8).fill(EMPTY);
  private readonly hashLow = new GrowableInt32(128);
  private readonly hashHigh = new GrowableInt32(128);
  private readonly starts = new GrowableInt32(128);
  private readonly ends = new GrowableInt32(128);

  /** Id of the entry with this hash, or -1 after adding it with the offsets of its cell or row. */
  lookupOrAdd(hash: Hash64, start: number, end: number): number {
    const { low, high } = hash;
    if (this.hashLow.length * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let slot = low & mask;
    for (;;) {
      const id = this.slots[slot];
      if (id === EMPTY) break;
      if (this.hashLow.data[id] === low && this.hashHigh.data[id] === high) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.hashLow.length;
    this.slots[slot] = id;
    this.hashLow.push(low);
    this.hashHigh.push(high);
    this.starts.push(start);
    this.ends.push(end);
    return -1;
  }

  startOf(id: number): number {
    return this.starts.data[id];
  }

  endOf(id: number): number {
    return this.ends.data[id];
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < this.hashLow.length; id++) {
      let slot = this.hashLow.data[id] & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}
