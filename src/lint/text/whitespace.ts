// Whitespace as users get it from spreadsheets: spaces, tabs, line breaks, no-break and other Unicode
// spaces. Shared by the reader, the engine and the rules.

/**
 * 1 for each UTF-16 code unit that is whitespace: control characters and space, no-break space,
 * U+1680, U+2000 to U+200B, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF. One load for every
 * character: a chain of comparisons has a path per kind of character, and V8 drops the code it
 * optimized for a hot loop (the reader's) the first time a character takes a path it had not seen.
 */
const WHITESPACE_CODES = (() => {
  const table = new Uint8Array(0x10000);
  table.fill(1, 0, 33);
  table.fill(1, 0x2000, 0x200c);
  for (const c of [160, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) table[c] = 1;
  return table;
})();

/** True for a whitespace code unit (as charCodeAt gives them). */
export function isWhitespaceCode(c: number): boolean {
  return WHITESPACE_CODES[c] === 1;
}

/** 1 for a whitespace code unit, else 0: for a flag set without a branch (see WHITESPACE_CODES). */
export function whitespaceBit(c: number): number {
  return WHITESPACE_CODES[c];
}

/** The same characters as isWhitespaceCode, for native regex scans (much faster than a loop in JS). */
const WHITESPACE_CHAR = /[\s\u0000-\u001f\u200b]/;
const WHITESPACE = /[\s\u0000-\u001f\u200b]+/g;

/** Where text[start, end) starts once leading whitespace is skipped (end when it is all whitespace). */
export function startAfterWhitespace(text: string, start: number, end: number): number {
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  return start;
}

/** Where text[start, end) ends once trailing whitespace is dropped (start when it is all whitespace). */
export function endBeforeWhitespace(text: string, start: number, end: number): number {
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

export function trimWhitespace(value: string): string {
  const start = startAfterWhitespace(value, 0, value.length);
  const end = endBeforeWhitespace(value, start, value.length);
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
  for (let i = start; i < end; i++) if (isWhitespaceCode(text.charCodeAt(i))) return true;
  return false;
}
