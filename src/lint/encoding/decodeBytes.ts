// Bytes -> the text the engine lints, in the encoding detectEncoding found: through TextDecoder where
// the runtime has the encoding (native, no tables to load), else through iconv-lite (UTF-32, and
// legacy code pages in a runtime built without them).
import type * as IconvLite from 'iconv-lite';
import { lazy } from '../../util/lazy';
import { detectEncoding, structuralEncoding, type DetectedEncoding } from './detectEncoding';

const iconv = lazy(() => require('iconv-lite') as typeof IconvLite);

/** A decoded file: its encoding, and its text as the engine lints it. */
export interface DecodedText extends DetectedEncoding {
  /**
   * The text. A UTF-8 BOM stays as U+FEFF (CG002 reports it); the BOM of any other encoding is
   * dropped, because the file is reported (CG001) and will be saved as UTF-8 without it.
   */
  text: string;
  /** True when the bytes are UTF-8 (with or without BOM) and valid: nothing to convert. */
  isUtf8: boolean;
  /** UTF-8 that is not valid: text offset of the first bad byte (shown as U+FFFD). */
  invalidUtf8Offset: number | undefined;
}

function firstReplacement(bytes: Uint8Array): number | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? undefined : at;
}

/** TextDecoder for an encoding, or undefined where the runtime has none (UTF-32, a build without full ICU). */
export function nativeDecoder(encoding: string): { decode(bytes?: Uint8Array, options?: { stream?: boolean }): string } | undefined {
  try {
    return new TextDecoder(encoding);
  } catch {
    return undefined;
  }
}

/**
 * The text of bytes in a known encoding (a canonical name from detectEncoding), without its BOM:
 * natively where the runtime can (fast, no tables to load), else with iconv-lite.
 */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  const native = encoding.startsWith('utf-32') ? undefined : nativeDecoder(encoding);
  if (native) return native.decode(bytes);
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

/** True when iconv-lite can read this encoding name. */
export function canDecode(encoding: string): boolean {
  return encoding === 'utf-8' || nativeDecoder(encoding) !== undefined || iconv().encodingExists(encoding);
}

/**
 * Detects the encoding and decodes. `knownUtf8` lets a caller that already validated the bytes as
 * UTF-8 (the CLI does, natively) skip the second check.
 */
export function decodeBytes(bytes: Uint8Array, knownUtf8?: boolean): DecodedText {
  const structural = structuralEncoding(bytes);
  if (!structural || structural.encoding === 'utf-8') {
    // The common case, valid UTF-8: one native decode checks and decodes (ignoreBOM: the BOM stays in
    // the text, as the engine expects).
    const text = knownUtf8 === false ? undefined : strictUtf8(bytes);
    if (text !== undefined) return { ...(structural ?? detectEncoding(bytes, true)), text, isUtf8: true, invalidUtf8Offset: undefined };
  }
  const detected = structural ?? detectEncoding(bytes, false);
  if (detected.encoding === 'utf-8' || !canDecode(detected.encoding)) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const utf8 = detected.encoding === 'utf-8' ? detected : detectEncoding(new Uint8Array(0), true);
    return { ...utf8, confidence: 0, text, isUtf8: false, invalidUtf8Offset: firstReplacement(bytes) };
  }
  return { ...detected, text: decodeAs(bytes, detected.encoding), isUtf8: false, invalidUtf8Offset: undefined };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
