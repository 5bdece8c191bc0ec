// File-level actions no text edit can do: rewrite a Windows-1252 (Latin-1) export as UTF-8 (CG001) and
// drop a UTF-8 byte order mark (CG002). Both rewrite the file on disk, so they refuse to run on a
// document with unsaved changes (those would be lost or overwritten).
import * as vscode from 'vscode';
import { UserFacingError } from '../util/commandWrapper';
import { startsWithBom } from './fileFacts';
import { openDocumentFor } from './openDocuments';

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

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Rewrites the file as UTF-8, reading its bytes as Windows-1252 (what Excel and most HR systems write in
 * Western Europe); resolves true when it did. Other encodings: "Reopen with the file's real encoding".
 */
export async function convertToUtf8(arg: unknown): Promise<boolean> {
  const uri = targetUri(arg);
  ensureSaved(uri);
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (isValidUtf8(bytes)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('"{file}" is already valid UTF-8.', { file: fileLabel(uri) }));
    return false;
  }
  const text = new TextDecoder('windows-1252').decode(bytes);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return true;
}

/** Rewrites the file without its first three bytes (the BOM); resolves true when it did. */
export async function removeBom(arg: unknown): Promise<boolean> {
  const uri = targetUri(arg);
  ensureSaved(uri);
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (!startsWithBom(bytes)) return false;
  await vscode.workspace.fs.writeFile(uri, bytes.subarray(3));
  return true;
}
