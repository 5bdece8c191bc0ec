// Whether a file can be saved as UTF-8 without losing a character, and its text if so: the bytes are
// decoded in their encoding (the one given, or the one detected) and the text is encoded back; only
// when that gives the same bytes is the conversion offered. Used by the editor's CG001 fix and by
// `cyberguru convert`.
import type * as IconvLite from 'iconv-lite';
import { lazy } from '../../util/lazy';
import { canDecode, decodeAs } from './decodeBytes';
import { detectEncoding, encodingLabel } from './detectEncoding';

const iconv = lazy(() => require('iconv-lite') as typeof IconvLite);

export type Utf8Conversion =
  | { kind: 'alreadyUtf8' }
  /** The text to write as UTF-8 (no BOM), and the encoding it came from. */
  | { kind: 'converted'; text: string; from: string }
  /** Decoding and encoding back did not give the same bytes: some characters would change. */
  | { kind: 'lossy'; from: string }
  /** Damaged UTF-8 or an encoding nothing here can read: the real encoding is unknown. */
  | { kind: 'unknown' };

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `encoding`: a canonical name (see detectEncoding) the caller knows, e.g. the editor's; else detected. */
export function utf8Conversion(bytes: Uint8Array, encoding?: string): Utf8Conversion {
  const detected = detectEncoding(bytes);
  const source = encoding ?? detected.encoding;
  if (source === 'utf-8') return detected.encoding === 'utf-8' && detected.confidence === 1 ? { kind: 'alreadyUtf8' } : { kind: 'unknown' };
  if (!canDecode(source) || !iconv().encodingExists(source)) return { kind: 'unknown' };
  const from = encodingLabel(source);
  const bomLength = detected.encoding === source ? detected.bomLength : 0;
  const text = decodeAs(bytes, source);
  const back = iconv().encode(text, source, { addBOM: false });
  return sameBytes(back, bytes.subarray(bomLength)) ? { kind: 'converted', text, from } : { kind: 'lossy', from };
}
