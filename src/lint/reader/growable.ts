// Typed arrays that grow by doubling: the reader keeps offsets here instead of one object per cell.

/** A copy of `values` with `delta` added to each (cell and record numbers moved between tables). */
export function shiftedCopy(values: Int32Array, delta: number): Int32Array {
  const out = values.slice();
  for (let i = 0; i < out.length; i++) out[i] += delta;
  return out;
}

export class GrowableInt32 {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(this.data.length * 2);
    this.data[this.length++] = value;
  }

  /** Appends every value of `values`. */
  append(values: Int32Array): void {
    this.reserve(this.length + values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }

  /** Room for at least `capacity` values (at least doubling when it grows). */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Int32Array(Math.max(capacity, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}

export class GrowableUint8 {
  data: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint8Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(this.data.length * 2);
    this.data[this.length++] = value;
  }

  /** Appends every value of `values`. */
  append(values: Uint8Array): void {
    this.reserve(this.length + values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }

  /** As GrowableInt32's: at least `capacity`, and at least double when it grows. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Uint8Array(Math.max(capacity, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}
