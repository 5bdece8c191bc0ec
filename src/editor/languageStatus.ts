// The language-status item for the active user list: how many users, errors and warnings; a click
// opens the Problems panel.
import * as vscode from 'vscode';
import type { Problem } from '../lint';
import { BuiltinCommands, Commands, CSV_LANGUAGE_ID, LANGUAGE_STATUS_ID } from './constants';
import type { DocumentLinter } from './documentLinter';

export class UserListStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly linter: DocumentLinter) {
    this.item = vscode.languages.createLanguageStatusItem(LANGUAGE_STATUS_ID, { language: CSV_LANGUAGE_ID });
    this.item.name = vscode.l10n.t('Cyber Guru user list');
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidLint((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** Shows the counts of the active editor's latest lint. */
  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const snapshot = document ? this.linter.latestSnapshot(document.uri) : undefined;
    if (!snapshot) {
      this.item.text = vscode.l10n.t('Not a Cyber Guru user list');
      this.item.detail = vscode.l10n.t('Needs an e-mail column and another known column, or a match in cyberguru.lint.include');
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.command = undefined;
      return;
    }
    let errors = 0;
    let warnings = 0;
    for (const problem of snapshot.problems) {
      if (problem.severity === 'error') errors++;
      else if (problem.severity === 'warning') warnings++;
    }
    const more = snapshot.result.truncated > 0 ? '+' : '';
    this.item.text = vscode.l10n.t('$(account) {users} users', { users: snapshot.result.userCount });
    this.item.detail = vscode.l10n.t('{errors} errors, {warnings} warnings', { errors: `${errors}${more}`, warnings: `${warnings}${more}` });
    this.item.severity =
      errors > 0 ? vscode.LanguageStatusSeverity.Error : warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.command = { title: vscode.l10n.t('Show Problems'), command: BuiltinCommands.showProblems };
    if (snapshot.config.baseline) this.showBaselineCounts(snapshot.problems);
  }

  /** With a baseline: what the import changes, from the baseline rules' findings; a click previews it. */
  private showBaselineCounts(problems: readonly Problem[]): void {
    let usernames = 0;
    let emails = 0;
    let missing = 0;
    for (const problem of problems) {
      if (problem.code === 'CG501') usernames++;
      else if (problem.code === 'CG502') emails++;
      else if (problem.code === 'CG503') missing = Number(problem.args.count);
    }
    this.item.detail = vscode.l10n.t('{errors}; baseline: {usernames} username changes, {emails} e-mail changes, {missing} not in the list', {
      errors: this.item.detail ?? '',
      usernames,
      emails,
      missing,
    });
    this.item.command = { title: vscode.l10n.t('Preview Import'), command: Commands.previewImport };
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
