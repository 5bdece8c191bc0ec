// "Completed since …": the users of a scope who finished every module since the previous snapshot.
import * as vscode from 'vscode';
import type { UserProgress } from '../../report';
import { formatWhen } from './historyPresentation';
import { TreeNode } from './treeNode';
import { UserNode } from './userNode';

export class CompletedSinceNode extends TreeNode {
  constructor(
    parent: TreeNode,
    readonly since: string,
    readonly users: readonly UserProgress[],
    private readonly threshold: number,
  ) {
    super(parent);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Completed since {when}', { when: formatWhen(this.since) }), vscode.TreeItemCollapsibleState.Collapsed);
    item.description = String(this.users.length);
    item.iconPath = new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green'));
    item.tooltip = vscode.l10n.t('{count} users finished every module since the snapshot of {when}', { count: this.users.length, when: formatWhen(this.since) });
    item.contextValue = 'completedSince';
    return item;
  }

  override getChildren(): TreeNode[] {
    return [...this.users].sort((a, b) => a.email.localeCompare(b.email)).map((u) => new UserNode(this, u, this.threshold));
  }
}

/** The node for a scope's users finished since the previous snapshot, or none. */
export function completedSinceFor(parent: TreeNode, users: readonly UserProgress[], finished: ReadonlySet<string> | undefined, since: string | undefined, threshold: number): CompletedSinceNode[] {
  if (!finished || finished.size === 0 || since === undefined) return [];
  const done = users.filter((u) => finished.has(u.email.toLowerCase()));
  return done.length > 0 ? [new CompletedSinceNode(parent, since, done, threshold)] : [];
}
