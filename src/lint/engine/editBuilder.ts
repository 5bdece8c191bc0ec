import type { EditBuilder, PreambleLine, Row } from '../api/rule';
import { MALFORMED, QUOTED, type Table } from '../reader/table';
import type { ColumnMap } from '../columns/mapColumns';
import type { TextEdit } from '../types';
import type { RowBounds } from './rows';

/** What the edits read of the file being linted. */
export interface EditSource {
  readonly delimiter: ',' | ';' | '\t';
  /** The header's mapping (which columns hold usernames). */
  readonly columns: ColumnMap;
  readonly streaming: boolean;
  /** The whole file's table (in memory; when streaming only the current chunk). */
  readonly table: Table;
  /** The header's record in the table (-1 before it is read). */
  readonly headerLocal: number;
}

/** A preamble line as the engine keeps it: the offsets behind the value rules see. */
interface PreambleBounds extends PreambleLine {
  readonly start: number;
  readonly next: number;
}

/** Turns the edits rules ask for into text edits, from the offsets the reader found. */
export class TableEdits implements EditBuilder {
  /** The edits made here that replace a username (a data row's cell in a username column). */
  private readonly usernameEdits = new WeakSet<TextEdit>();

  constructor(private readonly source: EditSource) {}

  /** True when the edit replaces a username (see Fix.changesUsername). */
  changesUsername(edit: TextEdit): boolean {
    return this.usernameEdits.has(edit);
  }

  replaceCell(row: Row, column: number, value: string): TextEdit {
    const bounds = row as RowBounds;
    // Emptying a record's only cell would leave a blank line, which readers skip: the record would be
    // lost. Two quotes keep it a record with one empty value.
    const onlyCellEmptied = value === '' && row.cellCount === 1;
    const needsQuotes = onlyCellEmptied || value.includes(this.source.delimiter) || /["\r\n]/.test(value);
    const newText = bounds.cellQuoted(column) || needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
    const edit = { start: bounds.cellStart(column), end: bounds.cellEnd(column), newText };
    if (row.index > 0 && this.source.columns.fieldColumns.username.includes(column)) this.usernameEdits.add(edit);
    return edit;
  }

  deleteRow(row: Row): TextEdit {
    const bounds = row as RowBounds;
    // With its line end; the last record may have none, and the line end before it then ends the file.
    return { start: bounds.rowStart(), end: bounds.rowNext(), newText: '' };
  }

  appendEmptyCells(row: Row, count: number): TextEdit {
    const end = (row as RowBounds).rowEnd();
    return { start: end, end, newText: this.source.delimiter.repeat(count) };
  }

  removeCellsFrom(row: Row, column: number): TextEdit {
    const bounds = row as RowBounds;
    return { start: bounds.cellEnd(column - 1), end: bounds.rowEnd(), newText: '' };
  }

  deletePreambleLine(line: PreambleLine): TextEdit {
    const bounds = line as PreambleBounds;
    return { start: bounds.start, end: bounds.next, newText: '' };
  }

  deleteColumn(column: number): TextEdit[] | undefined {
    const { table, streaming, headerLocal } = this.source;
    if (streaming) return undefined;
    const edits: TextEdit[] = [];
    for (let local = Math.max(headerLocal, 0); local < table.recordCount; local++) {
      const cells = table.cellsIn(local);
      if (column >= cells || (cells === 1 && table.isBlankRecord(local))) continue;
      const cell = table.recordFirstCell.data[local] + column;
      if (column > 0) edits.push({ start: table.cellEnd.data[cell - 1], end: table.cellEnd.data[cell], newText: '' });
      else if (cells > 1) edits.push({ start: table.cellStart.data[cell], end: table.cellStart.data[cell + 1], newText: '' });
      else edits.push({ start: table.cellStart.data[cell], end: table.cellEnd.data[cell], newText: '' });
    }
    return edits;
  }

  removeBom(): TextEdit {
    return { start: 0, end: 1, newText: '' };
  }

  rewriteWithCommas(): TextEdit | undefined {
    const table = this.source.table;
    // The rewrite needs the whole text, and is only safe when every quote could be read.
    if (this.source.streaming || table.issues.length) return undefined;
    const text = table.text;
    const parts: string[] = [];
    for (let r = 0; r < table.recordCount; r++) {
      const first = table.recordFirstCell.data[r];
      const count = table.cellsIn(r);
      for (let c = 0; c < count; c++) {
        const cell = first + c;
        const raw = text.slice(table.cellStart.data[cell], table.cellEnd.data[cell]);
        const quoted = (table.cellFlags.data[cell] & (QUOTED | MALFORMED)) === QUOTED;
        parts.push(quoted || !/[,"\r\n]/.test(raw) ? raw : `"${raw.replaceAll('"', '""')}"`);
        parts.push(c + 1 < count ? ',' : text.slice(table.recordEnd.data[r], table.recordNext.data[r]));
      }
    }
    return { start: table.recordStart.data[0], end: text.length, newText: parts.join('') };
  }
}
