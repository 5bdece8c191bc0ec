import { firstInvalidUtf8 } from './lintBytes';

/**
 * Decodes a byte stream as UTF-8 (invalid bytes become U+FFFD, a BOM stays in the text) and finds the
 * text offset of the first invalid byte, across chunk boundaries.
 */
export class Utf8StreamDecoder {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** Bytes of a character cut by the chunk boundary, checked with the next chunk. */
  private tail = new Uint8Array(0);
  private decodedLength = 0;
  /** Text offset of the first invalid byte, once found. */
  invalidAt: number | undefined;

  decode(chunk: Uint8Array, final: boolean): string {
    const text = this.decoder.decode(chunk, { stream: !final });
    if (this.invalidAt === undefined) this.check(chunk, final);
    this.decodedLength += text.length;
    return text;
  }

  private check(chunk: Uint8Array, final: boolean): void {
    const bytes = this.tail.length ? concat(this.tail, chunk) : chunk;
    const keep = final ? 0 : incompleteTail(bytes);
    const complete = bytes.subarray(0, bytes.length - keep);
    const bad = firstInvalidUtf8(complete);
    if (bad >= 0) {
      // The streaming decoder held the carried-over bytes back too, so count from decodedLength.
      const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(complete.subarray(0, bad)).length;
      this.invalidAt = this.decodedLength + before;
    }
    this.tail = bytes.slice(bytes.length - keep);
  }
}

/**
 * Length of an incomplete multi-byte sequence at the end (0 to 3 bytes): only a valid prefix, because
 * that is all TextDecoder holds back; an invalid lead (C0, C1, F5-FF) or second byte is already U+FFFD.
 */
function incompleteTail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k];
    if ((b & 0xc0) !== 0x80) {
      const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1;
      return need > k && (k === 1 || validSecondByte(b, bytes[bytes.length - k + 1])) ? k : 0;
    }
  }
  return 0;
}

/** The second-byte ranges of UTF-8 that rule out overlong forms, surrogates and code points past U+10FFFF. */
function validSecondByte(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
