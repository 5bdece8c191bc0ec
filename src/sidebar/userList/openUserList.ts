// Finds the user list the admin has open, and its `.cyberguru.json` (searched upward from the file,
// never above its workspace folder) through vscode.workspace.fs so remote folders work too.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseConfig, type CyberGuruConfig } from '../../lint';

const CSV_LANGUAGE_ID = 'csv';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The `.cyberguru.json` that applies to a file, or an empty config. */
export async function configFor(uri: vscode.Uri): Promise<CyberGuruConfig> {
  if (uri.scheme === 'untitled') return {};
  const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
  let folder = vscode.Uri.joinPath(uri, '..');
  for (;;) {
    const text = await readText(vscode.Uri.joinPath(folder, CONFIG_FILE_NAME));
    if (text !== undefined) return parseConfig(text).config;
    const parent = vscode.Uri.joinPath(folder, '..');
    if (!root || folder.toString() === root.toString() || parent.path === folder.path) return {};
    folder = parent;
  }
}

/** The user list a command is about: the given URI's document, else the active or a visible CSV editor. */
export function userListDocument(arg?: unknown): vscode.TextDocument | undefined {
  const uri = arg instanceof vscode.Uri ? arg.toString() : typeof arg === 'string' ? arg : undefined;
  if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === CSV_LANGUAGE_ID) return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === CSV_LANGUAGE_ID)?.document;
}
