// Long loops over 100,000 users in slices of a few milliseconds, yielding to the event loop between
// them, so the extension host is never blocked for long (budget: 50 ms). No `vscode`.
import { performance } from 'node:perf_hooks';

/** Default slice: well under the 50 ms budget, long enough that yielding costs little. */
export const SLICE_MS = 8;

export class Slicer {
  private started = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** Yields to the event loop when the current slice has run `sliceMs`; cheap to call often. */
  async step(): Promise<void> {
    const elapsed = performance.now() - this.started;
    if (elapsed < this.sliceMs) return;
    await this.yieldNow();
  }

  async yieldNow(): Promise<void> {
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

/** `text.split('\n')` in slices (a 100,000-line split in one go blocks for tens of ms). */
export async function splitLines(text: string, slicer: Slicer): Promise<string[]> {
  const lines: string[] = [];
  if (text === '') return lines;
  let start = 0;
  while (true) {
    for (let n = 0; n < 2048; n++) {
      const end = text.indexOf('\n', start);
      if (end < 0) {
        lines.push(text.slice(start));
        return lines;
      }
      lines.push(text.slice(start, end));
      start = end + 1;
    }
    await slicer.step();
  }
}
