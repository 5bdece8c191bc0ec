// An export file's bytes to rows: an .xlsx workbook (by its zip signature or name) or CSV/TSV text.
import { ConvertError } from './errors';
import { decodeExport } from './decodeExport';
import { ArrayRows, CsvRows, type SourceRows } from './sourceRows';
import { readXlsx } from './xlsx/readXlsx';

export interface ExportRows {
  rows: SourceRows;
  /** How the input was read, for the summary: "UTF-16 LE, ';'-separated" or "sheet "Users" of an .xlsx workbook". */
  readAs: string;
}

const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export function isWorkbookName(fileName: string): boolean {
  return /\.xlsx$/i.test(fileName);
}

export function readExport(bytes: Uint8Array, fileName: string, sheet?: string): ExportRows {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isWorkbookName(fileName) || zip) {
    const workbook = readXlsx(bytes, sheet);
    return { rows: new ArrayRows(workbook.rows), readAs: `sheet "${workbook.name}" of an .xlsx workbook` };
  }
  if (sheet !== undefined) throw new ConvertError('--sheet applies to .xlsx workbooks only, and this is a text file');
  const { text, encoding } = decodeExport(bytes);
  const rows = new CsvRows(text);
  return { rows, readAs: `${encoding}; ${DELIMITER_NAMES[rows.delimiter] ?? rows.delimiter}-separated` };
}
