// What only the file's bytes can tell: whether it starts with a UTF-8 BOM (VS Code hides it from the
// document's text). Read once per file through vscode.workspace.fs and cached until the file is saved,
// changed or closed.
import * as vscode from 'vscode';

export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export class FileFacts {
  private readonly bomByUri = new Map<string, Promise<boolean>>();

  hasBom(uri: vscode.Uri): Promise<boolean> {
    if (uri.scheme === 'untitled') return Promise.resolve(false);
    const key = uri.toString();
    let pending = this.bomByUri.get(key);
    if (!pending) {
      pending = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(startsWithBom, () => false);
      this.bomByUri.set(key, pending);
    }
    return pending;
  }

  forget(uri: vscode.Uri): void {
    this.bomByUri.delete(uri.toString());
  }
}
