// What went wrong loading a scope, with its fixes as children (a failing part of the tree becomes an
// error node and the rest keeps loading, as in the Azure Resources tree).
import * as vscode from 'vscode';
import { ReportError } from '../../report';
import { FixActionNode } from './fixActionNode';
import type { FixAction } from './errorFixes';
import { TreeNode } from './treeNode';

/** The row shows the first sentence (what is wrong); the tooltip has the whole message (what to do). */
function firstSentence(message: string): string {
  const end = message.search(/[.!?]\s/);
  return end < 0 ? message : message.slice(0, end + 1);
}

export class ErrorNode extends TreeNode {
  constructor(
    parent: TreeNode | undefined,
    readonly error: Error,
    private readonly fixes: readonly FixAction[],
    /** The platform's spelling of an unknown team's name, said as "did you mean". */
    readonly suggestion?: string,
  ) {
    super(parent);
  }

  /** "EXT_1004 (HTTP 422)" or the error's name. */
  get code(): string {
    if (!(this.error instanceof ReportError)) return this.error.name;
    return this.error.status === undefined ? this.error.code : `${this.error.code} (HTTP ${this.error.status})`;
  }

  getTreeItem(): vscode.TreeItem {
    const label = this.suggestion === undefined ? firstSentence(this.error.message) : vscode.l10n.t('{problem} Did you mean "{name}"?', { problem: firstSentence(this.error.message), name: this.suggestion });
    const item = new vscode.TreeItem(label, this.fixes.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.description = this.code;
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    item.tooltip = `${this.code}: ${this.error.message}`;
    item.contextValue = 'error';
    return item;
  }

  override getChildren(): TreeNode[] {
    return this.fixes.map((fix) => new FixActionNode(this, fix));
  }
}
