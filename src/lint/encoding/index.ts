/**
 * Encodings of user-list files (no `vscode` import).
 *
 * - detectEncoding(bytes, knownUtf8?) -> DetectedEncoding {encoding, label, confidence, bomLength,
 *   writer, likelyWriter}: BOMs (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), BOM-less UTF-16 by its NUL bytes,
 *   valid UTF-8, else the chardet detector on the first SAMPLE_BYTES (ISO-8859-1 read as Windows-1252).
 * - decodeBytes(bytes, knownUtf8?) -> DecodedText: the above plus `text` (UTF-8 BOM kept as U+FEFF,
 *   other BOMs dropped), `isUtf8`, `invalidUtf8Offset` (damaged UTF-8).
 * - decodeAs(bytes, encoding) -> text without BOM; canDecode(encoding).
 * - describeEncoding(detected) -> "UTF-16 LE, as PowerShell 5 and Excel's 'Unicode text' save".
 * - encodingLabel(name), fromVscodeEncoding(id): VS Code's TextDocument.encoding ids -> canonical names.
 * - utf8Conversion(bytes, encoding?) -> alreadyUtf8 / converted {text, from} / lossy / unknown: the text to
 *   save as UTF-8, only when encoding it back gives the same bytes (nothing lost).
 */
export { detectEncoding, describeEncoding, encodingLabel, SAMPLE_BYTES, type DetectedEncoding } from './detectEncoding';
export { decodeBytes, decodeAs, canDecode, type DecodedText } from './decodeBytes';
export { fromVscodeEncoding } from './vscodeEncodings';
export { WRITER_PHRASES, writerOf, type WriterId } from './writers';
export { utf8Conversion, type Utf8Conversion } from './toUtf8';
export type { SourceEncoding } from './sourceEncoding';
