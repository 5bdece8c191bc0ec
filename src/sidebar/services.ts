// The objects the sidebar's commands work with, created once in registerSidebar.
import type * as vscode from 'vscode';
import type { ConnectionStore, StoredConnection } from './connection/connectionStore';
import type { ReportModel } from './model/reportModel';
import type { ReportHistory } from './history/reportHistory';
import type { ReportLoader } from './reportLoader';
import type { CompletionTreeProvider } from './tree/completionTreeProvider';
import type { TreeNode } from './tree/treeNode';
import type { UserListCache } from './userList/userListCache';
import type { CredentialCheck } from './connection/signIn';

export interface SidebarServices {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly store: ConnectionStore;
  readonly model: ReportModel;
  readonly tree: CompletionTreeProvider;
  readonly view: vscode.TreeView<TreeNode>;
  readonly loader: ReportLoader;
  /** Snapshots of each successful load for the active connection, and the comparison with the previous one. */
  readonly history: ReportHistory;
  /** The open user lists as last read (shared by the tree's team names and the compare command). */
  readonly userLists: UserListCache;
  /** Proves a connection by getting a token (injected so sign-in can be tested without a server). */
  readonly checkCredentials: CredentialCheck;
  /** After a successful sign-in or at start-up when signed in: a client for the model. */
  connect(connection: StoredConnection): Promise<void>;
  /** After sign-out: no client, welcome view. */
  disconnect(): Promise<void>;
}
