// The Training Completion tree's data provider. Thin: nodes build their own items and children, the
// model holds the data; this class maps model changes to the node that changed.
import * as vscode from 'vscode';
import type { SnapshotComparison } from '../../report/history';
import type { ModelChange, ReportModel } from '../model/reportModel';
import { CompanyNode } from './companyNode';
import type { TreeContext, TreeNode } from './treeNode';

export class CompletionTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: { dispose(): void };
  private company?: CompanyNode;
  private readonly context: TreeContext;

  /**
   * @param requestLoad called when the tree is shown while connected and nothing is loaded yet (the
   *   controller loads with progress in the view).
   * @param listingTeams called when the tree lists the company's teams (the open user list's team
   *   column is read then, not before).
   */
  constructor(
    readonly model: ReportModel,
    companyName: () => string,
    private readonly requestLoad: () => void,
    private readonly listingTeams: () => void = () => undefined,
    history: () => SnapshotComparison | undefined = () => undefined,
  ) {
    this.context = { model, companyName, history };
    this.subscription = model.onDidChange((change) => this.modelChanged(change));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return node.getTreeItem();
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (node === this.company && node) this.listingTeams();
    if (node) return node.getChildren();
    if (!this.model.connected) return [];
    if (!this.model.company) this.requestLoad();
    this.company ??= new CompanyNode(this.context);
    return [this.company];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  /** The root node, once the tree has been shown (tests and reveal use it). */
  get companyNode(): CompanyNode | undefined {
    return this.company;
  }

  /** Resolves when the current load and every team it started are finished. */
  whenIdle(): Promise<void> {
    return this.model.whenIdle();
  }

  /** A new comparison with the previous snapshot: every scope's change and "Completed since" may differ. */
  historyChanged(): void {
    this.changed.fire(this.company);
  }

  private modelChanged(change: ModelChange): void {
    switch (change.kind) {
      case 'reset':
        // A new run, connection or view option: every node may differ, start from fresh nodes.
        this.company = undefined;
        this.changed.fire(undefined);
        return;
      case 'company':
      case 'teamList':
        this.changed.fire(this.company);
        return;
      case 'team': {
        // A failed team changes its row id (see TeamNode): its parent lists it anew.
        const failed = this.model.team(change.name)?.status === 'failed';
        this.changed.fire((failed ? undefined : this.company?.teamNode(change.name)) ?? this.company);
        return;
      }
      case 'page':
        this.changed.fire(change.scope.kind === 'company' ? this.company?.allUsersNode : (this.company?.teamNode(change.scope.name) ?? this.company));
        return;
      case 'loaded':
        return;
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
