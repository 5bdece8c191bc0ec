import type { Position } from '../types';
import { GrowableInt32 } from './growable';

/**
 * Offsets where lines start. A line ends at CRLF, LF or a lone CR (as in VS Code), also inside
 * quoted fields. Filled by the scanner as it goes, so positions cost one binary search.
 */
export class LineIndex {
  private readonly starts = new GrowableInt32(256);

  constructor() {
    this.starts.push(0);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Room for `count` line starts, so a large text's index is allocated once instead of doubling. */
  reserve(count: number): void {
    this.starts.reserve(count);
  }

  /** Records that a line starts at `offset` (calls arrive in increasing offset order). */
  addLineStart(offset: number): void {
    this.starts.push(offset);
  }

  /** The line found last: problems are mostly reported row after row, so the next is usually on it or just after. */
  private lastLine = 0;

  lineOf(offset: number): number {
    const starts = this.starts.data;
    const count = this.starts.length;
    const last = this.lastLine;
    if (last < count && starts[last] <= offset) {
      if (last + 1 === count || offset < starts[last + 1]) return last;
      if (last + 2 === count || offset < starts[last + 2]) return (this.lastLine = last + 1);
    }
    this.lastLine = this.search(offset);
    return this.lastLine;
  }

  private search(offset: number): number {
    const starts = this.starts.data;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A range's two positions, with one search when both are on the same line (the usual case). */
  rangeOf(start: number, end: number): { start: Position; end: Position } {
    const line = this.lineOf(start);
    const lineStart = this.starts.data[line];
    const startPosition = { line, column: start - lineStart, offset: start };
    // An empty range (an empty cell) has one position for both ends: positions are never changed in place.
    if (end === start) return { start: startPosition, end: startPosition };
    const next = line + 1 < this.starts.length ? this.starts.data[line + 1] : Infinity;
    if (end < next) return { start: startPosition, end: { line, column: end - lineStart, offset: end } };
    return { start: startPosition, end: this.positionAt(end) };
  }

  positionAt(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts.data[line], offset };
  }

  /** Forgets line starts recorded after the first `lineCount` (the scanner re-reads a record). */
  truncate(lineCount: number): void {
    this.starts.length = Math.max(1, lineCount);
  }

  /** Forgets every line and starts counting again from a line that starts at `offset` (a part of a file, see lintPart.ts). */
  restartAt(offset: number): void {
    this.starts.length = 1;
    this.starts.data[0] = offset;
  }

  /** Line starts after the first, as a compact array. */
  startsAfterFirst(): Int32Array {
    return this.starts.data.slice(1, this.starts.length);
  }

  /** Appends line starts found after this index's last one. */
  appendLineStarts(starts: Int32Array): void {
    this.starts.append(starts);
  }

  lineStart(line: number): number {
    return this.starts.data[line];
  }
}
