// Quick fixes for user-list diagnostics: each engine fix, "fix all of this rule", "fix all", the rule's
// docs, file-encoding actions; and `source.fixAll.cyberguru` for editor.codeActionsOnSave.
import * as vscode from 'vscode';
import { collectSafeEdits, type Fix, type Problem } from '../lint';
import { BOM_CODE, BuiltinCommands, Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND_SUFFIX, NOT_UTF8_CODE } from './constants';
import { diagnosticKey } from './diagnostics';
import type { DocumentLinter, LintSnapshot } from './documentLinter';
import { isBulkFixable } from './bulkFix';
import { toWorkspaceEdit, type FixAllService } from './fixAllService';
import type { UsernameFixRequest } from './usernameFix';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(FIX_ALL_KIND_SUFFIX);

function fixTitle(fix: Fix): string {
  return fix.template ? vscode.l10n.t(fix.template, fix.args) : fix.title;
}

/** True when a fix edits a cell of a username column (usernames can never change after import). */
function hasBulkFix(problem: Problem, code?: string): boolean {
  return isBulkFixable(problem, code) && problem.fixes.some((fix) => fix.safe);
}

export class UserListCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly linter: DocumentLinter,
    private readonly fixAll: FixAllService,
  ) {}

  /** Called for the light bulb, Ctrl+. and code actions on save. */
  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (context.only?.contains(FIX_ALL_KIND)) return this.sourceFixAll(document, token);
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const snapshot = this.linter.currentSnapshot(document);
    if (!snapshot) return [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const actions: vscode.CodeAction[] = [];
    const codes = new Set<string>();
    for (const diagnostic of ours) {
      const problem = snapshot.problemByKey.get(diagnosticKey(diagnostic));
      if (!problem) continue;
      codes.add(problem.code);
      actions.push(...this.singleFixes(document, snapshot, problem, diagnostic));
      actions.push(...this.fileActions(document, problem, diagnostic));
    }
    for (const code of codes) {
      const sameRule = snapshot.problems.filter((p) => hasBulkFix(p, code));
      if (sameRule.length > 1) actions.push(this.fixRule(document, snapshot, code, sameRule));
    }
    if (codes.size > 0 && snapshot.problems.filter((p) => hasBulkFix(p)).length > 1) {
      const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable problems'), vscode.CodeActionKind.QuickFix);
      action.command = { title: action.title, command: Commands.fixAll, arguments: [document.uri] };
      actions.push(action);
    }
    for (const code of codes) {
      const action = new vscode.CodeAction(vscode.l10n.t('Show documentation for {code}', { code }), vscode.CodeActionKind.QuickFix);
      action.command = { title: action.title, command: Commands.showRuleDocs, arguments: [code] };
      actions.push(action);
    }
    return actions;
  }

  private singleFixes(document: vscode.TextDocument, snapshot: LintSnapshot, problem: Problem, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const fix of problem.fixes) {
      const edit = toWorkspaceEdit(document, fix.edits, snapshot.bomShift);
      if (edit.size === 0) continue;
      if (fix.changesUsername) {
        const title = vscode.l10n.t('{fix} (changes a username)', { fix: fixTitle(fix) });
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        const request: UsernameFixRequest = { uri: document.uri.toString(), version: document.version, title: fixTitle(fix), edit };
        action.command = { title, command: Commands.applyUsernameFix, arguments: [request] };
        action.diagnostics = [diagnostic];
        actions.push(action);
        continue;
      }
      const action = new vscode.CodeAction(fixTitle(fix), vscode.CodeActionKind.QuickFix);
      action.edit = edit;
      action.diagnostics = [diagnostic];
      action.isPreferred = fix.safe && fix.preferred;
      actions.push(action);
    }
    return actions;
  }

  /** CG001 and CG002 are about the file's bytes, which no text edit can change. */
  private fileActions(document: vscode.TextDocument, problem: Problem, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const command = (title: string, id: string, args: unknown[] = []): vscode.CodeAction => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.command = { title, command: id, arguments: args };
      action.diagnostics = [diagnostic];
      return action;
    };
    if (problem.code === NOT_UTF8_CODE) {
      return [
        command(vscode.l10n.t('Reopen with the file\'s real encoding…'), BuiltinCommands.changeEncoding),
        command(vscode.l10n.t('Save the file as UTF-8 (converted from its encoding, only if no character changes)'), Commands.convertToUtf8, [document.uri]),
      ];
    }
    if (problem.code === BOM_CODE) {
      return [command(vscode.l10n.t('Remove the byte order mark (BOM) from the file'), Commands.removeBom, [document.uri])];
    }
    return [];
  }

  private fixRule(document: vscode.TextDocument, snapshot: LintSnapshot, code: string, problems: Problem[]): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all {code} problems in this file', { code }), vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, collectSafeEdits(problems, [code]), snapshot.bomShift);
    return action;
  }

  private async sourceFixAll(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    // Only user lists: `source.fixAll` on save may be enabled for every language.
    if (!this.linter.latestSnapshot(document.uri)) return [];
    const edit = await this.fixAll.editFor(document, undefined, token);
    if (!edit) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable user-list problems'), FIX_ALL_KIND);
    action.edit = edit;
    return [action];
  }
}
