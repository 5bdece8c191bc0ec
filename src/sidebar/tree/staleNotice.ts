// The one line that says a refresh failed and the figures below are those of an earlier read (with
// "Retry"), instead of an error on the company and on every team.
import * as vscode from 'vscode';
import type { StaleMark } from '../model/scopeState';
import { ErrorNode } from './errorNode';
import { SidebarCommands } from '../constants';
import { formatTime } from './presentation';
import type { TreeNode } from './treeNode';

export class StaleNoticeNode extends ErrorNode {
  constructor(
    parent: TreeNode,
    readonly stale: StaleMark,
  ) {
    super(parent, stale.error, [{ title: vscode.l10n.t('Retry'), command: SidebarCommands.refreshReport, args: [], icon: 'refresh' }]);
  }

  override getTreeItem(): vscode.TreeItem {
    const item = super.getTreeItem();
    item.label = vscode.l10n.t('Refresh failed: showing the figures read at {time}', { time: formatTime(this.stale.readAt) });
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    item.tooltip = vscode.l10n.t('The refresh failed ({reason}). The figures shown were read at {time}.', { reason: this.stale.error.message, time: formatTime(this.stale.readAt) });
    item.contextValue = 'stale';
    item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
    return item;
  }
}
