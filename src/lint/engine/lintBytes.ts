import type { LintOptions, LintResult } from '../types';
import { lintText } from './lintText';

/** Decodes bytes: invalid UTF-8 -> one CG001 problem (first bad line) and lints the lossy text. */
export function lintBytes(bytes: Uint8Array, options: LintOptions = {}): LintResult & { text: string } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { ...lintText(text, options), text };
}
