import { decodeBytes, type DecodedText } from '../encoding/decodeBytes';
import type { LintResult } from '../types';
import type { LintOptions } from '../lintOptions';
import { TextLint } from './textLint';

/** Byte index of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= n) return i; // cut short by the end of the bytes
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes bytes as UTF-8 (a BOM stays in the text); invalid bytes become U+FFFD and one CG001 problem. */
export function decodeUtf8(bytes: Uint8Array): { text: string; badOffset: number | undefined } {
  // The native strict decoder validates fast; only a file that fails it is scanned for its first bad byte.
  try {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes), badOffset: undefined };
  } catch {
    // not UTF-8: decode lossily below
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text, badOffset: undefined };
  const prefix = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
  return { text, badOffset: prefix.length };
}

/**
 * Decodes bytes in the encoding they are in (see encoding/detectEncoding) and lints the text: a file in
 * another encoding gets one CG001 naming it; damaged UTF-8 gets one CG001 on its first bad byte.
 */
export function lintBytes(bytes: Uint8Array, options: LintOptions = {}): LintResult & { text: string; decoded: DecodedText } {
  const decoded = decodeBytes(bytes);
  const run = new TextLint({
    ...options,
    decodeError: decoded.invalidUtf8Offset === undefined ? undefined : { offset: decoded.invalidUtf8Offset },
    sourceEncoding: decoded.encoding === 'utf-8' ? undefined : { label: decoded.label, writer: decoded.writer },
  });
  run.begin(decoded.text);
  run.step();
  return { ...run.result(), text: decoded.text, decoded };
}
