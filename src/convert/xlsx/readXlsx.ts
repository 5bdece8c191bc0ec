// Reads the cells of one worksheet of an .xlsx workbook as text. The zip container is read with fflate
// (maintained, no dependencies, about 8 KB as bundled here); the SpreadsheetML parts with xmlText.ts.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { TextDecoder } from 'node:util';
import { ConvertError } from '../errors';
import { dateSerialText, isDateFormat, numberText } from './cellText';
import { attributes, damagedWorkbook, decodeXmlText, elements, firstElement, stringItemText } from './xmlText';

/**
 * The parts read may unpack to this much in all, counted as the bytes come out of the inflater (a zip
 * bomb, or a sheet far beyond any user list: 100,000 users take a few MB).
 */
export const MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** Excel's own sheet limits: rows 1 to 1,048,576 and columns A to XFD. */
export const MAX_XLSX_ROWS = 1_048_576;
export const MAX_XLSX_COLUMNS = 16_384;
/** Cells held in all, counting the empty ones before a cell: 100,000 users with 50 columns. */
export const MAX_XLSX_CELLS = 5_000_000;
/** Compressed input is fed to the inflater this much at a time, so no single step unpacks more than ~16 MB. */
const INFLATE_INPUT_CHUNK = 16 * 1024;

export interface XlsxSheet {
  /** The sheet read. */
  name: string;
  /** Every sheet of the workbook, in order. */
  sheetNames: string[];
  /** Rows as displayed; missing cells are empty strings, missing rows empty arrays. */
  rows: string[][];
}

/** Compound File Binary: what Excel writes for a password-protected workbook (and for old .xls files). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function unpackedLimitError(): ConvertError {
  return new ConvertError(`the workbook unpacks to more than ${MAX_XLSX_UNPACKED_BYTES / 1024 / 1024} MB, the most convert reads: save the sheet as a CSV UTF-8 file, or split it`);
}

/** The wanted parts as text, inflated as a stream so the bytes actually produced are counted against the budget. */
function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean, budget: { left: number }): Record<string, string> {
  const chunks = new Map<string, Uint8Array[]>();
  const unzip = new Unzip((file: UnzipFile) => {
    if (!wanted(file.name)) return;
    if (file.originalSize !== undefined && file.originalSize > budget.left) throw unpackedLimitError();
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (err, chunk) => {
      if (err) throw err;
      budget.left -= chunk.length;
      if (budget.left < 0) throw unpackedLimitError();
      parts.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += INFLATE_INPUT_CHUNK) unzip.push(bytes.subarray(at, at + INFLATE_INPUT_CHUNK), at + INFLATE_INPUT_CHUNK >= bytes.length);
  } catch (err) {
    if (err instanceof ConvertError) throw err;
    throw damagedWorkbook((err as Error).message);
  }
  const decoder = new TextDecoder('utf-8');
  return Object.fromEntries([...chunks].map(([name, parts]) => [name, decoder.decode(Buffer.concat(parts))]));
}

/** A relationship target as a path inside the package (`worksheets/sheet1.xml` -> `xl/worksheets/sheet1.xml`). */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

interface SheetEntry {
  name: string;
  path: string;
}

function sheetEntries(workbook: string, rels: string): SheetEntry[] {
  const targets = new Map<string, string>();
  for (const { attrs } of elements(rels, 'Relationship')) {
    const a = attributes(attrs);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target) targets.set(id, partPath(target));
  }
  const entries: SheetEntry[] = [];
  for (const { attrs } of elements(workbook, 'sheet')) {
    const a = attributes(attrs);
    const id = a.get('r:id') ?? [...a].find(([key]) => key.endsWith(':id'))?.[1];
    const path = id ? targets.get(id) : undefined;
    if (path) entries.push({ name: a.get('name') ?? '', path });
  }
  return entries;
}

/** Which cell styles (by index) show their number as a date. */
function dateStyles(styles: string | undefined): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const { attrs } of elements(styles, 'numFmt')) {
    const a = attributes(attrs);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const cellXfs = firstElement(styles, 'cellXfs')?.inner ?? '';
  return [...elements(cellXfs, 'xf')].map(({ attrs }) => isDateFormat(Number(attributes(attrs).get('numFmtId') ?? 0), custom));
}

/** `B12` -> 1 (0-based column); beyond XFD is a damaged workbook. */
function columnIndex(reference: string): number {
  let index = 0;
  for (const ch of reference) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    if (index > MAX_XLSX_COLUMNS) throw damagedWorkbook(`cell ${reference.slice(0, 20)} is beyond column XFD, the last a sheet has`);
  }
  return index - 1;
}

interface CellContext {
  sharedStrings: string[];
  dateStyle: boolean[];
  date1904: boolean;
}

