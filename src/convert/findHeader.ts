import { findHeaderRecord as headerAmong, MAX_PREAMBLE_RECORDS } from '../lint/columns';
import type { SourceRows } from './sourceRows';

/**
 * The record that holds the header, past the lines some exports write above it (Entra's
 * `version:v1.0`, PowerShell's `#TYPE`), as the linter finds it; leading blank records are skipped
 * first. -1 when every record is blank.
 */
export function findHeaderRecord(rows: SourceRows): number {
  let first = 0;
  while (first < rows.recordCount && rows.isBlank(first)) first++;
  if (first === rows.recordCount) return -1;
  const records: string[][] = [];
  for (let r = first; r < rows.recordCount && records.length <= MAX_PREAMBLE_RECORDS; r++) {
    const cells: string[] = [];
    for (let c = 0; c < rows.cellCount(r); c++) cells.push(rows.value(r, c));
    records.push(cells);
  }
  return first + headerAmong(records);
}
