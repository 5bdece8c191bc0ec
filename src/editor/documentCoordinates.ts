// VS Code strips a UTF-8 byte order mark from a document's text, while the engine (like the CLI) lints
// the file as it is on disk, BOM included. The editor therefore lints `BOM + text` when the file has one
// and shifts every engine position on the first line back by that one character. No `vscode` import:
// unit-tested directly.
import type { Position, TextEdit } from '../lint';

export const BOM = '\uFEFF';

export interface LintInput {
  /** The text handed to the engine: the document's text, prefixed with the BOM the file has on disk. */
  text: string;
  /** 1 when `text` starts with a BOM that the document does not show. */
  bomShift: 0 | 1;
}

export function lintInputFor(documentText: string, fileHasBom: boolean): LintInput {
  if (!fileHasBom || documentText.startsWith(BOM)) return { text: documentText, bomShift: 0 };
  return { text: BOM + documentText, bomShift: 1 };
}

export interface DocumentPosition {
  line: number;
  character: number;
}

/** An engine position as the document shows it (a position inside the BOM becomes the file's start). */
export function toDocumentPosition(position: Position, bomShift: 0 | 1): DocumentPosition {
  if (bomShift === 0 || position.line > 0) return { line: position.line, character: position.column };
  return { line: 0, character: Math.max(0, position.column - bomShift) };
}

export function toDocumentOffset(lintOffset: number, bomShift: 0 | 1): number {
  return Math.max(0, lintOffset - bomShift);
}

export function toLintOffset(documentOffset: number, bomShift: 0 | 1): number {
  return documentOffset + bomShift;
}

/**
 * An engine edit as an edit of the document, or undefined when all it did was remove or add the BOM
 * (which no text edit can do: the editor offers that as a file action instead).
 */
export function toDocumentEdit(edit: TextEdit, bomShift: 0 | 1): TextEdit | undefined {
  const touchesBom = bomShift === 1 && edit.start === 0;
  const newText = touchesBom && edit.newText.startsWith(BOM) ? edit.newText.slice(1) : edit.newText;
  const start = toDocumentOffset(edit.start, bomShift);
  const end = toDocumentOffset(edit.end, bomShift);
  if (start === end && newText === '') return undefined;
  return { start, end, newText };
}