function cellText(attrs: Map<string, string>, inner: string, context: CellContext): string {
  const type = attrs.get('t') ?? 'n';
  if (type === 'inlineStr') return stringItemText(firstElement(inner, 'is')?.inner ?? '');
  const raw = decodeXmlText(firstElement(inner, 'v')?.inner ?? '');
  switch (type) {
    case 's':
      return context.sharedStrings[Number(raw)] ?? '';
    case 'b':
      return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
    case 'str':
    case 'e':
      return raw;
    default: {
      if (raw === '') return '';
      const style = Number(attrs.get('s') ?? 0);
      const serial = Number(raw);
      if (context.dateStyle[style] && Number.isFinite(serial)) return dateSerialText(serial, context.date1904);
      return numberText(raw);
    }
  }
}

function rowNumberOf(written: string | undefined, previous: number): number {
  if (written === undefined) return previous + 1;
  const rowNumber = /^\d{1,7}$/.test(written.trim()) ? Number(written) : NaN;
  if (!(rowNumber >= 1 && rowNumber <= MAX_XLSX_ROWS)) throw damagedWorkbook(`row number "${written.slice(0, 20)}" is outside 1 to ${MAX_XLSX_ROWS.toLocaleString('en-US')}`);
  if (rowNumber <= previous) throw damagedWorkbook(`row ${rowNumber} comes after row ${previous}`);
  return rowNumber;
}

function tooManyCells(): ConvertError {
  return new ConvertError(`the sheet has more than ${MAX_XLSX_CELLS.toLocaleString('en-US')} cells, the most convert reads: save it as a CSV UTF-8 file, or split it`);
}

function sheetRows(sheet: string, context: CellContext): string[][] {
  const rows: string[][] = [];
  let cellCount = 0;
  for (const row of elements(sheet, 'row')) {
    const rowNumber = rowNumberOf(attributes(row.attrs).get('r'), rows.length);
    cellCount += rowNumber - rows.length;
    if (cellCount > MAX_XLSX_CELLS) throw tooManyCells();
    while (rows.length < rowNumber - 1) rows.push([]);
    const cells: string[] = [];
    for (const cell of elements(row.inner, 'c')) {
      const a = attributes(cell.attrs);
      const reference = a.get('r');
      const column = reference ? columnIndex(reference) : cells.length;
      if (column >= MAX_XLSX_COLUMNS) throw damagedWorkbook(`row ${rowNumber} has cells beyond column XFD, the last a sheet has`);
      if (column >= cells.length) {
        cellCount += column + 1 - cells.length;
        if (cellCount > MAX_XLSX_CELLS) throw tooManyCells();
      }
      while (cells.length < column) cells.push('');
      cells[column] = cellText(a, cell.inner, context);
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  }
  return rows;
}

/** The rows of the named sheet, or of the first one. Damaged, encrypted or non-.xlsx input is a ConvertError. */
export function readXlsx(bytes: Uint8Array, sheetName?: string): XlsxSheet {
  try {
    return readWorkbook(bytes, sheetName);
  } catch (err) {
    if (err instanceof ConvertError) throw err;
    // Whatever else a hostile or broken package raises is still a damaged workbook, not a crash.
    throw damagedWorkbook((err as Error).message);
  }
}

function readWorkbook(bytes: Uint8Array, sheetName?: string): XlsxSheet {
  const budget = { left: MAX_XLSX_UNPACKED_BYTES };
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new ConvertError(
      'the workbook is password-protected (or an Excel 97-2003 .xls file): open it in Excel, remove the password or save it as an .xlsx workbook or a CSV UTF-8 file, and convert that',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new ConvertError('it is not an .xlsx workbook (an .xlsx file is a zip package, and this one is not)');
  const meta = unzipParts(bytes, (name) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels', budget);
  const workbook = meta['xl/workbook.xml'];
  const rels = meta['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) throw new ConvertError('it is not a readable .xlsx workbook: it has no workbook part');
  const sheets = sheetEntries(workbook, rels);
  const sheetNames = sheets.map((s) => s.name);
  if (sheets.length === 0) throw new ConvertError('the workbook has no worksheet');
  const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!chosen) throw new ConvertError(`the workbook has no sheet named "${sheetName}" (its sheets: ${sheetNames.map((n) => `"${n}"`).join(', ')})`);
  const parts = unzipParts(bytes, (name) => name === chosen.path || name === 'xl/sharedStrings.xml' || name === 'xl/styles.xml', budget);
  const sheet = parts[chosen.path];
  if (sheet === undefined) throw new ConvertError(`it is not a readable .xlsx workbook: the part of sheet "${chosen.name}" is missing`);
  const sharedStrings = parts['xl/sharedStrings.xml'];
  const context: CellContext = {
    sharedStrings: sharedStrings ? [...elements(sharedStrings, 'si')].map(({ inner }) => stringItemText(inner)) : [],
    dateStyle: dateStyles(parts['xl/styles.xml']),
    date1904: /^(1|true)$/.test(attributes(firstElement(workbook, 'workbookPr')?.attrs ?? '').get('date1904') ?? ''),
  };
  return { name: chosen.name, sheetNames, rows: sheetRows(sheet, context) };
}
