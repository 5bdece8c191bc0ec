// Measures the extension host's synchronous blocks (wall and CPU time) while a lint runs: each block lasts from a resume
// (start, or return from an await) to the next pause (an await). Used for the on-type budget
// (no block over 50 ms) and reported to tests through an internal command. No `vscode` import.
import { performance } from 'node:perf_hooks';

export class SliceClock {
  private sliceStart = performance.now();
  private cpuStart = process.cpuUsage();
  busyMs = 0;
  /** CPU time of the host process in the same blocks: unlike wall time, not inflated when the machine is busy. */
  busyCpuMs = 0;
  longestBlockCpuMs = 0;
  longestBlockMs = 0;
  /** What the extension was doing in its longest block (for reports). */
  longestBlockPhase = '';
  blocks = 0;
  /** Names the work of the current block. */
  phase = 'start';

  /** Wall time of the current block so far. */
  elapsedMs(): number {
    return performance.now() - this.sliceStart;
  }

  /** CPU time of the current block so far. */
  elapsedCpuMs(): number {
    const cpu = process.cpuUsage(this.cpuStart);
    return (cpu.user + cpu.system) / 1000;
  }

  resume(): void {
    this.sliceStart = performance.now();
    this.cpuStart = process.cpuUsage();
  }

  pause(): void {
    const elapsed = performance.now() - this.sliceStart;
    const cpu = process.cpuUsage(this.cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    this.busyCpuMs += cpuMs;
    if (cpuMs > this.longestBlockCpuMs) this.longestBlockCpuMs = cpuMs;
    this.busyMs += elapsed;
    this.blocks++;
    if (elapsed > this.longestBlockMs) {
      this.longestBlockMs = elapsed;
      this.longestBlockPhase = this.phase;
    }
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

  /** Ends the current block and starts the next one under a new phase name. */
  async next(phase: string): Promise<void> {
    await this.yieldToHost();
    this.phase = phase;
  }
}
