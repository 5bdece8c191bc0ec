// Finds and parses the `.cyberguru.json` that applies to a CSV (the same file the CLI reads), searching
// upward from the CSV's folder but never above its workspace folder. Read through vscode.workspace.fs
// so it also works in remote and virtual workspaces.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, oversizedConfigError, parseConfig, type CyberGuruConfig } from '../lint';
import type { Baseline } from '../lint/baseline';
import type { BaselineStore } from './baselineStore';

export interface ConfigLookup {
  config: CyberGuruConfig;
  /** The file the config came from, if any. */
  uri?: vscode.Uri;
  /** Validation errors of that file (the config falls back to what could be parsed). */
  errors: string[];
  /** The users the platform has, when the config names a readable "baseline". */
  baseline?: Baseline;
}

const NO_CONFIG: ConfigLookup = { config: {}, errors: [] };

/** Caches one lookup per folder until a `.cyberguru.json` changes. */
export class ConfigStore {
  private readonly byFolder = new Map<string, Promise<ConfigLookup>>();

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly baselines?: BaselineStore,
  ) {}

  /** Called when any `.cyberguru.json` is created, changed or deleted. */
  invalidate(): void {
    this.byFolder.clear();
  }

  configFor(documentUri: vscode.Uri): Promise<ConfigLookup> {
    if (documentUri.scheme === 'untitled') return Promise.resolve(NO_CONFIG);
    const folder = vscode.Uri.joinPath(documentUri, '..');
    return this.lookupFrom(folder, vscode.workspace.getWorkspaceFolder(documentUri)?.uri);
  }

  private lookupFrom(folder: vscode.Uri, workspaceRoot: vscode.Uri | undefined): Promise<ConfigLookup> {
    const key = folder.toString();
    let pending = this.byFolder.get(key);
    if (!pending) {
      pending = this.readFolder(folder, workspaceRoot);
      this.byFolder.set(key, pending);
    }
    return pending;
  }

  private async readFolder(folder: vscode.Uri, workspaceRoot: vscode.Uri | undefined): Promise<ConfigLookup> {
    const candidate = vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
    const bytes = await readIfExists(candidate);
    if (typeof bytes === 'string') return this.refuse(candidate, bytes);
    if (bytes) return this.withBaseline(this.parse(candidate, bytes));
    const parent = vscode.Uri.joinPath(folder, '..');
    // Outside any workspace folder only the CSV's own folder counts; inside, stop at the folder's root.
    const atTop = !workspaceRoot || folder.toString() === workspaceRoot.toString() || parent.path === folder.path;
    if (atTop || !isInside(parent, workspaceRoot)) return NO_CONFIG;
    return this.lookupFrom(parent, workspaceRoot);
  }

  /** A config file over the size bound: not read, and said why. */
  private refuse(uri: vscode.Uri, error: string): ConfigLookup {
    this.log.warn(`${uri.fsPath || uri.toString()}: ${error}`);
    return { config: {}, uri, errors: [error] };
  }

  private async withBaseline(lookup: ConfigLookup): Promise<ConfigLookup> {
    if (!this.baselines || !lookup.config.baseline) return lookup;
    const { baseline, error } = await this.baselines.baselineFor(lookup.config, lookup.uri);
    return { ...lookup, baseline, errors: error ? [...lookup.errors, error] : lookup.errors };
  }

  private parse(uri: vscode.Uri, bytes: Uint8Array): ConfigLookup {
    const { config, errors } = parseConfig(new TextDecoder('utf-8').decode(bytes));
    for (const error of errors) this.log.warn(`${uri.fsPath || uri.toString()}: ${error}`);
    return { config, uri, errors };
  }
}

function isInside(candidate: vscode.Uri, root: vscode.Uri | undefined): boolean {
  if (!root) return false;
  const rootPath = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return candidate.scheme === root.scheme && candidate.authority === root.authority &&
    (candidate.path === root.path || candidate.path.startsWith(rootPath));
}

/** The file's bytes, undefined when it does not exist, or the error text when it is too large to read. */
async function readIfExists(uri: vscode.Uri): Promise<Uint8Array | string | undefined> {
  try {
    const tooLarge = oversizedConfigError((await vscode.workspace.fs.stat(uri)).size);
    if (tooLarge) return tooLarge;
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}
