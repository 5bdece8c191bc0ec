// File-level actions no text edit can do: rewrite an export in another encoding as UTF-8 (CG001) and
// drop a UTF-8 byte order mark (CG002). Both rewrite the file on disk, so they refuse to run on a
// document with unsaved changes (those would be lost or overwritten). A file on disk is rewritten
// through the product's safe-write helper: a temporary file renamed over it, never through a symlink,
// and not at all if another program changed it after it was read.
import * as vscode from 'vscode';
import { UserFacingError } from '../util/commandWrapper';
import { readForRewrite, safeWriteFile, SafeWriteError } from '../util/safeWrite';
import { startsWithBom } from './fileFacts';
import { openDocumentFor } from './openDocuments';
import { inertLinks } from '../util/inertLinks';
import { fromVscodeEncoding, utf8Conversion } from '../lint/encoding';

function fileLabel(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

function targetUri(arg: unknown): vscode.Uri {
  if (arg instanceof vscode.Uri) return arg;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (!active) throw new UserFacingError(vscode.l10n.t('Open a user list first.'));
  return active;
}

function ensureSaved(uri: vscode.Uri): void {
  const document = openDocumentFor(uri);
  if (document?.isDirty) {
    throw new UserFacingError(vscode.l10n.t('Save or revert "{file}" first: this action rewrites the file on disk.', { file: fileLabel(uri) }));
  }
}

/** The file's bytes and a way to replace them that refuses if the file changed meanwhile. */
interface Rewritable {
  bytes: Uint8Array;
  replace(bytes: Uint8Array): Promise<void>;
}

function userMessage(err: unknown, uri: vscode.Uri): Error {
  if (!(err instanceof SafeWriteError)) return err as Error;
  const file = fileLabel(uri);
  if (err.reason === 'symlink' || err.reason === 'not-a-file') {
    return new UserFacingError(vscode.l10n.t('"{file}" is a symbolic link or not a regular file: this action rewrites only regular files.', { file }));
  }
  if (err.reason === 'changed') return new UserFacingError(vscode.l10n.t('"{file}" changed on disk after it was read: nothing was rewritten. Try again.', { file }));
  return new UserFacingError(vscode.l10n.t('Could not rewrite "{file}" ({reason}): the file is unchanged.', { file, reason: err.code ?? err.message }));
}

async function openForRewrite(uri: vscode.Uri): Promise<Rewritable> {
  // Other file systems (remote, virtual) have only VS Code's API, which writes the file as given.
  if (uri.scheme !== 'file') {
    return { bytes: await vscode.workspace.fs.readFile(uri), replace: (bytes) => Promise.resolve(vscode.workspace.fs.writeFile(uri, bytes)) };
  }
  try {
    const { bytes, stamp } = readForRewrite(uri.fsPath);
    return {
      bytes,
      replace: async (next) => {
        try {
          safeWriteFile(uri.fsPath, next, { expected: stamp });
        } catch (err) {
          throw userMessage(err, uri);
        }
      },
    };
  } catch (err) {
    throw userMessage(err, uri);
  }
}

/** The encoding VS Code decoded an open document with, when it is not UTF-8 (it then knows best). */
function openDocumentEncoding(uri: vscode.Uri): string | undefined {
  const id = (openDocumentFor(uri) as { encoding?: string } | undefined)?.encoding;
  if (!id || id === 'utf8' || id === 'utf8bom') return undefined;
  return fromVscodeEncoding(id).encoding;
}

/**
 * Rewrites the file as UTF-8 from the encoding it is in (the one VS Code decoded it with, else the one
 * detected: UTF-16, Windows-1252, Shift_JIS...), only when that loses no character; resolves true when
 * it did. The open document is then read again as UTF-8.
 */
export async function convertToUtf8(arg: unknown): Promise<boolean> {
  const uri = targetUri(arg);
  ensureSaved(uri);
  const file = await openForRewrite(uri);
  const bytes = file.bytes;
  const conversion = utf8Conversion(bytes, openDocumentEncoding(uri));
  if (conversion.kind === 'alreadyUtf8') {
    void vscode.window.showInformationMessage(inertLinks(vscode.l10n.t('"{file}" is already valid UTF-8.', { file: fileLabel(uri) })));
    return false;
  }
  if (conversion.kind === 'lossy') {
    throw new UserFacingError(vscode.l10n.t('"{file}" was not converted: read as {encoding}, some characters would change. Reopen it with its real encoding first.', { file: fileLabel(uri), encoding: conversion.from }));
  }
  if (conversion.kind === 'unknown') {
    throw new UserFacingError(vscode.l10n.t('"{file}" was not converted: its encoding could not be told. Reopen it with its real encoding first.', { file: fileLabel(uri) }));
  }
  await file.replace(new TextEncoder().encode(conversion.text));
  if (openDocumentFor(uri)) await vscode.workspace.openTextDocument(uri, { encoding: 'utf8' });
  return true;
}

/** Rewrites the file without its first three bytes (the BOM); resolves true when it did. */
export async function removeBom(arg: unknown): Promise<boolean> {
  const uri = targetUri(arg);
  ensureSaved(uri);
  const file = await openForRewrite(uri);
  if (!startsWithBom(file.bytes)) return false;
  await file.replace(file.bytes.subarray(3));
  return true;
}
