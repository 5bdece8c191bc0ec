import type { Problem, TextEdit } from '../types';

function byStart(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

function overlaps(previous: TextEdit | undefined, next: TextEdit): boolean {
  if (!previous) return false;
  // Two insertions at the same point, or an edit starting inside the previous one, would interact.
  return next.start < previous.end || (next.start === previous.start && next.start === previous.end);
}

/**
 * The safe fixes of the given problems (optionally only some codes), sorted and non-overlapping: when
 * two overlap, the first one wins and the other is left for the next pass. Username fixes are never
 * safe, so never included.
 */
export function collectSafeEdits(problems: Problem[], codes?: string[]): TextEdit[] {
  const wanted = codes ? new Set(codes) : undefined;
  const candidates: TextEdit[][] = [];
  for (const problem of problems) {
    if (wanted && !wanted.has(problem.code)) continue;
    const fix = problem.fixes.find((f) => f.safe && f.preferred) ?? problem.fixes.find((f) => f.safe);
    if (fix && fix.edits.length) candidates.push([...fix.edits].sort(byStart));
  }
  candidates.sort((a, b) => byStart(a[0], b[0]));
  const chosen: TextEdit[] = [];
  for (const edits of candidates) {
    // A fix with several edits is taken whole or not at all.
    if (edits.some((edit) => conflictsWithChosen(chosen, edit)) || edits.some((edit, i) => overlaps(edits[i - 1], edit))) continue;
    for (const edit of edits) chosen.splice(insertionIndex(chosen, edit), 0, edit);
  }
  return chosen;
}

/** Where an edit goes in the sorted list. */
function insertionIndex(sorted: TextEdit[], edit: TextEdit): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byStart(sorted[mid], edit) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function conflictsWithChosen(sorted: TextEdit[], edit: TextEdit): boolean {
  const i = insertionIndex(sorted, edit);
  return overlaps(sorted[i - 1], edit) || (i < sorted.length && overlaps(edit, sorted[i]));
}

/** Applies non-overlapping edits in offset order (later ones that overlap an applied one are skipped). */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: number; skipped: number } {
  const sorted = [...edits].sort(byStart);
  const parts: string[] = [];
  let cursor = 0;
  let applied = 0;
  let skipped = 0;
  let previous: TextEdit | undefined;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length || overlaps(previous, edit)) {
      skipped++;
      continue;
    }
    parts.push(text.slice(cursor, edit.start), edit.newText);
    cursor = edit.end;
    previous = edit;
    applied++;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied, skipped };
}
