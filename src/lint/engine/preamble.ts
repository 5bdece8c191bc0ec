// Lines above the real header (Entra's bulk-create `version:v1.0`) are skipped, not read as the
// header; the engine remembers them so CG106 can report them. The evidence is columns/headerRow.ts.
import { isPreambleLike, MAX_PREAMBLE_RECORDS, recognizedCount } from '../columns/headerRow';
import type { Table } from '../reader/table';

/** A skipped line: offsets of its text and of the next record (where deleting it ends). */
export interface PreambleLine {
  start: number;
  end: number;
  next: number;
}

export function recordValues(table: Table, local: number): string[] {
  const first = table.recordFirstCell.data[local];
  const values: string[] = [];
  for (let c = 0; c < table.cellsIn(local); c++) values.push(table.value(first + c));
  return values;
}

/** The values of a record that has at most one non-blank value, or undefined (stops at the second). */
function fewValues(table: Table, local: number): string[] | undefined {
  const first = table.recordFirstCell.data[local];
  const values: string[] = [];
  for (let c = 0; c < table.cellsIn(local); c++) {
    const value = table.value(first + c);
    if (value.trim() === '') continue;
    if (values.length === 1) return undefined;
    values.push(value);
  }
  return values;
}

/**
 * Whether record `local` (before any header, `skipped` lines already skipped) is a preamble line: it
 * looks like one and the next line that does not is already read and names at least two fields.
 */
export function isPreambleRecord(table: Table, local: number, skipped: number): boolean {
  if (skipped >= MAX_PREAMBLE_RECORDS) return false;
  const values = fewValues(table, local);
  if (!values || !isPreambleLike(values)) return false;
  for (let next = local + 1; next < table.recordCount && next <= local + MAX_PREAMBLE_RECORDS - skipped; next++) {
    const few = fewValues(table, next);
    if (!few || !isPreambleLike(few)) return recognizedCount(few ?? recordValues(table, next)) >= 2;
  }
  return false;
}

/** Whether a record looks like a preamble line, without looking ahead (the part side reads on while it does). */
export function isPreambleAhead(table: Table, local: number): boolean {
  const values = fewValues(table, local);
  return values !== undefined && isPreambleLike(values);
}
