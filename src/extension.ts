import * as vscode from 'vscode';
import { registerEditorFeatures } from './editor';
import { registerSidebar, type SidebarApi } from './sidebar';

/** What `activate()` returns: lets tests and other extensions read what the extension shows. */
export interface CyberGuruExtensionApi extends SidebarApi {}

export function activate(context: vscode.ExtensionContext): CyberGuruExtensionApi {
  const log = vscode.window.createOutputChannel('Cyber Guru', { log: true });
  context.subscriptions.push(log);
  registerEditorFeatures(context, log);
  return registerSidebar(context, log);
}

export function deactivate(): void {}
