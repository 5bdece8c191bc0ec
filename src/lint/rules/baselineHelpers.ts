// Shared by the baseline rules (CG501-CG503): the baseline's short name for messages, and the header
// range for file-level findings.
import type { Range } from '../types';
import type { RuleContext } from './rule';

/** The baseline's file name, from a path or a URI. */
export function baselineName(source: string): string {
  const last = source.split(/[\\/]/).pop() ?? source;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The header row, where file-level findings go; undefined for a file without a header. */
export function headerRange(ctx: RuleContext): Range | undefined {
  const columns = ctx.columns.columns;
  if (!ctx.header || columns.length === 0) return undefined;
  return { start: columns[0].range.start, end: columns[columns.length - 1].range.end };
}
