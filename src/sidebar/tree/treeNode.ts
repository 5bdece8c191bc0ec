// Base of every node in the Training Completion tree: a node builds its own TreeItem and children;
// the provider only delegates (one class per node type, as in GitHub Pull Requests' tree).
import type * as vscode from 'vscode';
import type { SnapshotComparison } from '../../report/history';
import type { ReportModel } from '../model/reportModel';

/** What nodes read: the model, and the connection's display name. */
export interface TreeContext {
  readonly model: ReportModel;
  /** The signed-in tenant, shown as the company's name. */
  companyName(): string;
  /** The last load compared with the snapshot before it, if there was one. */
  history(): SnapshotComparison | undefined;
}

export abstract class TreeNode {
  constructor(readonly parent: TreeNode | undefined) {}

  abstract getTreeItem(): vscode.TreeItem;

  getChildren(): TreeNode[] {
    return [];
  }
}
