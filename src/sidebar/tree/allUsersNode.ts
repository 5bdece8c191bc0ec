// Every reported user of the company (also those in no listed team), sorted, filtered and paged.
import * as vscode from 'vscode';
import { COMPANY } from '../model/scopeState';
import { scopeUserNodes } from './scopeUsers';
import { TreeNode, type TreeContext } from './treeNode';

export class AllUsersNode extends TreeNode {
  constructor(
    parent: TreeNode,
    private readonly context: TreeContext,
  ) {
    super(parent);
  }

  getTreeItem(): vscode.TreeItem {
    const page = this.context.model.usersPage(COMPANY);
    const item = new vscode.TreeItem(vscode.l10n.t('All users'), vscode.TreeItemCollapsibleState.Collapsed);
    if (page) {
      item.description = this.context.model.filter
        ? vscode.l10n.t('{matching} of {total} match', { matching: page.matching, total: page.total })
        : String(page.total);
    }
    item.iconPath = new vscode.ThemeIcon('person');
    item.contextValue = 'allUsers';
    return item;
  }

  override getChildren(): TreeNode[] {
    return scopeUserNodes(this.context, COMPANY, this);
  }
}
