import type * as vscode from 'vscode';

export interface SidebarApi {
  reportTree?: vscode.TreeDataProvider<unknown>;
}

/** Registers the Training Completion view, sign-in and report commands. */
export function registerSidebar(_context: vscode.ExtensionContext, _log: vscode.LogOutputChannel): SidebarApi {
  return {};
}
