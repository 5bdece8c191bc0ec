// Builds fix-all edits for an open document: for `source.fixAll.cyberguru` (on save), the
// "Fix all" quick fixes and the `cyberguru.fixAll` command. Every edit is versioned: if the document
// changes while the fixes are computed, nothing is returned rather than a stale edit.
import * as vscode from 'vscode';
import { fixAllAsync, lintTextAsync, type TextEdit } from '../lint';
import type { ConfigStore } from './configStore';
import { isBulkFixable } from './bulkFix';
import type { DocumentLinter } from './documentLinter';
import { lintInputFor, toDocumentEdit } from './documentCoordinates';
import type { FileFacts } from './fileFacts';

const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));


/** Engine edits (offsets into the linted text) as a WorkspaceEdit of the document. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], bomShift: 0 | 1): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of edits) {
    const documentEdit = toDocumentEdit(edit, bomShift);
    if (!documentEdit) continue;
    const range = new vscode.Range(document.positionAt(documentEdit.start), document.positionAt(documentEdit.end));
    workspaceEdit.replace(document.uri, range, documentEdit.newText);
  }
  return workspaceEdit;
}

export class FixAllService {
  constructor(
    private readonly linter: DocumentLinter,
    private readonly configs: ConfigStore,
    private readonly fileFacts: FileFacts,
  ) {}

  /**
   * The edit that applies every safe fix (of one rule, if `code` is given) until the file is stable,
   * or undefined when there is nothing to fix or the document changed meanwhile.
   */
  async editFor(document: vscode.TextDocument, code?: string, token?: vscode.CancellationToken): Promise<vscode.WorkspaceEdit | undefined> {
    const version = document.version;
    const snapshot = this.linter.currentSnapshot(document);
    const text = document.getText();
    const config = snapshot?.config ?? (await this.configs.configFor(document.uri)).config;
    const hasBom = snapshot ? snapshot.bomShift === 1 : await this.fileFacts.hasBom(document.uri);
    if (document.version !== version || token?.isCancellationRequested) return undefined;
    const input = lintInputFor(text, hasBom);
    const complete = snapshot && snapshot.result.truncated === 0 ? snapshot.problems : undefined;
    const plan = await fixAllAsync(input.text, async (current) => (await lintTextAsync(current, { config, yieldControl: yieldToHost })).problems, {
      problems: complete,
      select: (problem) => isBulkFixable(problem, code),
    });
    if (document.version !== version || token?.isCancellationRequested || plan.edits.length === 0) return undefined;
    return toWorkspaceEdit(document, plan.edits, input.bomShift);
  }

  /** Applies fix-all to the document; false when there was nothing to do or it changed meanwhile. */
  async apply(document: vscode.TextDocument, code?: string): Promise<boolean> {
    const edit = await this.editFor(document, code);
    return edit ? vscode.workspace.applyEdit(edit) : false;
  }
}
