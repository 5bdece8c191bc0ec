import { GrowableInt32 } from '../reader/growable';

/**
 * Keys (32-bit hashes with an id) collected in file order and resolved once at the end by sorting.
 * Writing them in order and sorting touches memory sequentially, where a hash table costs one
 * random, cache-missing probe per row: on a large list that is most of the duplicate check.
 */
export class DeferredKeys {
  private readonly hashes = new GrowableInt32(1024);
  readonly ids = new GrowableInt32(1024);

  get count(): number {
    return this.ids.length;
  }

  add(hash: number, id: number): void {
    this.hashes.push(hash);
    this.ids.push(id);
  }

  /**
   * For each entry, the index of the first earlier entry with an equal key, or -1. Entries with equal
   * hashes are confirmed with `same` (ids of the two entries), so the answer is exact.
   */
  resolve(same: (earlierId: number, id: number) => boolean): Int32Array {
    this.sort();
    return this.group(same);
  }

  private order: Int32Array | undefined;

  /** First half of resolve (so a time-sliced lint can yield between the halves). */
  sort(): void {
    this.order ??= sortByHash(this.hashes.data, this.ids.length);
  }

  /** Second half of resolve: needs sort() first. */
  group(same: (earlierId: number, id: number) => boolean): Int32Array {
    const n = this.ids.length;
    const earlier = new Int32Array(n).fill(-1);
    this.sort();
    const order = this.order!;
    const hashes = this.hashes.data;
    const ids = this.ids.data;
    const representatives: number[] = [];
    for (let i = 0; i < n; ) {
      let j = i + 1;
      while (j < n && hashes[order[j]] === hashes[order[i]]) j++;
      if (j - i > 1) {
        // One group of equal hashes, in file order (the sort is stable): usually copies of one value.
        representatives.length = 0;
        for (let k = i; k < j; k++) {
          const entry = order[k];
          const match = representatives.find((r) => same(ids[r], ids[entry]));
          if (match === undefined) representatives.push(entry);
          else earlier[entry] = match;
        }
      }
      i = j;
    }
    return earlier;
  }
}

/** Entries up to this many are sorted natively: (hash, index) packed exactly into a double. */
const PACKED_LIMIT = 1 << 21;

/**
 * Entry indexes ordered by unsigned hash, stable. Usually one native sort of (hash * 2^21 + index)
 * doubles, which needs no warm-up (the CLI lints once per process); a radix sort beyond 2^21 entries.
 */
function sortByHash(hashes: Int32Array, n: number): Int32Array {
  if (n > PACKED_LIMIT) return radixSortByHash(hashes, n);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (hashes[i] >>> 0) * PACKED_LIMIT + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i] % PACKED_LIMIT;
  return order;
}

/** LSD radix sort, two 16-bit passes (stable). */
export function radixSortByHash(hashes: Int32Array, n: number): Int32Array {
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  for (const shift of [0, 16]) {
    const counts = new Int32Array(65537);
    for (let i = 0; i < n; i++) counts[((hashes[i] >>> shift) & 0xffff) + 1]++;
    for (let b = 0; b < 65536; b++) counts[b + 1] += counts[b];
    for (let i = 0; i < n; i++) {
      const entry = order[i];
      next[counts[(hashes[entry] >>> shift) & 0xffff]++] = entry;
    }
    [order, next] = [next, order];
  }
  return order;
}
