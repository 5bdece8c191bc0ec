// A user: overall completion, then the two services as children.
import * as vscode from 'vscode';
import type { UserProgress } from '../../report';
import { thresholdIcon, userDescription, userTooltip } from './presentation';
import { ServiceNode } from './serviceNode';
import { TreeNode } from './treeNode';

export class UserNode extends TreeNode {
  constructor(
    parent: TreeNode,
    readonly user: UserProgress,
    private readonly threshold: number,
  ) {
    super(parent);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.user.email, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = userDescription(this.user);
    item.iconPath = thresholdIcon('person', this.user.completion_rate_total, this.user.assigned_total, this.threshold);
    item.tooltip = userTooltip(this.user, this.threshold);
    item.contextValue = 'user';
    return item;
  }

  override getChildren(): TreeNode[] {
    return [
      new ServiceNode(this, vscode.l10n.t('Awareness'), this.user.services.awareness, this.threshold),
      new ServiceNode(this, vscode.l10n.t('Channel'), this.user.services.channel, this.threshold),
    ];
  }
}
