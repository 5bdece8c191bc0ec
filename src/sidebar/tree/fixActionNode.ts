// A clickable fix under an error node: "Sign in again", "Remove team", "Retry".
import * as vscode from 'vscode';
import type { FixAction } from './errorFixes';
import { TreeNode } from './treeNode';

export class FixActionNode extends TreeNode {
  constructor(
    parent: TreeNode,
    readonly action: FixAction,
  ) {
    super(parent);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.action.title, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon(this.action.icon);
    item.command = { title: this.action.title, command: this.action.command, arguments: this.action.args };
    item.contextValue = 'fixAction';
    return item;
  }
}
