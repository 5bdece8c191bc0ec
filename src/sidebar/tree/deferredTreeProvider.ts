// The data provider the tree view is created with at activation. VS Code needs one when the view is
// registered, but the real provider lives in the lazily loaded part of the sidebar: this one asks for
// it (loading that part) the first time VS Code asks for nodes, then answers with it and relays its
// change events.
import * as vscode from 'vscode';

export class DeferredTreeProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private relay?: vscode.Disposable;

  /** @param target the real provider, loaded on the first call; it calls `follow` with it. */
  constructor(private readonly target: () => vscode.TreeDataProvider<T>) {}

  /** Relays the real provider's changes (called once it exists). */
  follow(provider: vscode.TreeDataProvider<T>): void {
    this.relay = provider.onDidChangeTreeData?.((change) => this.changed.fire(change));
  }

  getTreeItem(node: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.target().getTreeItem(node);
  }

  getChildren(node?: T): vscode.ProviderResult<T[]> {
    return this.target().getChildren(node);
  }

  getParent(node: T): vscode.ProviderResult<T> {
    return this.target().getParent?.(node);
  }

  dispose(): void {
    this.relay?.dispose();
    this.changed.dispose();
  }
}
