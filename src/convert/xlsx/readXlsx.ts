// Reads the cells of one worksheet of an .xlsx workbook as text. The zip container is read with fflate
// (maintained, no dependencies, about 8 KB as bundled here); the SpreadsheetML parts with xmlText.ts.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { TextDecoder } from 'node:util';
import { ConvertError } from '../errors';
import { dateSerialText, isDateFormat, numberText } from './cellText';
import { attributes, decodeXmlText, elements, stringItemText } from './xmlText';

/** Unpacked parts larger than this are refused (a zip bomb, or a sheet far beyond any user list). */
export const MAX_XLSX_PART_BYTES = 512 * 1024 * 1024;

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

function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, string> {
  const decoder = new TextDecoder('utf-8');
  let unzipped;
  try {
    unzipped = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_XLSX_PART_BYTES) throw new ConvertError(`the workbook part ${file.name} is larger than ${MAX_XLSX_PART_BYTES / 1024 / 1024} MB unpacked`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof ConvertError) throw err;
    throw new ConvertError(`it is not a readable .xlsx workbook: the file is damaged (${(err as Error).message})`);
  }
  return Object.fromEntries(Object.entries(unzipped).map(([name, data]) => [name, decoder.decode(data)]));
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
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  return [...elements(cellXfs, 'xf')].map(({ attrs }) => isDateFormat(Number(attributes(attrs).get('numFmtId') ?? 0), custom));
}

/** `B12` -> 1 (0-based column). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const ch of reference) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

const VALUE = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE_STRING = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;

interface CellContext {
  sharedStrings: string[];
  dateStyle: boolean[];
  date1904: boolean;
}

function cellText(attrs: Map<string, string>, inner: string, context: CellContext): string {
  const type = attrs.get('t') ?? 'n';
  if (type === 'inlineStr') return stringItemText(INLINE_STRING.exec(inner)?.[1] ?? '');
  const raw = decodeXmlText(VALUE.exec(inner)?.[1] ?? '');
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

function sheetRows(sheet: string, context: CellContext): string[][] {
  const rows: string[][] = [];
  for (const row of elements(sheet, 'row')) {
    const rowNumber = Number(attributes(row.attrs).get('r') ?? rows.length + 1);
    while (rows.length < rowNumber - 1) rows.push([]);
    const cells: string[] = [];
    for (const cell of elements(row.inner, 'c')) {
      const a = attributes(cell.attrs);
      const reference = a.get('r');
      const column = reference ? columnIndex(reference) : cells.length;
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
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new ConvertError(
      'the workbook is password-protected (or an Excel 97-2003 .xls file): open it in Excel, remove the password or save it as an .xlsx workbook or a CSV UTF-8 file, and convert that',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new ConvertError('it is not an .xlsx workbook (an .xlsx file is a zip package, and this one is not)');
  const meta = unzipParts(bytes, (name) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels');
  const workbook = meta['xl/workbook.xml'];
  const rels = meta['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) throw new ConvertError('it is not a readable .xlsx workbook: it has no workbook part');
  const sheets = sheetEntries(workbook, rels);
  const sheetNames = sheets.map((s) => s.name);
  if (sheets.length === 0) throw new ConvertError('the workbook has no worksheet');
  const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!chosen) throw new ConvertError(`the workbook has no sheet named "${sheetName}" (its sheets: ${sheetNames.map((n) => `"${n}"`).join(', ')})`);
  const parts = unzipParts(bytes, (name) => name === chosen.path || name === 'xl/sharedStrings.xml' || name === 'xl/styles.xml');
  const sheet = parts[chosen.path];
  if (sheet === undefined) throw new ConvertError(`it is not a readable .xlsx workbook: the part of sheet "${chosen.name}" is missing`);
  const sharedStrings = parts['xl/sharedStrings.xml'];
  const context: CellContext = {
    sharedStrings: sharedStrings ? [...elements(sharedStrings, 'si')].map(({ inner }) => stringItemText(inner)) : [],
    dateStyle: dateStyles(parts['xl/styles.xml']),
    date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbook),
  };
  return { name: chosen.name, sheetNames, rows: sheetRows(sheet, context) };
}
