// Long loops over 100,000 users in slices of a few milliseconds, yielding to the event loop between
// them, so the extension host is never blocked for long (budget: 50 ms). No `vscode`.
import { performance } from 'node:perf_hooks';

/** Default slice: well under the 50 ms budget, long enough that yielding costs little. */
export const SLICE_MS = 8;

export class Slicer {
  private started = performance.now();
  /** Longest time between two yields, in ms (benchmarks read it). */
  longestSliceMs = 0;

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** Yields to the event loop when the current slice has run `sliceMs`; cheap to call often. */
  async step(): Promise<void> {
    const elapsed = performance.now() - this.started;
    if (elapsed < this.sliceMs) return;
    await this.yieldNow();
  }

  async yieldNow(): Promise<void> {
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - this.started);
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.started = performance.now();
  }

  /** Runs `body(i)` for i in [0, n), checking the clock every `every` iterations. */
  async loop(n: number, body: (i: number) => void, every = 2048): Promise<void> {
    for (let start = 0; start < n; start += every) {
      const end = Math.min(n, start + every);
      for (let i = start; i < end; i++) body(i);
      await this.step();
    }
  }
}
