import type * as vscode from 'vscode';

/** Registers diagnostics, code actions, hovers and status for user-list CSV files. */
export function registerEditorFeatures(_context: vscode.ExtensionContext, _log: vscode.LogOutputChannel): void {}
