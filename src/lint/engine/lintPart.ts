import type { LintResult } from '../types';
import type { LintOptions } from '../lintOptions';
import { PartLint } from './textLint';
import { cutPartRecords, type LintPart } from './partData';

/**
 * One whole-text lint split in two (the CLI, on two threads): the records from a guessed record start
 * on are linted by lintPart elsewhere while lintTextWithPart lints the first part as usual, then adopts
 * the second part's records, problems and duplicate keys if its own reading confirms that a record
 * starts exactly there. If not (a quoted cell spans the guess) or the part fails, it reads on by
 * itself. Either way the result equals lintText's (test/unit/lint/lintPart.test.ts).
 */

/** Where a second part could start: just after the first line break at or after `fraction` of the text, or -1. */
export function partStart(text: string, fraction: number): number {
  const from = Math.floor(text.length * fraction);
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (lf < 0 && cr < 0) return -1;
  const at = cr >= 0 && (lf < 0 || cr < lf) ? cr + (text.charCodeAt(cr + 1) === 10 ? 2 : 1) : lf + 1;
  return at < text.length ? at : -1;
}

/** Lints the records of `text` from `from` on (read with the whole file's header); see PartLint.checkPartFrom. */
export function lintPart(text: string, from: number, options: LintOptions = {}): LintPart {
  const run = new PartLint(options);
  run.begin(text);
  const state = run.checkPartFrom(from);
  return {
    from,
    problems: state.problems,
    ...cutPartRecords(run.table, state),
    lineStarts: run.lines.startsAfterFirst(),
    userCount: state.userCount,
    duplicates: run.exactRepeats?.exportKeys(state.firstRecord),
  };
}

/** The second part, being linted elsewhere. */
export interface PendingPart {
  /** The part, or undefined if it could not be linted. */
  take(): Promise<LintPart | undefined>;
  /** Not needed after all. */
  cancel(): void;
}

/** lintText, with the records from `from` on linted elsewhere (see above). maxProblems is not supported. */
export async function lintTextWithPart(text: string, from: number, part: PendingPart, options: LintOptions = {}): Promise<LintResult> {
  const run = new PartLint({ ...options, maxProblems: undefined });
  run.begin(text);
  // A rule that counts across rows would see only this run's rows: such a lint is not split.
  if (run.splittable && run.stepUntil(from)) {
    const done = await part.take();
    if (done && done.from === from) run.adoptPart(done);
  } else part.cancel();
  run.step();
  return run.result();
}
