import type { Position, Problem, Range } from './types';

/** The problem with every position (its range's and its related locations') mapped; new objects, as positions may be shared. */
export function withPositionsMapped(problem: Problem, map: (position: Position) => Position): Problem {
  const mapRange = (range: Range): Range => ({ start: map(range.start), end: map(range.end) });
  return { ...problem, range: mapRange(problem.range), related: problem.related.map((r) => ({ ...r, range: mapRange(r.range) })) };
}
