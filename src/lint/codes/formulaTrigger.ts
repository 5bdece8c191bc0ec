// Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection), even after leading
// spaces, a tab or other control characters. A plain number such as -5 or +39 is only a number, and a
// phone number in international form (+39 02 1234567, +1 (555) 123-4567) holds nothing to run: both
// are left alone, or every phone column of a directory export would be flagged.

const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d+)*|[.,]\d+)([eE][+-]?\d+)?%?$/;
const PHONE_NUMBER = /^\+\d[\d ().\-/]*\d$/;

function isTrigger(code: number): boolean {
  return code === 61 /* = */ || code === 43 /* + */ || code === 45 /* - */ || code === 64 /* @ */;
}

/** Index of the first character after leading spaces and control characters (what a spreadsheet skips). */
function firstVisible(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  return i;
}

/**
 * Whether text[start, end) would be run as a formula: a trigger first (after spaces and controls) and
 * something after it, and not a plain number or a phone number. A lone '-' or '=' is text to a spreadsheet.
 */
export function isFormulaLikeAt(text: string, start: number, end: number): boolean {
  const first = firstVisible(text, start, end);
  if (end - first < 2 || !isTrigger(text.charCodeAt(first))) return false;
  const value = text.slice(first, end);
  return !PLAIN_NUMBER.test(value) && !PHONE_NUMBER.test(value);
}

export function isFormulaLike(value: string): boolean {
  return isFormulaLikeAt(value, 0, value.length);
}

/** Quick test for the hot path: can text[start, end) be formula-like at all? (reads one or two characters) */
export function mayBeFormulaAt(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  return c <= 32 || isTrigger(c);
}
