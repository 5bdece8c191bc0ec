// The records of an export, whether read from CSV text (the linter's own reader) or from a worksheet.
import { readCsv } from '../lint/reader/readCsv';
import type { Table } from '../lint/reader/table';

export interface SourceRows {
  readonly recordCount: number;
  cellCount(record: number): number;
  /** The cell's decoded value, '' when the record has no such cell. */
  value(record: number, column: number): string;
  isBlank(record: number): boolean;
}

/** CSV text read by the linter's scanner: values are decoded on demand, only for the columns used. */
export class CsvRows implements SourceRows {
  private readonly table: Table;
  readonly delimiter: string;

  constructor(text: string) {
    const { table } = readCsv(text);
    this.table = table;
    this.delimiter = table.delimiter;
  }

  get recordCount(): number {
    return this.table.recordCount;
  }

  cellCount(record: number): number {
    return this.table.cellsIn(record);
  }

  value(record: number, column: number): string {
    if (column >= this.table.cellsIn(record)) return '';
    return this.table.value(this.table.recordFirstCell.data[record] + column);
  }

  isBlank(record: number): boolean {
    return this.table.isBlankRecord(record);
  }
}

export class ArrayRows implements SourceRows {
  constructor(private readonly rows: readonly (readonly string[])[]) {}

  get recordCount(): number {
    return this.rows.length;
  }

  cellCount(record: number): number {
    return this.rows[record].length;
  }

  value(record: number, column: number): string {
    return this.rows[record][column] ?? '';
  }

  isBlank(record: number): boolean {
    return this.rows[record].every((cell) => cell.trim() === '');
  }
}
