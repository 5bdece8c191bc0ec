import type { LintResult } from '../types';
import type { LintOptions } from '../lintOptions';
import { TextLint } from './textLint';

export interface AsyncLintOptions extends LintOptions {
  signal?: AbortSignal;
  /** Work between two awaits of yieldControl, in ms (default 15). */
  sliceMs?: number;
  yieldControl: () => Promise<void>;
}

/** Lints a whole user-list text. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const run = new TextLint(options);
  run.begin(text);
  run.step();
  return run.result();
}

function abortError(): Error {
  const err = new Error('Lint cancelled');
  err.name = 'AbortError';
  return err;
}

/** Same result as lintText, awaiting yieldControl after about every sliceMs of work so a host thread stays responsive. */
export async function lintTextAsync(text: string, options: AsyncLintOptions): Promise<LintResult> {
  const sliceMs = options.sliceMs ?? 15;
  if (options.signal?.aborted) throw abortError();
  const run = new TextLint(options);
  run.begin(text);
  while (!run.step(performance.now() + sliceMs)) {
    await options.yieldControl();
    if (options.signal?.aborted) throw abortError();
  }
  return run.result();
}
