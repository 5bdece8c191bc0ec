// The records of an export, whether read from CSV text (the linter's own reader) or from a worksheet.
import { readCsv } from '../lint/reader/readCsv';
import type { Table } from '../lint/reader/table';
import { detectDelimiter, type Delimiter } from '../lint/reader/detectDelimiter';

/** Lines looked at to choose the separator: a line above the header (`#TYPE ...`, `version:v1.0`) must not decide it. */
const DELIMITER_SAMPLE_LINES = 10;

/** The separator most used outside quotes over the first lines, each line counted by its own most used one. */
export function exportDelimiter(text: string): Delimiter {
  const votes = new Map<Delimiter, number>();
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let line = 0; line < DELIMITER_SAMPLE_LINES && start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const lineText = text.slice(start, end < 0 ? text.length : end);
    const delimiter = detectDelimiter(lineText);
    const count = lineText.split(delimiter).length - 1;
    votes.set(delimiter, (votes.get(delimiter) ?? 0) + count);
    if (end < 0) break;
    start = end + 1;
  }
  let best: Delimiter = ',';
  for (const [delimiter, count] of votes) if (count > (votes.get(best) ?? 0)) best = delimiter;
  return best;
}

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
    const { table } = readCsv(text, exportDelimiter(text));
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
