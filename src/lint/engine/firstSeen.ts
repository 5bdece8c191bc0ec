import { GrowableInt32 } from '../reader/growable';

const EMPTY = -1;

/**
 * Remembers the first occurrence of each key without keeping the key (streaming): an open-addressing
 * table of 64-bit hashes in typed arrays, no string per row. The earlier text is gone, so a 64-bit
 * match is taken as equality (with a million rows, a false duplicate about once in 10^8 files).
 */
export class FirstSeenMap {
  private slots = new Int32Array(1 << 8).fill(EMPTY);
  private readonly hashLow = new GrowableInt32(128);
  private readonly hashHigh = new GrowableInt32(128);
  private readonly starts = new GrowableInt32(128);
  private readonly ends = new GrowableInt32(128);

  /** Id of the entry with this 64-bit hash, or -1 after adding it with the offsets of its cell or record. */
  lookupOrAdd(low: number, high: number, start: number, end: number): number {
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

let lastHigh = 0;

/**
 * Two independent 32-bit hashes of text[start, end), optionally folding letters to lower case (per
 * character) so that 'Anna@X.com' and 'anna@x.com' collide on purpose. Returns the first; hashHigh()
 * returns the second (no tuple, so nothing is allocated per row).
 */
export function hashString(text: string, start: number, end: number, foldCase: boolean): number {
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
  lastHigh = (h2 ^ (h2 >>> 16)) | 0;
  return h1 | 0;
}

/**
 * 32-bit FNV-1a hash of text[start, end) for the in-memory index, where every match is confirmed
 * against the text, so 32 bits suffice and half the work per character.
 */
export function hash32(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return finish32(h);
}

/**
 * hash32 ignoring case: ASCII characters with bit 5 set (lower-cases letters; merges a few
 * punctuation pairs, harmless since matches are confirmed), anything else via toLowerCase. The
 * branch-free ASCII loop is the hot path; a non-ASCII character sends the value to the slow path.
 */
export function hash32IgnoringCase(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return hashLowerCased(text.slice(start, end).toLowerCase());
    h = Math.imul(h ^ (c | 32), 0x01000193);
  }
  return finish32(h);
}

function hashLowerCased(lower: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    h = Math.imul(h ^ (c < 128 ? c | 32 : c), 0x01000193);
  }
  return finish32(h);
}

function finish32(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}

/** The second hash of the last hashString call. */
export function hashHigh(): number {
  return lastHigh;
}
