// Every export the sidebar and the dashboard write (report, history snapshot, users behind) goes
// through one function, so each gets the product's safe write and the same messages.
import * as vscode from 'vscode';
import { UserFacingError } from '../../util/commandWrapper';
import { safeWriteFile, SafeWriteError } from '../../util/safeWrite';

/**
 * Writes the export: on disk through the product's safe-write helper (a temporary file renamed into
 * place, never through a symlink; a new file readable by the user only, since it lists every
 * employee), elsewhere (remote, virtual file systems) through VS Code's API.
 */
export async function writeExport(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.writeFile(uri, bytes);
  try {
    safeWriteFile(uri.fsPath, bytes, { newFileMode: 0o600 });
  } catch (err) {
    if (!(err instanceof SafeWriteError)) throw err;
    const file = vscode.workspace.asRelativePath(uri);
    if (err.reason === 'symlink' || err.reason === 'not-a-file') {
      throw new UserFacingError(vscode.l10n.t('Not exported: "{file}" is a symbolic link or not a regular file. Choose another file.', { file }));
    }
    if (err.reason === 'changed') throw new UserFacingError(vscode.l10n.t('Not exported: "{file}" changed while the report was written. Try again.', { file }));
    throw new UserFacingError(vscode.l10n.t('Could not write "{file}" ({reason}): nothing was exported.', { file, reason: err.code ?? err.message }));
  }
}
