/**
 * A set of two-character ASCII codes as a 128x128 lookup table: checking a language or country cell
 * on every row costs two character reads, no hashing.
 */
export class TwoLetterCodes {
  private readonly table = new Uint8Array(128 * 128);

  constructor(codes: Iterable<string>) {
    for (const code of codes) {
      if (code.length === 2 && code.charCodeAt(0) < 128 && code.charCodeAt(1) < 128) this.table[code.charCodeAt(0) * 128 + code.charCodeAt(1)] = 1;
    }
  }

  /** Whether text[start, end) is one of the codes (read in place, no string built). */
  hasAt(text: string, start: number, end: number): boolean {
    if (end - start !== 2) return false;
    const a = text.charCodeAt(start);
    const b = text.charCodeAt(start + 1);
    return a < 128 && b < 128 && this.table[a * 128 + b] === 1;
  }

  has(value: string): boolean {
    if (value.length !== 2) return false;
    const a = value.charCodeAt(0);
    const b = value.charCodeAt(1);
    return a < 128 && b < 128 && this.table[a * 128 + b] === 1;
  }
}
