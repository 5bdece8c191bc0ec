// Bytes of a CSV/TSV export to text, with the encoding named for the summary (the linter's detection).
import { decodeBytes, describeEncoding } from '../lint/encoding';

export interface DecodedText {
  text: string;
  /** As the summary names it: "UTF-16 LE, as PowerShell 5 and Excel's 'Unicode text' save". */
  encoding: string;
}

export function decodeExport(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  return { text: decoded.text, encoding: describeEncoding(decoded) };
}
