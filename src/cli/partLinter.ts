import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { PendingPart } from '../lint/engine/lintPart';
import type { LintPart } from '../lint/engine/partData';
import type { CyberGuruConfig } from '../lint/types';
import type { PartRequest } from './lintPartWorker';

/**
 * A second thread that lints the second part of a large file. Started before the file is read, so
 * its start-up overlaps the read; any failure of the thread just means the main thread reads on.
 */
export class PartLinter implements PendingPart {
  private readonly worker: Worker;
  private readonly result: Promise<LintPart | undefined>;

  constructor() {
    // Next to this module: dist/ in the bundle, out/src/cli/ in the unit tests.
    // The caller cancels it on every path (see lintWhole), so it never outlives its use.
    // Required here, not imported: a one-thread lint (every file on a machine with fewer than four
    // cores) then never loads the worker module at start-up.
    const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
    this.worker = new WorkerThread(join(__dirname, 'lintPartWorker.js'));
    this.result = new Promise((resolve) => {
      this.worker.once('message', (part: LintPart) => resolve(part));
      this.worker.once('error', () => resolve(undefined));
      this.worker.once('exit', () => resolve(undefined));
    });
  }

  start(request: PartRequest): void {
    this.worker.postMessage(request);
  }

  take(): Promise<LintPart | undefined> {
    return this.result;
  }

  /** Not needed, or no longer: stops the thread (nothing happens if it has already ended). */
  cancel(): void {
    void this.worker.terminate();
  }
}
