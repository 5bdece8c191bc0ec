// Shared steps for the editor suites: fresh files in the test workspace, the engine's expectations, and
// waiting on onDidChangeDiagnostics (never on a fixed sleep).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parseConfig, ruleByCode, type CyberGuruConfig, type Problem, type Range } from '../../../../src/lint';

export const EXTENSION_ID = 'cyberguru-admin-tools.cyberguru-userlist';
export const SOURCE = 'cyberguru';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (a copy of samples/) is open');
  return folder.uri;
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  await extension.activate();
  return extension;
}

let fileCounter = 0;

/** Writes a new file in its own folder under the workspace, so no earlier test has it open. */
export function writeWorkspaceFile(name: string, content: string | Uint8Array): vscode.Uri {
  const folder = vscode.Uri.joinPath(workspaceRoot(), 'editor-tests', `${process.pid}-${++fileCounter}`);
  fs.mkdirSync(folder.fsPath, { recursive: true });
  const uri = vscode.Uri.joinPath(folder, name);
  fs.writeFileSync(uri.fsPath, content);
  return uri;
}

/** The `.cyberguru.json` of the test workspace, as the extension finds it upward from the CSV. */
export function workspaceConfig(): CyberGuruConfig {
  const file = vscode.Uri.joinPath(workspaceRoot(), '.cyberguru.json').fsPath;
  return fs.existsSync(file) ? parseConfig(fs.readFileSync(file, 'utf8')).config : {};
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * Resolves with the file's diagnostics once `condition` holds for them, checking now and on every
 * onDidChangeDiagnostics event for that file.
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  condition: (diagnostics: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const diagnostics = ours(uri);
      if (!condition(diagnostics)) return false;
      subscription?.dispose();
      resolve(diagnostics);
      return true;
    };
    let subscription: vscode.Disposable | undefined;
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

/**
 * Waits until `condition()` holds, checking every 20 ms up to a deadline: for state no event announces
 * (extension activation, what the extension told the user).
 */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves at the next diagnostics change for the file (start waiting BEFORE the action). */
export function nextDiagnosticsChange(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      subscription.dispose();
      resolve(ours(uri));
    });
  });
}

/** Opens a file in an editor and resolves with its first published diagnostics. */
export async function openAndLint(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  await activeExtension();
  const linted = nextDiagnosticsChange(uri);
  const editor = await vscode.window.showTextDocument(uri);
  return { editor, diagnostics: await linted };
}

/** An engine range as VS Code shows it: the BOM is not part of the document's first line. */
export function documentRange(range: Range, hasBom: boolean): vscode.Range {
  const shift = (p: Range['start']) => (hasBom && p.line === 0 ? Math.max(0, p.column - 1) : p.column);
  return new vscode.Range(range.start.line, shift(range.start), range.end.line, shift(range.end));
}

export function docsTarget(extension: vscode.Extension<unknown>, code: string): string {
  const meta = ruleByCode(code);
  assert.ok(meta, `rule ${code} is in the registry`);
  return vscode.Uri.joinPath(extension.extensionUri, meta.docsPath).toString();
}

/** A comparable summary of a diagnostic: code, range, severity and message. */
export function describeDiagnostic(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${codeOf(d)} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`;
}

export function describeProblem(p: Problem, hasBom: boolean): string {
  const r = documentRange(p.range, hasBom);
  const severity = p.severity === 'error' ? 'Error' : p.severity === 'warning' ? 'Warning' : 'Information';
  return `${p.code} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${severity} ${p.message}`;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
