/**
 * An open-addressing set of (32-bit hash, id) pairs, interleaved in one typed array so a lookup
 * touches one cache line, for finding the first earlier cell or record with the same key. The caller
 * confirms a hash match with `same`, so the answer is exact; no string and no object is kept per row.
 * Ids are stored plus one, so a fresh (zeroed) array is an empty set.
 */
export class HashIdSet {
  /** slot * 2: hash, slot * 2 + 1: id + 1 (0 when free). */
  private entries: Int32Array;
  private count = 0;

  /** expected: about how many entries will be added (sizes the table once instead of growing it). */
  constructor(expected = 64) {
    let slots = 256;
    while (slots < expected * 2 && slots < 1 << 24) slots *= 2;
    this.entries = new Int32Array(slots * 2);
  }

  /** The id of an earlier entry with this hash that `same` accepts; otherwise adds `id` and returns -1. */
  findOrAdd(hash: number, id: number, same: (earlierId: number) => boolean): number {
    if (this.count * 4 >= this.entries.length) this.grow();
    const entries = this.entries;
    const mask = (entries.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const earlier = entries[slot * 2 + 1] - 1;
      if (earlier < 0) break;
      if (entries[slot * 2] === hash && same(earlier)) return earlier;
      slot = (slot + 1) & mask;
    }
    entries[slot * 2] = hash;
    entries[slot * 2 + 1] = id + 1;
    this.count++;
    return -1;
  }

  private grow(): void {
    const old = this.entries;
    const entries = new Int32Array(old.length * 2);
    const mask = (entries.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i] & mask;
      while (entries[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      entries[slot * 2] = old[i];
      entries[slot * 2 + 1] = old[i + 1];
    }
    this.entries = entries;
  }
}
