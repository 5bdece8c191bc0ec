// Fix-all as the engine defines it (apply every safe fix, re-lint, repeat until stable), expressed as
// edits of the text the user has, so the editor can apply one minimal versioned edit. No `vscode`.
import { collectSafeEdits, type Problem, type TextEdit } from '../lint';
import { composeEdits } from './editComposition';

const MAX_PASSES = 10;

/**
 * Drops edits that overlap an earlier one (and a second insertion at the same point, whose order would
 * be ambiguous), so every edit of a pass is applied exactly as composeEdits assumes.
 */
function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && (edit.start < previous.end || (edit.start === previous.start && edit.start === edit.end))) continue;
    kept.push(edit);
  }
  return kept;
}

/** Applies sorted, non-overlapping edits. */
function applySorted(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

export interface FixAllPlan {
  /** Edits of the original text (sorted, non-overlapping). */
  edits: TextEdit[];
  /** The text after all passes. */
  fixedText: string;
  passes: number;
}

/**
 * @param firstProblems problems of `text` if already known (complete, not truncated), else undefined.
 * @param lint lints a text completely (no maxProblems).
 * @param selected which problems fix-all may fix (e.g. not the file-format rules, or only one code).
 */
export async function planFixAll(
  text: string,
  firstProblems: Problem[] | undefined,
  lint: (text: string) => Promise<Problem[]>,
  selected: (problem: Problem) => boolean,
): Promise<FixAllPlan> {
  let current = text;
  let composed: TextEdit[] = [];
  let problems = firstProblems ?? (await lint(text));
  let passes = 0;
  while (passes < MAX_PASSES) {
    const edits = nonOverlapping(collectSafeEdits(problems.filter(selected)));
    if (edits.length === 0) break;
    const next = applySorted(current, edits);
    if (next === current) break;
    composed = passes === 0 ? edits : composeEdits(composed, current, edits);
    current = next;
    passes++;
    problems = await lint(current);
  }
  return { edits: composed, fixedText: current, passes };
}
