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

/** Length of an incomplete multi-byte sequence at the end (0 to 3 bytes). */
function incompleteTail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k];
    if ((b & 0xc0) !== 0x80) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return need > k ? k : 0;
    }
  }
  return 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
