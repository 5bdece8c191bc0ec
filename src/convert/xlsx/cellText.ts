// A cell's value as the workbook shows it, without reinterpreting it: text stays text, a number keeps
// the digits it was written with, a date cell (a number with a date format) is written as an ISO date.

/** Built-in number formats that are dates or times (ECMA-376 part 1, 18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code is a date when it has date/time letters outside quoted text, escapes and [colour] parts. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

export function isDateFormat(numFmtId: number, customCodes: ReadonlyMap<number, string>): boolean {
  const custom = customCodes.get(numFmtId);
  return custom !== undefined ? isDateFormatCode(custom) : BUILTIN_DATE_FORMATS.has(numFmtId);
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of the 1900 date system is 1899-12-31, and Excel counts a 29 February 1900 that never was. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial as `yyyy-mm-dd`, with ` hh:mm` (and `:ss`) when it has a time of day. */
export function dateSerialText(serial: number, date1904: boolean): string {
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * MS_PER_DAY);
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 19);
  if (time === '00:00:00') return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

/** Up to 15 digits is what a spreadsheet shows of a number; an integer written with no more is kept as written. */
export function numberText(raw: string): string {
  if (/^-?\d{1,15}$/.test(raw)) return raw;
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  return String(Number(value.toPrecision(15)));
}
