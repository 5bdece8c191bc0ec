// Bytes of a CSV/TSV export to text, with the encoding named for the summary.
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

export interface DecodedText {
  text: string;
  /** As the summary names it: "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "Windows-1252". */
  encoding: string;
}

function decode(bytes: Uint8Array, label: string, skip: number): string {
  return new TextDecoder(label).decode(bytes.subarray(skip));
}

/**
 * BOMs first (UTF-8, UTF-16 LE/BE); then UTF-8 when the bytes are valid UTF-8; anything else is read
 * as Windows-1252, what Excel and Windows tools write on Western European systems.
 */
export function decodeExport(bytes: Uint8Array): DecodedText {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: Buffer.from(b.buffer, b.byteOffset + 3, b.length - 3).toString('utf8'), encoding: 'UTF-8 with BOM' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: decode(b, 'utf-16le', 2), encoding: 'UTF-16 LE' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: decode(b, 'utf-16be', 2), encoding: 'UTF-16 BE' };
  const buffer = Buffer.from(b.buffer, b.byteOffset, b.length);
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'UTF-8' };
  return { text: decode(b, 'windows-1252', 0), encoding: 'Windows-1252' };
}
