import { detectDelimiter, type Delimiter } from './detectDelimiter';
import { LineIndex } from './lineIndex';
import { Scanner } from './scanner';
import { Table } from './table';

export interface ReadCsvResult {
  table: Table;
  lines: LineIndex;
  hasBom: boolean;
}

/** Reads a whole text at once (a UTF-8 BOM is skipped; the delimiter is detected unless given). */
export function readCsv(text: string, delimiter?: Delimiter): ReadCsvResult {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const start = hasBom ? 1 : 0;
  const table = new Table(delimiter ?? detectDelimiter(text, start), text.length);
  table.clear(text, 0, 0);
  const lines = new LineIndex();
  new Scanner(table, lines, start).scan(Infinity, true);
  return { table, lines, hasBom };
}

/** The decoded values, record by record (for tests and conversions). */
export function tableRecords(table: Table): string[][] {
  const records: string[][] = [];
  for (let r = 0; r < table.recordCount; r++) {
    const first = table.recordFirstCell.data[r];
    const cells: string[] = [];
    for (let c = 0; c < table.cellsIn(r); c++) cells.push(table.value(first + c));
    records.push(cells);
  }
  return records;
}
