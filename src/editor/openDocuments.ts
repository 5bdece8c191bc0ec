import * as vscode from 'vscode';

/** The text document VS Code has open for `uri` (a Uri or its string form), or undefined. */
export function openDocumentFor(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = typeof uri === 'string' ? uri : uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}
