import type { Row } from '../api/rule';
import { mapColumns, type ColumnMap } from '../columns/mapColumns';
import { detectDelimiter } from '../reader/detectDelimiter';
import { LineIndex } from '../reader/lineIndex';
import { Scanner } from '../reader/scanner';
import { Table } from '../reader/table';
import type { CyberGuruConfig } from '../types';
import { TableRow } from './rows';

/**
 * Reads a user list record by record, in steps the caller paces (the sidebar reads in time slices of
 * its own), with the header mapped exactly as the linter maps it (BOM, delimiter, aliases,
 * `.cyberguru.json`). Only the current step's records are kept: memory follows the step, not the file.
 */
export class UserListReader {
  /** The header's mapping (no columns when the text is empty). */
  readonly columns: ColumnMap;
  private readonly table: Table;
  private readonly lines = new LineIndex();
  private readonly scanner: Scanner;
  private readonly row = new TableRow(this.lines);
  private records = 0;

  constructor(
    private readonly text: string,
    config: CyberGuruConfig,
  ) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.table = new Table(detectDelimiter(text, start));
    this.table.clear(text, 0, 0);
    this.scanner = new Scanner(this.table, this.lines, start);
    const cells = [];
    if (this.scanner.scan(1, true) === 1) {
      this.records = 1;
      this.row.moveTo(this.table, 0, []);
      for (let c = 0; c < this.row.cellCount; c++) cells.push({ header: this.row.value(c), range: this.row.cellRange(c) });
    }
    this.columns = mapColumns(cells, config);
  }

  get atEnd(): boolean {
    return this.scanner.atEnd;
  }

  /** Reads up to `count` data records, calling `visit` with each (the row is reused: do not keep it) and the line it starts on. */
  read(count: number, visit: (row: Row, line: number) => void): number {
    const table = this.table;
    table.clear(this.text, 0, this.records);
    const read = this.scanner.scan(count, true);
    this.records += read;
    for (let r = 0; r < read; r++) {
      this.row.moveTo(table, r, []);
      visit(this.row, this.lines.lineOf(table.recordStart.data[r]));
    }
    return read;
  }
}
