// Reads the baseline a `.cyberguru.json` names ("baseline", relative to the config file) through
// vscode.workspace.fs, keeps one copy per file, and watches each file it read: when a baseline changes,
// is created or deleted, its copy is dropped and onDidChange fires (the open lists are then re-linted).
// A config is the repository's input, not the user's: in an untrusted workspace its baseline is ignored,
// and a baseline must lie inside the config's repository and be a regular file of at most 64 MB.
import * as vscode from 'vscode';
import type { CyberGuruConfig } from '../lint';
import { readBaselineBytes, type Baseline } from '../lint/baseline';
import { BaselineFileError, configBaselinePath, MAX_BASELINE_BYTES, readBaselineFile } from '../lint/baseline/baselineFile';

export interface BaselineLookup {
  baseline?: Baseline;
  uri?: vscode.Uri;
  /** Why a configured baseline could not be used. */
  error?: string;
}

export class BaselineStore implements vscode.Disposable {
  private readonly byUri = new Map<string, Promise<BaselineLookup>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly trustGranted: vscode.Disposable;
  /** The untrusted-workspace notice is logged once, not at every lint. */
  private untrustedNoted = false;
  /** A baseline file changed on disk (undefined: every baseline may now read differently). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.trustGranted = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      this.byUri.clear();
      this.changed.fire(undefined);
    });
  }

  /** The baseline of a config read from `configUri`, or an empty lookup when it names none. */
  baselineFor(config: CyberGuruConfig, configUri: vscode.Uri | undefined): Promise<BaselineLookup> {
    if (!config.baseline || !configUri) return Promise.resolve({});
    if (!vscode.workspace.isTrusted) {
      if (!this.untrustedNoted) {
        this.untrustedNoted = true;
        this.log.warn(`${configUri.fsPath || configUri.toString()}: the "baseline" of the configuration is ignored until the workspace is trusted`);
      }
      return Promise.resolve({});
    }
    let uri: vscode.Uri;
    try {
      uri = this.resolve(configUri, config.baseline);
    } catch (err) {
      const error = (err as Error).message;
      this.log.warn(error);
      return Promise.resolve({ error });
    }
    const key = uri.toString();
    let pending = this.byUri.get(key);
    if (!pending) {
      this.watch(uri);
      pending = this.read(uri, config);
      this.byUri.set(key, pending);
    }
    return pending;
  }

  /** The baseline's file: inside the config's repository (on disk) or the config's folder (elsewhere). */
  private resolve(configUri: vscode.Uri, baseline: string): vscode.Uri {
    if (configUri.scheme === 'file') return vscode.Uri.file(configBaselinePath(configUri.fsPath, baseline));
    const folder = vscode.Uri.joinPath(configUri, '..');
    const uri = vscode.Uri.joinPath(folder, baseline);
    if (/^([a-zA-Z]:)?[\\/]/.test(baseline) || !uri.path.startsWith(`${folder.path.replace(/\/$/, '')}/`)) {
      throw new BaselineFileError(`${uri.toString()}: the baseline "${baseline}" in ${configUri.toString()} is outside the configuration's folder`);
    }
    return uri;
  }

  private async read(uri: vscode.Uri, config: CyberGuruConfig): Promise<BaselineLookup> {
    try {
      const bytes = uri.scheme === 'file' ? readBaselineFile(uri.fsPath) : await this.readOther(uri);
      const baseline = readBaselineBytes(bytes, uri.toString(), config);
      for (const d of baseline.duplicates) this.log.warn(`${uri.fsPath}: the baseline has the ${d.kind} "${d.value}" on lines ${d.lines.join(', ')}; line ${d.lines[0]} is compared`);
      return { baseline, uri };
    } catch (err) {
      if (err instanceof BaselineFileError) {
        this.log.warn(err.message);
        return { uri, error: err.message };
      }
      return this.failed(uri, err instanceof vscode.FileSystemError ? err.code : (err as Error).message);
    }
  }

  /** A baseline on another file system (a remote or virtual workspace): a file within the size limit. */
  private async readOther(uri: vscode.Uri): Promise<Uint8Array> {
    const limit = `${uri.toString()}: cannot read the baseline (larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MB)`;
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0) throw new BaselineFileError(`${uri.toString()}: cannot read the baseline (not a regular file)`);
    if (stat.size > MAX_BASELINE_BYTES) throw new BaselineFileError(limit);
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.byteLength > MAX_BASELINE_BYTES) throw new BaselineFileError(limit);
    return bytes;
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
    this.trustGranted.dispose();
    this.changed.dispose();
  }
}
