import { withPositionsMapped } from '../problemPositions';
import type { Position, Problem } from '../types';

/**
 * Engine columns count a BOM as a character of line 1; editors and other tools do not show it. For
 * output meant for people and tools, shift line-1 columns of a file with a BOM back by one.
 */
export function withoutBomColumn(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => withPositionsMapped(p, shiftPosition));
}

function shiftPosition(position: Position): Position {
  return position.line === 0 ? { ...position, column: Math.max(0, position.column - 1) } : position;
}
