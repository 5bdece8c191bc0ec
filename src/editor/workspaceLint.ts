// "Cyber Guru: Lint User Lists in Workspace": lints every matching CSV, open or not, with a cancellable
// progress notification, so the Problems panel lists them all.
import * as vscode from 'vscode';
import { readLintSettings } from './settings';
import type { DocumentLinter } from './documentLinter';
import type { LargeFileGuard } from './largeFileGuard';

async function findAll(globs: readonly string[], token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await Promise.all(globs.map((glob) => vscode.workspace.findFiles(glob, undefined, undefined, token)));
  return found.flat();
}

export interface WorkspaceLintSummary {
  files: number;
  problems: number;
  /** CSV files left alone: their header is no evidence of a user list (see userListEvidence). */
  skipped: number;
  skippedFiles: vscode.Uri[];
  /** Files too large for the editor (their notification points to the CLI). */
  tooLarge: number;
}

export async function lintWorkspace(linter: DocumentLinter, largeFiles: LargeFileGuard): Promise<WorkspaceLintSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Linting user lists'), cancellable: true },
    async (progress, token) => {
      const settings = readLintSettings();
      const [csvFiles, included, excluded] = await Promise.all([
        findAll(['**/*.csv'], token),
        findAll(settings.include, token),
        findAll(settings.exclude, token),
      ]);
      const excludedKeys = new Set(excluded.map((uri) => uri.toString()));
      const includedKeys = new Set(included.map((uri) => uri.toString()));
      const candidates = new Map<string, vscode.Uri>();
      for (const uri of [...csvFiles, ...included]) {
        if (!excludedKeys.has(uri.toString())) candidates.set(uri.toString(), uri);
      }
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      const openDocuments = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      const summary: WorkspaceLintSummary = { files: 0, problems: 0, skipped: 0, skippedFiles: [], tooLarge: 0 };
      let done = 0;
      for (const [key, uri] of candidates) {
        if (token.isCancellationRequested) throw new vscode.CancellationError();
        progress.report({
          message: vscode.l10n.t('{done} of {total}: {file}', { done, total: candidates.size, file: vscode.workspace.asRelativePath(uri) }),
          increment: 100 / candidates.size,
        });
        const document = openDocuments.get(key);
        // A file too large for the editor is not even read (its notification points to the CLI).
        const tooLarge = !document && (await largeFiles.check(uri));
        const snapshot = document
          ? await linter.lint(document)
          : tooLarge
            ? undefined
            : await linter.lintFile(uri, await vscode.workspace.fs.readFile(uri), includedKeys.has(key), abort.signal);
        done++;
        if (snapshot) {
          summary.files++;
          summary.problems += snapshot.diagnostics.length;
        } else if (tooLarge) summary.tooLarge++;
        else {
          summary.skipped++;
          summary.skippedFiles.push(uri);
        }
      }
      return summary;
    },
  );
}
