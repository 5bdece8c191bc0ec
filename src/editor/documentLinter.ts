// The document manager: lints user lists, keeps the latest result per document and publishes it as
// diagnostics. Each document has a generation counter: a lint that finishes after a newer one started,
// or after the document changed, is dropped instead of showing stale positions.
import * as vscode from 'vscode';
import { performance } from 'node:perf_hooks';
import { lintTextAsync, looksLikeUserList, type CyberGuruConfig, type LintResult, type Problem } from '../lint';
import type { ConfigStore } from './configStore';
import { NOT_UTF8_CODE } from './constants';
import { convertProblems, type DocsLocator } from './diagnostics';
import { BOM, lintInputFor, type LintInput } from './documentCoordinates';
import type { FileFacts } from './fileFacts';
import { replacementCharacterProblem } from './replacementCharacter';
import { readLintSettings } from './settings';
import { SliceClock } from './sliceClock';
import { isLintCandidate, isUserListDocument } from './userListSelector';

/** Engine work between two yields to the host; well under the 50 ms budget for one block. */
const SLICE_MS = 8;

/** The latest published lint of one file. */
export interface LintSnapshot {
  uri: vscode.Uri;
  /** Document version the lint saw; undefined for a file linted from disk without being open. */
  version: number | undefined;
  bomShift: 0 | 1;
  config: CyberGuruConfig;
  result: LintResult;
  /** Engine problems plus the editor's CG001, in document order. */
  problems: Problem[];
  diagnostics: vscode.Diagnostic[];
  problemByKey: Map<string, Problem>;
}

/** How long the last lint of a document took, as measured inside the extension host. */
export interface LintTimings {
  uri: string;
  version: number | undefined;
  characters: number;
  /** Sum of the extension's synchronous blocks for this lint (host time it used). */
  busyMs: number;
  longestBlockMs: number;
  /** Which step the longest block was: settings, read (document text), engine or publish. */
  longestBlockPhase: string;
  /** The same in CPU time of the host process (close to wall time on an idle machine). */
  busyCpuMs: number;
  longestBlockCpuMs: number;
  blocks: number;
  /** From the last edit (or open/save) to diagnostics published, minus the debounce delay. */
  triggerToDiagnosticsMs: number;
  debounceMs: number;
}

interface DocumentState {
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  abort?: AbortController;
  /** When the first not-yet-linted change happened. */
  triggeredAt?: number;
  debounceMs: number;
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
    const key = document.uri.toString();
    const state = this.stateFor(document.uri);
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    state.abort?.abort();
    const abort = (state.abort = new AbortController());
    const generation = ++state.generation;
    const triggeredAt = state.triggeredAt ?? performance.now();
    const debounceMs = state.triggeredAt === undefined ? 0 : state.debounceMs;
    state.triggeredAt = undefined;
    const clock = new SliceClock();
    clock.resume();
    clock.phase = 'settings';
    try {
      const settings = readLintSettings(document.uri);
      if (!settings.enable || !isLintCandidate(document, settings)) {
        this.clear(document.uri);
        return undefined;
      }
      const [config, fileHasBom] = await clock.outside(
        Promise.all([this.configs.configFor(document.uri), this.fileFacts.hasBom(document.uri)]),
      );
      if (state.generation !== generation || document.isClosed) return undefined;
      clock.phase = 'read';
      const version = document.version;
      const documentText = document.getText();
      if (!isUserListDocument(document, documentText, settings)) {
        this.clear(document.uri);
        return undefined;
      }
      const input = lintInputFor(documentText, fileHasBom);
      await clock.next('engine');
      if (state.generation !== generation || document.version !== version) return undefined;
      const snapshot = await this.lintInput(document.uri, version, input, config.config, settings.maxProblems, clock, abort.signal);
      if (state.generation !== generation || document.isClosed || document.version !== version) return undefined;
      this.publish(snapshot);
      clock.pause();
      this.timings.set(key, {
        uri: key,
        version,
        characters: documentText.length,
        busyMs: clock.busyMs,
        longestBlockMs: clock.longestBlockMs,
        longestBlockPhase: clock.longestBlockPhase,
        busyCpuMs: clock.busyCpuMs,
        longestBlockCpuMs: clock.longestBlockCpuMs,
        blocks: clock.blocks,
        triggerToDiagnosticsMs: performance.now() - triggeredAt - debounceMs,
        debounceMs,
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

  /** Lints a file that is not open (workspace lint), from its bytes on disk. */
  async lintFile(uri: vscode.Uri, bytes: Uint8Array, isIncluded: boolean, signal: AbortSignal): Promise<LintSnapshot | undefined> {
    const settings = readLintSettings(uri);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const input: LintInput = { text, bomShift: text.startsWith(BOM) ? 1 : 0 };
    if (!isIncluded && !looksLikeUserList(input.bomShift ? text.slice(1) : text)) return undefined;
    const config = await this.configs.configFor(uri);
    const clock = new SliceClock();
    clock.resume();
    const snapshot = await this.lintInput(uri, undefined, input, config.config, settings.maxProblems, clock, signal);
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
      state.abort?.abort();
      this.states.delete(uri.toString());
    }
    this.timings.delete(uri.toString());
    this.clear(uri);
  }

  dispose(): void {
    for (const state of this.states.values()) {
      if (state.timer) clearTimeout(state.timer);
      state.abort?.abort();
    }
    this.states.clear();
    this.didLint.dispose();
  }

  private async lintInput(
    uri: vscode.Uri,
    version: number | undefined,
    input: LintInput,
    config: CyberGuruConfig,
    maxProblems: number,
    clock: SliceClock,
    signal: AbortSignal,
  ): Promise<LintSnapshot> {
    const result = await lintTextAsync(input.text, {
      config,
      maxProblems,
      signal,
      sliceMs: SLICE_MS,
      yieldControl: clock.yieldToHost,
    });
    clock.phase = 'publish';
    const problems = withEditorProblems(result.problems, input.text, config);
    const { diagnostics, problemByKey } = convertProblems(problems, result, {
      uri,
      bomShift: input.bomShift,
      docs: this.docs,
      maxProblems,
    });
    return { uri, version, bomShift: input.bomShift, config, result, problems, diagnostics, problemByKey };
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

  private stateFor(uri: vscode.Uri): DocumentState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { generation: 0, debounceMs: 0 };
      this.states.set(key, state);
    }
    return state;
  }
}

/** Adds the editor's CG001 (replacement characters) unless the engine already reported one. */
function withEditorProblems(problems: Problem[], text: string, config: CyberGuruConfig): Problem[] {
  if (problems.some((p) => p.code === NOT_UTF8_CODE)) return problems;
  const notUtf8 = replacementCharacterProblem(text, config);
  if (!notUtf8) return problems;
  const index = problems.findIndex((p) => p.range.start.offset > notUtf8.range.start.offset);
  return index < 0 ? [...problems, notUtf8] : [...problems.slice(0, index), notUtf8, ...problems.slice(index)];
}
