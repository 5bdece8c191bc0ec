// What a lint is asked to do. Kept apart from types.ts, which imports nothing: a baseline
// (src/lint/baseline) is built on those types.
import type { Baseline } from './baseline/baseline';
import type { WriterId } from './encoding/writers';
import type { CyberGuruConfig } from './types';

export interface LintOptions {
  /** Parsed `.cyberguru.json` (defaults when absent). */
  config?: CyberGuruConfig;
  /** Stop collecting after N problems (`LintResult.truncated` counts the rest). */
  maxProblems?: number;
  /**
   * The text was decoded by someone else (the editor: VS Code), so bytes that were not UTF-8 already
   * show as U+FFFD: CG001 then reports the first one.
   */
  decodedWithReplacements?: boolean;
  /** The encoding the text was decoded from, when not UTF-8 (the editor knows it): CG001 names it. */
  sourceEncoding?: { label: string; writer: WriterId | undefined };
  /** The users the platform already has, read by the caller (enables the CG5xx rules). */
  baseline?: Baseline;
}
