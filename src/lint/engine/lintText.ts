import type { LintOptions, LintResult } from '../types';

export interface AsyncLintOptions extends LintOptions {
  signal?: AbortSignal;
  /** Work between two awaits of yieldControl, in ms (default 15). */
  sliceMs?: number;
  yieldControl: () => Promise<void>;
}

/** Lints a whole user-list text. */
export function lintText(_text: string, _options: LintOptions = {}): LintResult {
  return {
    problems: [],
    truncated: 0,
    delimiter: ',',
    lineEnding: '\n',
    hasBom: false,
    columns: [],
    userCount: 0,
    cellAt: () => undefined,
  };
}

/** Same result as lintText, yielding to the caller between slices of about sliceMs. */
export async function lintTextAsync(text: string, options: AsyncLintOptions): Promise<LintResult> {
  await options.yieldControl();
  return lintText(text, options);
}
