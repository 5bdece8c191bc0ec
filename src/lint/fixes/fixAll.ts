// Fix-all, the one algorithm the CLI's `--fix` and the editor's fix-all share: apply every safe fix
// (the first of two overlapping ones wins), lint the result, repeat until nothing is left to fix or the
// passes run out. A fix can reveal another (a trimmed cell that still has a wrong code), hence passes.
import { lintText } from '../engine/lintText';
import type { Problem, TextEdit } from '../types';
import type { LintOptions } from '../lintOptions';
import { composeEdits } from './composeEdits';
import { applyEdits, collectSafeEdits } from './edits';

/** Passes before giving up: each fixes what the previous one left because edits overlapped. */
export const FIX_ALL_MAX_PASSES = 10;

export interface FixAllOptions extends LintOptions {
  /** Which problems may be fixed (default: all; the editor leaves out the file-format rules, or keeps one code). */
  select?: (problem: Problem) => boolean;
  /** The problems of the text, when already known (complete, not truncated). */
  problems?: Problem[];
}

export interface FixAllResult {
  /** The text after all passes. */
  text: string;
  /** Edits applied, over all passes. */
  applied: number;
  /** Edits of the original text giving `text` (sorted, non-overlapping): what the editor applies. */
  edits: TextEdit[];
  passes: number;
}

/** The passes as a generator: it yields each text to lint and takes its problems, so the lint can be sync or async. */
function* fixAllPasses(text: string, options: FixAllOptions): Generator<string, FixAllResult, Problem[]> {
  let current = text;
  let composed: TextEdit[] = [];
  let applied = 0;
  let passes = 0;
  let problems = options.problems ?? (yield current);
  while (passes < FIX_ALL_MAX_PASSES) {
    const edits = collectSafeEdits(options.select ? problems.filter(options.select) : problems);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next.applied === 0 || next.text === current) break;
    composed = passes === 0 ? edits : composeEdits(composed, current, edits);
    current = next.text;
    applied += next.applied;
    passes++;
    if (passes < FIX_ALL_MAX_PASSES) problems = yield current;
  }
  return { text: current, applied, edits: composed, passes };
}

/** Lints, applies all safe fixes, re-lints until stable (bounded passes). */
export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  const passes = fixAllPasses(text, options);
  let step = passes.next();
  while (!step.done) step = passes.next(lintText(step.value, { config: options.config }).problems);
  return step.value;
}

/** fixAll with an asynchronous lint (the editor's, which yields to the host between slices). */
export async function fixAllAsync(text: string, lint: (text: string) => Promise<Problem[]>, options: FixAllOptions = {}): Promise<FixAllResult> {
  const passes = fixAllPasses(text, options);
  let step = passes.next();
  while (!step.done) step = passes.next(await lint(step.value));
  return step.value;
}
