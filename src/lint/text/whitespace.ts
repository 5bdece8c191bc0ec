// Whitespace as users get it from spreadsheets: spaces, tabs, line breaks, no-break and other Unicode
// spaces. Shared by the reader, the engine and the rules.

export function isWhitespaceCode(c: number): boolean {
  return c <= 32 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680;
}

/** The same characters as isWhitespaceCode, for native regex scans (much faster than a loop in JS). */
const WHITESPACE_CHAR = /[\s\u0000-\u001f\u200b]/;
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
