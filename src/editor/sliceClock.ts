// Measures the extension host's synchronous blocks while a lint runs: each block lasts from a resume
// (start, or return from an await) to the next pause (an await). Used for the on-type budget
// (no block over 50 ms) and reported to tests through an internal command. No `vscode` import.
import { performance } from 'node:perf_hooks';

export class SliceClock {
  private sliceStart = performance.now();
  busyMs = 0;
  longestBlockMs = 0;
  blocks = 0;

  resume(): void {
    this.sliceStart = performance.now();
  }

  pause(): void {
    const elapsed = performance.now() - this.sliceStart;
    this.busyMs += elapsed;
    this.blocks++;
    if (elapsed > this.longestBlockMs) this.longestBlockMs = elapsed;
  }

  /** Awaits `work` without counting the time spent waiting on it. */
  async outside<T>(work: Promise<T>): Promise<T> {
    this.pause();
    try {
      return await work;
    } finally {
      this.resume();
    }
  }

  /** A yieldControl for lintTextAsync: lets the host run other work between engine slices. */
  readonly yieldToHost = async (): Promise<void> => {
    this.pause();
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.resume();
  };
}
