// HistoryFiles in the extension's global storage, through vscode.workspace.fs (works wherever the
// extension host keeps its storage). A file is written beside and renamed, so it is never half-written.
import * as vscode from 'vscode';
import type { HistoryFiles } from '../../report/history';

export function vscodeHistoryFiles(folder: vscode.Uri): HistoryFiles {
  const fs = vscode.workspace.fs;
  return {
    async list() {
      // Created first: listing a folder that does not exist yet makes the host log an error.
      await fs.createDirectory(folder);
      try {
        return (await fs.readDirectory(folder)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
      } catch (err) {
        if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return [];
        throw err;
      }
    },
    async read(name, maxBytes) {
      const uri = vscode.Uri.joinPath(folder, name);
      const { size } = await fs.stat(uri);
      if (size > maxBytes) throw new Error(`${name} is larger than ${maxBytes} bytes`);
      return fs.readFile(uri);
    },
    async write(name, data) {
      await fs.createDirectory(folder);
      const temporary = vscode.Uri.joinPath(folder, `.${name}.tmp`);
      await fs.writeFile(temporary, data);
      await fs.rename(temporary, vscode.Uri.joinPath(folder, name), { overwrite: true });
    },
    async delete(name) {
      try {
        await fs.delete(vscode.Uri.joinPath(folder, name));
      } catch (err) {
        if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) throw err;
      }
    },
  };
}
