// Entry of the CLI's second lint thread (dist/lintPartWorker.js, only the engine): lints the part of a
// file it is sent and posts it back, its arrays transferred (see src/lint/engine/lintPart.ts).
import { parentPort } from 'node:worker_threads';
import { lintPart } from '../lint/engine/lintPart';
import { partBuffers } from '../lint/engine/partData';
import type { CyberGuruConfig } from '../lint/types';

export interface PartRequest {
  text: string;
  from: number;
  config: CyberGuruConfig;
}

parentPort?.once('message', ({ text, from, config }: PartRequest) => {
  const part = lintPart(text, from, { config });
  parentPort!.postMessage(part, partBuffers(part));
});
