import { isWhitespaceCode } from '../reader/table';
import type { RecordView, RuleContext } from './rule';

/** Whitespace as users get it from spreadsheets: spaces, tabs, line breaks, no-break and other Unicode spaces. */
export { isWhitespaceCode };

/** The same characters as isWhitespaceCode, for native regex scans (much faster than a loop in JS). */
const WHITESPACE_CHAR = /[\s\u0000-\u001f\u200b]/;

export function hasSurroundingWhitespace(value: string): boolean {
  return value.length > 0 && (isWhitespaceCode(value.charCodeAt(0)) || isWhitespaceCode(value.charCodeAt(value.length - 1)));
}

const WHITESPACE = /[\s\u0000-\u001f\u200b]+/g;

export function trimWhitespace(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isWhitespaceCode(value.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

export function removeWhitespace(value: string): string {
  return value.replace(WHITESPACE, '');
}

export function hasInnerWhitespace(trimmed: string): boolean {
  return WHITESPACE_CHAR.test(trimmed);
}

/** Whether text[start, end) contains whitespace (read in place). */
export function hasWhitespaceAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII is never whitespace: one comparison for almost every character.
    if (c <= 32 || c >= 127) {
      if (isWhitespaceCode(c)) return true;
    }
  }
  return false;
}

/** The cell index of column `col` in the record, or -1 when the record is too short. */
export function cellOf(record: RecordView, col: number): number {
  return col < record.cellCount ? record.firstCell + col : -1;
}

/** Header text of a column, for messages. */
export function headerOf(ctx: RuleContext, col: number): string {
  return ctx.columns.columns[col]?.header.trim() ?? '';
}
