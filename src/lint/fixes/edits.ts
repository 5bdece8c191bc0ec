import type { Problem, TextEdit } from '../types';

/** Safe fixes of the given problems (optionally only some codes), non-overlapping, sorted by start. */
export function collectSafeEdits(_problems: Problem[], _codes?: string[]): TextEdit[] {
  return [];
}

/** Applies non-overlapping edits (later ones that overlap are skipped). */
export function applyEdits(text: string, _edits: TextEdit[]): { text: string; applied: number; skipped: number } {
  return { text, applied: 0, skipped: 0 };
}
