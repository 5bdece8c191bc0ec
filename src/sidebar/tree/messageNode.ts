// A line of information in the tree ("Loading…", "No users match", why the team list is missing).
import * as vscode from 'vscode';
import { TreeNode } from './treeNode';

export class MessageNode extends TreeNode {
  constructor(
    parent: TreeNode | undefined,
    readonly message: string,
    private readonly icon: vscode.ThemeIcon = new vscode.ThemeIcon('info'),
    private readonly tooltip?: string,
  ) {
    super(parent);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.message, vscode.TreeItemCollapsibleState.None);
    item.iconPath = this.icon;
    item.tooltip = this.tooltip ?? this.message;
    item.contextValue = 'message';
    return item;
  }
}
