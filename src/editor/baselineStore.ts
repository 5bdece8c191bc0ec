// Reads the baseline a `.cyberguru.json` names ("baseline", relative to the config file) through
// vscode.workspace.fs, keeps one copy per file, and watches each file it read: when a baseline changes,
// is created or deleted, its copy is dropped and onDidChange fires (the open lists are then re-linted).
import * as vscode from 'vscode';
import type { CyberGuruConfig } from '../lint';
import { readBaselineBytes, type Baseline } from '../lint/baseline';

/** A baseline larger than this is not read in the editor (the CLI has no such limit). */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export interface BaselineLookup {
  baseline?: Baseline;
  uri?: vscode.Uri;
  /** Why a configured baseline could not be used. */
  error?: string;
}

export class BaselineStore implements vscode.Disposable {
  private readonly byUri = new Map<string, Promise<BaselineLookup>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** A baseline file changed on disk. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** The baseline of a config read from `configUri`, or an empty lookup when it names none. */
  baselineFor(config: CyberGuruConfig, configUri: vscode.Uri | undefined): Promise<BaselineLookup> {
    if (!config.baseline || !configUri) return Promise.resolve({});
    const uri = /^([a-zA-Z]:[\\/]|[\\/])/.test(config.baseline) ? vscode.Uri.file(config.baseline) : vscode.Uri.joinPath(configUri, '..', config.baseline);
    const key = uri.toString();
    let pending = this.byUri.get(key);
    if (!pending) {
      this.watch(uri);
      pending = this.read(uri, config);
      this.byUri.set(key, pending);
    }
    return pending;
  }

  private async read(uri: vscode.Uri, config: CyberGuruConfig): Promise<BaselineLookup> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      // A device or pipe reports no size and may never end: only regular files are read.
      if ((stat.type & vscode.FileType.File) === 0) return this.failed(uri, 'not a file');
      if (stat.size > MAX_BASELINE_BYTES) return this.failed(uri, `larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MB`);
      const baseline = readBaselineBytes(await vscode.workspace.fs.readFile(uri), uri.toString(), config);
      for (const d of baseline.duplicates) this.log.warn(`${uri.fsPath}: the baseline has the ${d.kind} "${d.value}" on lines ${d.lines.join(', ')}; line ${d.lines[0]} is compared`);
      return { baseline, uri };
    } catch (err) {
      return this.failed(uri, err instanceof vscode.FileSystemError ? err.code : (err as Error).message);
    }
  }

  private failed(uri: vscode.Uri, reason: string): BaselineLookup {
    const error = `${uri.fsPath || uri.toString()}: cannot read the baseline (${reason})`;
    this.log.warn(error);
    return { uri, error };
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const folder = vscode.Uri.joinPath(uri, '..');
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const changed = () => this.noteChanged(uri);
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)));
  }

  /** A file changed on disk (from this store's watchers, or the workspace's CSV watcher): drops it if it is a baseline. */
  noteChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.watchers.has(key)) return;
    this.log.info(`${uri.fsPath || key}: the baseline changed; linting the open lists again`);
    this.byUri.delete(key);
    this.changed.fire(uri);
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
    this.changed.dispose();
  }
}
