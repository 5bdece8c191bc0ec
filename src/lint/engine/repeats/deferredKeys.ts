import { GrowableInt32, shiftedCopy } from '../../reader/growable';

/**
 * Keys (32-bit hashes with an id) collected in file order and resolved once at the end, in one pass
 * over a table of first occurrences. Collecting while the file is read and resolving afterwards keeps
 * the table's random reads out of the record loop (where they would evict the text being read), and
 * one pass at the end is what the CLI, which runs it once before V8 optimizes it, can afford.
 */
export class DeferredKeys {
  private readonly hashes = new GrowableInt32(1024);
  readonly ids = new GrowableInt32(1024);

  get count(): number {
    return this.ids.length;
  }

  /** Room for `count` keys (allocated once instead of doubling). */
  reserve(count: number): void {
    this.hashes.reserve(count);
    this.ids.reserve(count);
  }

  add(hash: number, id: number): void {
    this.hashes.push(hash);
    this.ids.push(id);
  }

  /** The keys as compact arrays: hashes, and ids minus `idBase`. */
  export(idBase: number): { hashes: Int32Array; ids: Int32Array } {
    const n = this.ids.length;
    return { hashes: this.hashes.data.slice(0, n), ids: shiftedCopy(this.ids.data.subarray(0, n), -idBase) };
  }

  /** Adds keys exported by another instance, their ids plus `idShift` (before resolve). */
  addAll(hashes: Int32Array, ids: Int32Array, idShift: number): void {
    this.hashes.append(hashes);
    this.ids.append(shiftedCopy(ids, idShift));
  }

  /**
   * After resolve: the entries that repeat an earlier one, in entry order. Usually a few hundred of a
   * hundred thousand, so what follows walks these instead of every entry again.
   */
  repeats: Int32Array = new Int32Array(0);

  /**
   * For each entry, the index of the first earlier entry with an equal key, or -1. Entries with equal
   * hashes are confirmed with `same` (ids of the two entries), so the answer is exact.
   */
  resolve(same: (earlierId: number, id: number) => boolean): Int32Array {
    const n = this.ids.length;
    const earlier = new Int32Array(n).fill(-1);
    const hashes = this.hashes.data;
    const ids = this.ids.data;
    let bits = 10;
    while (1 << bits < n) bits++;
    const shift = 32 - bits;
    // Chains of first occurrences, one per bucket, built in entry order: the first occurrence of a
    // value is the one every later copy finds. The bucket is the top bits of the hash times an odd
    // constant (Fibonacci hashing), so it depends on all 32 bits of the hash.
    const head = new Int32Array(1 << bits).fill(-1);
    const repeats = linkFirstOccurrences(hashes, ids, n, same, head, shift, earlier);
    this.repeats = Int32Array.from(repeats);
    return earlier;
  }
}

/**
 * resolve's loop, in a function of its own that ends with it: V8 compiles a long loop while it runs,
 * and code after the loop in the same function has never run then, so the first statement after it
 * would make V8 drop the compiled loop, which the next resolve (usernames after e-mails) would then
 * run slowly again. Fills `earlier` and returns the entries that repeat an earlier one.
 */
function linkFirstOccurrences(
  hashes: Int32Array,
  ids: Int32Array,
  n: number,
  same: (earlierId: number, id: number) => boolean,
  head: Int32Array,
  shift: number,
  earlier: Int32Array,
): number[] {
  const next = new Int32Array(n);
  const repeats: number[] = [];
  for (let i = 0; i < n; i++) {
    const hash = hashes[i];
    const bucket = Math.imul(hash, 0x9e3779b1) >>> shift;
    let j = head[bucket];
    while (j >= 0 && (hashes[j] !== hash || !same(ids[j], ids[i]))) j = next[j];
    if (j >= 0) {
      earlier[i] = j;
      repeats.push(i);
    } else {
      next[i] = head[bucket];
      head[bucket] = i;
    }
  }
  return repeats;
}
