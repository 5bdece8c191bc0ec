// Some exports put lines above the real header: Entra's bulk-create template starts with
// `version:v1.0` and empty cells. Such a line is found by evidence: it names no field and holds at most
// one value, and a line below it names at least two platform fields.
import { recognizeHeader } from './recognizeHeader';

/** Lines looked at for the real header: a preamble is a line or two, never a page. */
export const MAX_PREAMBLE_RECORDS = 4;

/** How many known things (fields, related values) a record's cells name. */
export function recognizedCount(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    const recognition = recognizeHeader(cell);
    if (recognition.field || recognition.related) count++;
  }
  return count;
}

/** A line that cannot be a header: at most one value, and that value names nothing. */
export function isPreambleLike(cells: readonly string[]): boolean {
  const values = cells.filter((c) => c.trim() !== '');
  return values.length <= 1 && recognizedCount(values) === 0;
}

/**
 * Index of the real header among the first records (cell values of each, in order): 0 unless the
 * first records are preamble-like and a later one names at least two fields.
 */
export function findHeaderRecord(records: readonly (readonly string[])[]): number {
  for (let i = 0; i < records.length && i <= MAX_PREAMBLE_RECORDS; i++) {
    if (!isPreambleLike(records[i])) return i > 0 && recognizedCount(records[i]) >= 2 ? i : 0;
  }
  return 0;
}
