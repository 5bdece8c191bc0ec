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

  /** Reads the file's first bytes again; resolves true when its BOM came or went. */
  async refresh(uri: vscode.Uri): Promise<boolean> {
    const before = this.bomByUri.get(uri.toString());
    this.forget(uri);
    if (!before) return true;
    const [was, is] = await Promise.all([before, this.hasBom(uri)]);
    return was !== is;
  }

  forget(uri: vscode.Uri): void {
    this.bomByUri.delete(uri.toString());
  }
}
