// Which encoding an open user list came from, for CG001. VS Code 1.100 says how it decoded a document
// (TextDocument.encoding): a file it read as UTF-16 or Windows-1252 shows correct text, and only that
// property tells the extension it is not UTF-8. A file VS Code read as UTF-8 although it is not shows
// replacement characters (U+FFFD); then the file's bytes (read once, in FileFacts) name the real encoding.
import * as vscode from 'vscode';
import { encodingLabel, fromVscodeEncoding, writerOf } from '../lint/encoding';
import type { FileFacts } from './fileFacts';
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

function sourceOf(encoding: string): SourceEncoding {
  return { label: encodingLabel(encoding), writer: writerOf(encoding) };
}

export async function documentEncoding(document: vscode.TextDocument, text: string, fileFacts: FileFacts): Promise<DocumentEncoding> {
  // `encoding` is new in VS Code 1.100: read defensively, an older host has none.
  const id = (document as { encoding?: string }).encoding;
  if (id && !UTF8.has(id)) return { source: sourceOf(fromVscodeEncoding(id).encoding), misdecoded: false };
  if (!text.includes('\uFFFD')) return { source: undefined, misdecoded: false };
  const encoding = await fileFacts.bytesEncoding(document.uri);
  if (encoding === undefined || encoding === 'utf-8') return { source: undefined, misdecoded: false };
  return { source: sourceOf(encoding), misdecoded: true };
}
