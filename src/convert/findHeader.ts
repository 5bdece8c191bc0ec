import { recogniseHeader } from './recogniseHeaders';
import type { SourceRows } from './sourceRows';

/** Lines above the real header that exports write (`version:v1.0` in Entra's bulk-create file) are looked past within this many records. */
const HEADER_SEARCH_RECORDS = 20;
const MIN_RECOGNISED_HEADERS = 2;

/**
 * The record that holds the header: the first of the first records with at least two recognised
 * column names, else the first record that is not blank. -1 when every record is blank.
 */
export function findHeaderRecord(rows: SourceRows): number {
  let firstNonBlank = -1;
  const limit = Math.min(rows.recordCount, HEADER_SEARCH_RECORDS);
  for (let r = 0; r < limit; r++) {
    if (rows.isBlank(r)) continue;
    if (firstNonBlank < 0) firstNonBlank = r;
    let recognised = 0;
    for (let c = 0; c < rows.cellCount(r); c++) if (recogniseHeader(rows.value(r, c)).field) recognised++;
    if (recognised >= MIN_RECOGNISED_HEADERS) return r;
  }
  return firstNonBlank;
}
