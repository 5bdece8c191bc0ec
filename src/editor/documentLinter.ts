// The document manager: lints user lists, keeps the latest result per document and publishes it as
// diagnostics. Each document has a generation counter: a lint that finishes after a newer one started,
// or after the document changed, is dropped instead of showing stale positions. On a large file an
// edit first gets a row preview (rowPreview.ts) so feedback does not wait for the full lint.
import * as vscode from 'vscode';
import { performance } from 'node:perf_hooks';
import { lintTextAsync, looksLikeUserList, type LintResult } from '../lint';
import type { ConfigLookup, ConfigStore } from './configStore';
import { NOT_UTF8_CODE } from './constants';
import { convertProblems, type DocsLocator } from './diagnostics';
import { BOM, lintInputFor, type LintInput } from './documentCoordinates';
import { foldChanges, type LineChange } from './editedLines';
import type { FileFacts } from './fileFacts';
import { decodeBytes } from '../lint/encoding';
import { documentEncoding, type DocumentEncoding } from './documentEncoding';
import { everyLineBalancesQuotes, previewDiagnostics } from './rowPreview';
import { readLintSettings } from './settings';
import { SliceClock } from '../util/sliceClock';
import { isLintCandidate, isUserListDocument } from './userListSelector';
import type { LintSnapshot } from './lintSnapshot';

/** Engine work between two yields to the host; well under the 50 ms budget for one block. */
const SLICE_MS = 8;
/** Below this size the full lint is quick enough that a row preview is not worth it. */
const PREVIEW_MIN_CHARACTERS = 200_000;
/** Edits remembered while waiting for a full lint; beyond that only the full lint runs. */
const MAX_LOGGED_CHANGES = 500;

export type { LintSnapshot } from './lintSnapshot';

/** How long the last lint of a document took, as measured inside the extension host. */
export interface LintTimings {
  uri: string;
  version: number | undefined;
  characters: number;
  debounceMs: number;
  /** From the edit (after the typing pause) to the first updated diagnostics: a row preview or the full lint. */
  firstUpdateMs: number;
  /** Extension-host time spent until that first update. */
  firstUpdateBusyMs: number;
  firstUpdateCpuMs: number;
  firstUpdateWasPreview: boolean;
  /** From the edit (after the typing pause) to the full lint's diagnostics. */
  triggerToDiagnosticsMs: number;
  /** Sum of the extension's synchronous blocks for the whole lint (host time it used). */
  busyMs: number;
  longestBlockMs: number;
  /** Which step the longest block was: settings, read (document text), preview, engine or publish. */
  longestBlockPhase: string;
  /** The same in CPU time of the host process (close to wall time on an idle machine). */
  busyCpuMs: number;
  longestBlockCpuMs: number;
  blocks: number;
}

