import type { Position, Problem, Range } from '../types';

/**
 * Engine columns count a BOM as a character of line 1; editors and other tools do not show it. For
 * output meant for people and tools, shift line-1 columns of a file with a BOM back by one.
 */
export function withoutBomColumn(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, range: shift(p.range), related: p.related.map((r) => ({ ...r, range: shift(r.range) })) }));
}

function shift(range: Range): Range {
  return { start: shiftPosition(range.start), end: shiftPosition(range.end) };
}

function shiftPosition(position: Position): Position {
  return position.line === 0 ? { ...position, column: Math.max(0, position.column - 1) } : position;
}
