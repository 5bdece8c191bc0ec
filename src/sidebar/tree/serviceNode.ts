// One of a user's two services (Awareness, Channel).
import * as vscode from 'vscode';
import type { ServiceProgress } from '../../report';
import { formatRate, serviceDescription, thresholdIcon } from './presentation';
import { TreeNode } from './treeNode';

export class ServiceNode extends TreeNode {
  constructor(
    parent: TreeNode,
    readonly label: string,
    readonly service: ServiceProgress,
    private readonly threshold: number,
  ) {
    super(parent);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.description = serviceDescription(this.service);
    item.iconPath = thresholdIcon('mortar-board', this.service.completion_rate, this.service.assigned, this.threshold);
    item.tooltip = vscode.l10n.t('{service}: {completed} of {assigned} modules completed ({rate})', {
      service: this.label,
      completed: this.service.completed,
      assigned: this.service.assigned,
      rate: formatRate(this.service.completion_rate),
    });
    item.contextValue = 'service';
    return item;
  }
}
