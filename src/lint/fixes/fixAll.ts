import { lintText } from '../engine/lintText';
import type { LintOptions } from '../types';
import { applyEdits, collectSafeEdits } from './edits';

/** Fix passes before giving up: each pass fixes what the previous one left because edits overlapped. */
const MAX_PASSES = 8;

/** Lints, applies all safe fixes, re-lints until stable (bounded passes). */
export function fixAll(text: string, options: LintOptions = {}): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = collectSafeEdits(lintText(current, { config: options.config }).problems);
    if (edits.length === 0) break;
    const result = applyEdits(current, edits);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
  }
  return { text: current, applied };
}
