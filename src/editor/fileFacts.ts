// What only the file's bytes can tell: whether it starts with a UTF-8 BOM (VS Code hides it from the
// document's text), and which encoding they are really in (for a file VS Code read as UTF-8 by
// mistake). Read once per file through vscode.workspace.fs and cached until the file is saved, changed
// or closed, so a lint on each keystroke never reads the file again.
import * as vscode from 'vscode';
import { detectEncoding } from '../lint/encoding';

/** A file larger than this is not looked at to name its encoding. */
const MAX_SNIFF_BYTES = 64 * 1024 * 1024;

interface BytesFacts {
  hasBom: boolean;
  /** The encoding the bytes are in; undefined when unknown (unreadable, or too large to look at). */
  encoding: string | undefined;
}

const UNREADABLE: BytesFacts = { hasBom: false, encoding: undefined };

function factsOf(bytes: Uint8Array): BytesFacts {
  return { hasBom: startsWithBom(bytes), encoding: bytes.length <= MAX_SNIFF_BYTES ? detectEncoding(bytes).encoding : undefined };
}

export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export class FileFacts {
  private readonly factsByUri = new Map<string, Promise<BytesFacts>>();

  private facts(uri: vscode.Uri): Promise<BytesFacts> {
    if (uri.scheme === 'untitled') return Promise.resolve(UNREADABLE);
    const key = uri.toString();
    let pending = this.factsByUri.get(key);
    if (!pending) {
      pending = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(factsOf, () => UNREADABLE);
      this.factsByUri.set(key, pending);
    }
    return pending;
  }

  async hasBom(uri: vscode.Uri): Promise<boolean> {
    return (await this.facts(uri)).hasBom;
  }

  /** The encoding the file's bytes are in (undefined when unknown). */
  async bytesEncoding(uri: vscode.Uri): Promise<string | undefined> {
    return (await this.facts(uri)).encoding;
  }

  /** Reads the file's bytes again; resolves true when its BOM came or went. */
  async refresh(uri: vscode.Uri): Promise<boolean> {
    const before = this.factsByUri.get(uri.toString());
    this.forget(uri);
    if (!before) return true;
    const [was, is] = await Promise.all([before, this.facts(uri)]);
    return was.hasBom !== is.hasBom;
  }

  forget(uri: vscode.Uri): void {
    this.factsByUri.delete(uri.toString());
  }
}
