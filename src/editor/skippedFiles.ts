// What "Lint User Lists in Workspace" tells about the CSV files it left alone, and the way to lint one
// anyway: adding it to `cyberguru.lint.include` (a setting the admin can see and undo), then opening it.
import * as vscode from 'vscode';
import { BuiltinCommands } from './constants';
import type { WorkspaceLintSummary } from './workspaceLint';
import { inertLinks } from '../util/inertLinks';

export async function showWorkspaceSummary(summary: WorkspaceLintSummary): Promise<void> {
  const show = vscode.l10n.t('Show Problems');
  const lintAnyway = vscode.l10n.t('Lint One Anyway…');
  const linted = vscode.l10n.t('Linted {files} user lists: {problems} problems.', summary);
  const skipped =
    summary.skipped > 0
      ? ' ' +
        vscode.l10n.t(
          'Skipped {skipped} other CSV files: their header does not name at least two user-list columns, one of them the e-mail or the username.',
          summary,
        )
      : '';
  const picked = await vscode.window.showInformationMessage(inertLinks(linted + skipped), ...(summary.skipped > 0 ? [show, lintAnyway] : [show]));
  if (picked === show) await vscode.commands.executeCommand(BuiltinCommands.showProblems);
  if (picked === lintAnyway) await lintOneAnyway(summary.skippedFiles);
}

async function lintOneAnyway(files: readonly vscode.Uri[]): Promise<void> {
  const items = files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri }));
  const choice = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Lint this file as a user list (adds it to cyberguru.lint.include)') });
  if (!choice) return;
  const folder = vscode.workspace.getWorkspaceFolder(choice.uri);
  const settings = vscode.workspace.getConfiguration('cyberguru.lint', choice.uri);
  const include = settings.get<string[]>('include') ?? [];
  const glob = folder ? vscode.workspace.asRelativePath(choice.uri, false) : choice.uri.fsPath;
  if (!include.includes(glob)) {
    const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
    await settings.update('include', [...include, glob], target);
  }
  await vscode.window.showTextDocument(choice.uri);
}
