// Which encoding an open user list came from, for CG001. VS Code 1.100 says how it decoded a document
// (TextDocument.encoding): a file it read as UTF-16 or Windows-1252 shows correct text, and only that
// property tells the extension it is not UTF-8. A file VS Code read as UTF-8 although it is not shows
// replacement characters (U+FFFD); then the file's bytes are read once to name the real encoding.
import * as vscode from 'vscode';
import { detectEncoding, encodingLabel, fromVscodeEncoding, writerOf } from '../lint/encoding';
import type { LintOptions } from '../lint';

export type SourceEncoding = NonNullable<LintOptions['sourceEncoding']>;

export interface DocumentEncoding {
  /** Not UTF-8: CG001 names it. */
  source: SourceEncoding | undefined;
  /**
   * VS Code decoded the file as UTF-8 but it is in `source`: the text is garbled, so only CG001 is
   * shown (every other finding would be noise from the wrong decoding) until it is reopened or converted.
   */
  misdecoded: boolean;
}

const UTF8 = new Set(['utf8', 'utf8bom']);
/** A file larger than this is not read again just to name its encoding. */
const MAX_SNIFF_BYTES = 64 * 1024 * 1024;

function sourceOf(encoding: string): SourceEncoding {
  return { label: encodingLabel(encoding), writer: writerOf(encoding) };
}

export async function documentEncoding(document: vscode.TextDocument, text: string): Promise<DocumentEncoding> {
  // `encoding` is new in VS Code 1.100: read defensively, an older host has none.
  const id = (document as { encoding?: string }).encoding;
  if (id && !UTF8.has(id)) return { source: sourceOf(fromVscodeEncoding(id).encoding), misdecoded: false };
  if (!text.includes('\uFFFD') || document.uri.scheme === 'untitled') return { source: undefined, misdecoded: false };
  try {
    const stat = await vscode.workspace.fs.stat(document.uri);
    if (stat.size > MAX_SNIFF_BYTES) return { source: undefined, misdecoded: false };
    const detected = detectEncoding(await vscode.workspace.fs.readFile(document.uri));
    if (detected.encoding === 'utf-8') return { source: undefined, misdecoded: false };
    return { source: sourceOf(detected.encoding), misdecoded: true };
  } catch {
    return { source: undefined, misdecoded: false };
  }
}
