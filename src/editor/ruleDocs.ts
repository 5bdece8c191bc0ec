// Rule documentation pages ship inside the extension (docs/rules/CGxxx.md), so links work offline.
import * as vscode from 'vscode';
import { ruleByCode } from '../lint';
import { BuiltinCommands } from './constants';
import type { DocsLocator } from './diagnostics';

export function docsLocator(extensionUri: vscode.Uri): DocsLocator {
  const cache = new Map<string, vscode.Uri | undefined>();
  return (code) => {
    if (!cache.has(code)) {
      const meta = ruleByCode(code);
      cache.set(code, meta ? vscode.Uri.joinPath(extensionUri, meta.docsPath) : undefined);
    }
    return cache.get(code);
  };
}

/** Opens a rule's page as a rendered Markdown preview (plain editor if the preview is unavailable). */
export async function showRuleDocs(docs: DocsLocator, code: unknown): Promise<void> {
  const uri = typeof code === 'string' ? docs(code) : undefined;
  if (!uri) return;
  try {
    await vscode.commands.executeCommand(BuiltinCommands.markdownPreview, uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}