interface DocumentState {
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  abort?: AbortController;
  /** When the first not-yet-linted change happened. */
  triggeredAt?: number;
  debounceMs: number;
  /** Line changes per document version since the last published lint (for row previews). */
  changes: { version: number; change: LineChange }[];
  changesOverflowed: boolean;
  running: number;
  idleWaiters: (() => void)[];
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export class DocumentLinter implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly snapshots = new Map<string, LintSnapshot>();
  private readonly timings = new Map<string, LintTimings>();
  private readonly didLint = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a file's diagnostics were published or cleared. */
  readonly onDidLint = this.didLint.event;

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly configs: ConfigStore,
    private readonly fileFacts: FileFacts,
    private readonly docs: DocsLocator,
    private readonly log: vscode.LogOutputChannel,
    /** Files too large to lint here are left to the CLI (see largeFileGuard.ts). */
    private readonly largeFiles?: { check(uri: vscode.Uri, document?: vscode.TextDocument): Promise<boolean> },
  ) {}

  /** The latest lint of this document, only if it still matches the document's text. */
  currentSnapshot(document: vscode.TextDocument): LintSnapshot | undefined {
    const snapshot = this.snapshots.get(document.uri.toString());
    return snapshot && snapshot.version === document.version ? snapshot : undefined;
  }

  /** The latest lint of this file, whatever version it saw (for status displays). */
  latestSnapshot(uri: vscode.Uri): LintSnapshot | undefined {
    return this.snapshots.get(uri.toString());
  }

  timingsFor(uri: vscode.Uri): LintTimings | undefined {
    return this.timings.get(uri.toString());
  }

  /** Resolves when no lint of the document is scheduled or running. */
  whenIdle(uri: vscode.Uri): Promise<void> {
    const state = this.states.get(uri.toString());
    if (!state || (!state.timer && state.running === 0)) return Promise.resolve();
    return new Promise((resolve) => state.idleWaiters.push(resolve));
  }

  /** Remembers which lines an edit touched (called for every change of a linted document). */
  noteChange(event: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(event.document.uri.toString());
    if (!state) return;
    for (const change of event.contentChanges) {
      let newLines = 0;
      for (let i = change.text.indexOf('\n'); i >= 0; i = change.text.indexOf('\n', i + 1)) newLines++;
      if (newLines === 0 && change.text.includes('\r')) newLines = change.text.split('\r').length - 1;
      state.changes.push({
        version: event.document.version,
        change: { startLine: change.range.start.line, endLine: change.range.end.line, newLines },
      });
    }
    if (state.changes.length > MAX_LOGGED_CHANGES) {
      state.changes = [];
      state.changesOverflowed = true;
    }
  }

  /** Debounced lint after typing. */
  schedule(document: vscode.TextDocument, delayMs: number): void {
    const state = this.stateFor(document.uri);
    if (state.timer) clearTimeout(state.timer);
    state.triggeredAt ??= performance.now();
    state.debounceMs = delayMs;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.lint(document);
    }, delayMs);
  }

  /** Lints now (open, save, config change); resolves when the diagnostics are published or dropped. */
  async lint(document: vscode.TextDocument): Promise<LintSnapshot | undefined> {
    const state = this.stateFor(document.uri);
    state.running++;
    try {
      return await this.run(document, state);
    } finally {
      state.running--;
      this.notifyIfIdle(state);
    }
  }

  /** Lints a file that is not open (workspace lint), from its bytes on disk. */
  async lintFile(uri: vscode.Uri, bytes: Uint8Array, isIncluded: boolean, signal: AbortSignal): Promise<LintSnapshot | undefined> {
    const settings = readLintSettings(uri);
    // Decoded in the encoding the bytes are in, so a UTF-16 or Windows-1252 list is linted, not its noise.
    const decoded = decodeBytes(bytes);
    const text = decoded.text;
    const input: LintInput = { text, bomShift: text.startsWith(BOM) ? 1 : 0 };
    if (!isIncluded && !looksLikeUserList(input.bomShift ? text.slice(1) : text)) return undefined;
    const config = await this.configs.configFor(uri);
    const clock = new SliceClock();
    const source = decoded.encoding === 'utf-8' ? undefined : { label: decoded.label, writer: decoded.writer };
    const snapshot = await this.lintInput(uri, undefined, input, config, settings.maxProblems, clock, signal, { source, misdecoded: false });
    clock.pause();
    this.publish(snapshot);
    this.didLint.fire(uri);
    return snapshot;
  }

  /** Re-lints every open document (settings or `.cyberguru.json` changed). */
  lintAllOpen(): void {
    for (const document of vscode.workspace.textDocuments) void this.lint(document);
  }

  /** Forgets a document (closed): cancels its lint and removes its diagnostics. */
  forget(uri: vscode.Uri): void {
    const state = this.states.get(uri.toString());
    if (state) {
      if (state.timer) clearTimeout(state.timer);
      state.timer = undefined;
      state.abort?.abort();
      this.states.delete(uri.toString());
      for (const resolve of state.idleWaiters.splice(0)) resolve();
    }
    this.timings.delete(uri.toString());
    this.clear(uri);
  }

  dispose(): void {
    for (const uri of [...this.states.keys()]) this.forget(vscode.Uri.parse(uri));
    this.didLint.dispose();
  }

  private async run(document: vscode.TextDocument, state: DocumentState): Promise<LintSnapshot | undefined> {
    const key = document.uri.toString();
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    state.abort?.abort();
    const abort = (state.abort = new AbortController());
    const generation = ++state.generation;
    const triggeredAt = state.triggeredAt ?? performance.now();
    const debounceMs = state.triggeredAt === undefined ? 0 : state.debounceMs;
    state.triggeredAt = undefined;
    const clock = new SliceClock();
    clock.phase = 'settings';
    try {
      const settings = readLintSettings(document.uri);
      if (!settings.enable || !isLintCandidate(document, settings)) {
        this.clear(document.uri);
        return undefined;
      }
      if (this.largeFiles && (await clock.outside(this.largeFiles.check(document.uri, document)))) {
        this.clear(document.uri);
        return undefined;
      }
      const [config, fileHasBom] = await clock.outside(
        Promise.all([this.configs.configFor(document.uri), this.fileFacts.hasBom(document.uri)]),
      );
      if (state.generation !== generation || document.isClosed) return undefined;

      const firstUpdate = this.publishPreview(document, state, clock);
      const firstUpdateMs = firstUpdate ? performance.now() - triggeredAt - debounceMs : undefined;
      const firstUpdateBusyMs = firstUpdate ? clock.busyMs + clock.elapsedMs() : undefined;
      const firstUpdateCpuMs = firstUpdate ? clock.busyCpuMs + clock.elapsedCpuMs() : undefined;
      if (firstUpdate) await clock.next('read');
      if (state.generation !== generation || document.isClosed) return undefined;

      clock.phase = 'read';
      const version = document.version;
      const documentText = document.getText();
      if (!isUserListDocument(document, documentText, settings)) {
        this.clear(document.uri);
        return undefined;
      }
      const input = lintInputFor(documentText, fileHasBom);
      const encoding = await clock.outside(documentEncoding(document, documentText, this.fileFacts));
      await clock.next('engine');
      if (state.generation !== generation || document.version !== version) return undefined;
      const snapshot = await this.lintInput(document.uri, version, input, config, settings.maxProblems, clock, abort.signal, encoding);
      if (state.generation !== generation || document.isClosed || document.version !== version) return undefined;
      this.publish(snapshot);
      state.changes = state.changes.filter((c) => c.version > version);
      state.changesOverflowed = false;
      clock.pause();
      const doneMs = performance.now() - triggeredAt - debounceMs;
      this.timings.set(key, {
        uri: key,
        version,
        characters: documentText.length,
        debounceMs,
        firstUpdateMs: firstUpdateMs ?? doneMs,
        firstUpdateBusyMs: firstUpdateBusyMs ?? clock.busyMs,
        firstUpdateCpuMs: firstUpdateCpuMs ?? clock.busyCpuMs,
        firstUpdateWasPreview: firstUpdate,
        triggerToDiagnosticsMs: doneMs,
        busyMs: clock.busyMs,
        longestBlockMs: clock.longestBlockMs,
        longestBlockPhase: clock.longestBlockPhase,
        busyCpuMs: clock.busyCpuMs,
        longestBlockCpuMs: clock.longestBlockCpuMs,
        blocks: clock.blocks,
      });
      this.didLint.fire(document.uri);
      return snapshot;
    } catch (err) {
      if (isAbort(err) || state.generation !== generation) return undefined;
      // A failed lint must not leave diagnostics that no longer match the text.
      this.log.error(`Linting ${document.uri.toString(true)} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      this.clear(document.uri);
      return undefined;
    }
  }

  /** Publishes a row preview for a large, edited file; true when it did. */
  private publishPreview(document: vscode.TextDocument, state: DocumentState, clock: SliceClock): boolean {
    const base = this.snapshots.get(document.uri.toString());
    if (!base || base.version === undefined || base.version >= document.version) return false;
    if (base.characters < PREVIEW_MIN_CHARACTERS || state.changesOverflowed) return false;
    clock.phase = 'preview';
    const span = foldChanges(state.changes.filter((c) => c.version > (base.version ?? 0)).map((c) => c.change));
    const diagnostics = span && previewDiagnostics(document, base, span, this.docs);
    if (!diagnostics) return false;
    this.collection.set(document.uri, diagnostics);
    return true;
  }

  private async lintInput(
    uri: vscode.Uri,
    version: number | undefined,
    input: LintInput,
    { config, baseline }: ConfigLookup,
    maxProblems: number,
    clock: SliceClock,
    signal: AbortSignal,
    encoding?: DocumentEncoding,
  ): Promise<LintSnapshot> {
    const result = await lintTextAsync(input.text, {
      config,
      baseline,
      maxProblems,
      signal,
      sliceMs: SLICE_MS,
      yieldControl: clock.yieldToHost,
      // VS Code decoded the file: bytes that were not UTF-8 show as U+FFFD (CG001 reports the first),
      // unless it is known to be in another encoding, which CG001 then names.
      decodedWithReplacements: true,
      sourceEncoding: encoding?.source,
    });
    clock.phase = 'publish';
    // A garbled text (read as UTF-8 by mistake) shows only the encoding problem, not its noise.
    const problems = encoding?.misdecoded ? result.problems.filter((p) => p.code === NOT_UTF8_CODE) : result.problems;
    const { diagnostics, problemByKey } = convertProblems(problems, result, {
      uri,
      bomShift: input.bomShift,
      docs: this.docs,
      maxProblems,
    });
    const oneLineRecords = everyLineBalancesQuotes(input.text);
    return { uri, version, bomShift: input.bomShift, config, result, problems, diagnostics, problemByKey, oneLineRecords, characters: input.text.length };
  }

  private publish(snapshot: LintSnapshot): void {
    this.snapshots.set(snapshot.uri.toString(), snapshot);
    this.collection.set(snapshot.uri, snapshot.diagnostics);
  }

  private clear(uri: vscode.Uri): void {
    const hadSnapshot = this.snapshots.delete(uri.toString());
    if (hadSnapshot || this.collection.has(uri)) {
      this.collection.delete(uri);
      this.didLint.fire(uri);
    }
  }

  private notifyIfIdle(state: DocumentState): void {
    if (state.timer || state.running > 0) return;
    for (const resolve of state.idleWaiters.splice(0)) resolve();
  }

  private stateFor(uri: vscode.Uri): DocumentState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { generation: 0, debounceMs: 0, changes: [], changesOverflowed: false, running: 0, idleWaiters: [] };
      this.states.set(key, state);
    }
    return state;
  }
}
