// The open user lists as the sidebar last read them, one read per document version: the tree's team
// names and "Compare with user list" share it. Nothing is read until one of them asks; a read of an
// older version is cancelled when a newer one starts, and a closed document's read is dropped.
import * as vscode from 'vscode';
import { SliceClock } from '../../util/sliceClock';
import { configFor } from './openUserList';
import { readUserList, type UserListContent } from './readUserList';

/** Work between two yields to the host (the budget for one synchronous block is 50 ms). */
const SLICE_MS = 8;

/** How the last read of a user list used the extension host, measured inside it. */
export interface UserListReadTimings {
  uri: string;
  version: number;
  characters: number;
  rows: number;
  /** From the request to the rows, waits included. */
  totalMs: number;
  busyMs: number;
  busyCpuMs: number;
  longestBlockMs: number;
  longestBlockCpuMs: number;
  /** read (the document's text), scan (records) */
  longestBlockPhase: string;
  blocks: number;
}

interface Read {
  version: number;
  abort: AbortController;
  content: Promise<UserListContent>;
}

export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export class UserListCache implements vscode.Disposable {
  private readonly reads = new Map<string, Read>();
  private readonly timings = new Map<string, UserListReadTimings>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString()));
  }

  /** The document's content at its current version; rejects with an AbortError if a newer version's read replaces it. */
  read(document: vscode.TextDocument): Promise<UserListContent> {
    const key = document.uri.toString();
    const cached = this.reads.get(key);
    if (cached?.version === document.version) return cached.content;
    cached?.abort.abort();
    const abort = new AbortController();
    const content = this.readNow(document, abort.signal);
    const read: Read = { version: document.version, abort, content };
    this.reads.set(key, read);
    // A failed or cancelled read is not kept: the next request starts over.
    content.catch(() => {
      if (this.reads.get(key) === read) this.reads.delete(key);
    });
    return content;
  }

  /** Like read, but starts over when an edit made the read stale (for a command the user ran). */
  async readLatest(document: vscode.TextDocument): Promise<UserListContent> {
    for (;;) {
      try {
        return await this.read(document);
      } catch (err) {
        if (!isAbort(err) || document.isClosed) throw err;
      }
    }
  }

  timingsFor(uri: vscode.Uri): UserListReadTimings | undefined {
    return this.timings.get(uri.toString());
  }

  private async readNow(document: vscode.TextDocument, signal: AbortSignal): Promise<UserListContent> {
    const started = performance.now();
    const clock = new SliceClock();
    clock.phase = 'read';
    const version = document.version;
    const text = document.getText();
    const config = await clock.outside(configFor(document.uri));
    clock.phase = 'scan';
    const content = await readUserList(text, config, { signal, sliceMs: SLICE_MS, yieldControl: clock.yieldToHost });
    clock.pause();
    this.timings.set(document.uri.toString(), {
      uri: document.uri.toString(),
      version,
      characters: text.length,
      rows: content.rows.length,
      totalMs: performance.now() - started,
      busyMs: clock.busyMs,
      busyCpuMs: clock.busyCpuMs,
      longestBlockMs: clock.longestBlockMs,
      longestBlockCpuMs: clock.longestBlockCpuMs,
      longestBlockPhase: clock.longestBlockPhase,
      blocks: clock.blocks,
    });
    return content;
  }

  private forget(key: string): void {
    this.reads.get(key)?.abort.abort();
    this.reads.delete(key);
    this.timings.delete(key);
  }

  dispose(): void {
    this.subscription.dispose();
    for (const key of [...this.reads.keys()]) this.forget(key);
  }
}
