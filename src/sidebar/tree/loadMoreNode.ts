// "Load more": the next page of a large scope's users.
import * as vscode from 'vscode';
import { SidebarCommands } from '../constants';
import type { Scope } from '../model/scopeState';
import { TreeNode } from './treeNode';

export class LoadMoreNode extends TreeNode {
  constructor(
    parent: TreeNode,
    readonly scope: Scope,
    readonly shown: number,
    readonly matching: number,
  ) {
    super(parent);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Load more…'), vscode.TreeItemCollapsibleState.None);
    item.description = vscode.l10n.t('{shown} of {total} shown', { shown: this.shown, total: this.matching });
    item.iconPath = new vscode.ThemeIcon('ellipsis');
    item.command = { title: vscode.l10n.t('Load more…'), command: SidebarCommands.loadMore, arguments: [this.scope] };
    item.contextValue = 'loadMore';
    return item;
  }
}
