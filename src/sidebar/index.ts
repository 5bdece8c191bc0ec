// Registers the Cyber Guru activity-bar view "Training Completion" at activation with only what VS Code
// needs right away: the tree view, every sidebar command, and the `connected` context key of the
// welcome view (restored from the stored sign-in). The rest (model, nodes, report client, sign-in) is
// ./startSidebar, required the first time the view asks for its nodes, a sidebar command runs or the
// API's reportTree is read; in the packaged extension it is the bundle dist/sidebar.js, so a window that
// only lints CSV files never compiles it. All state lives in objects created here; everything is
// disposed with the extension.
import * as vscode from 'vscode';
import { registerSafeCommand } from '../util/commandWrapper';
import { lazy } from '../util/lazy';
import { maskSecrets, registerSecret } from '../util/log';
import { ConnectionStore, type StoredConnection } from './connection/connectionStore';
import { COMPLETION_VIEW_ID, ContextKeys, SidebarCommands, type ForwardedSidebarCommand } from './constants';
import type * as StartSidebar from './startSidebar';
import type { CompletionTreeProvider } from './tree/completionTreeProvider';
import { DeferredTreeProvider } from './tree/deferredTreeProvider';
import type { TreeNode } from './tree/treeNode';

export interface SidebarApi {
  /** The Training Completion tree's data provider: what the tree shows, node by node. */
  reportTree: CompletionTreeProvider;
}

const FORWARDED_COMMANDS = Object.values(SidebarCommands).filter(
  (id): id is ForwardedSidebarCommand => id !== SidebarCommands.storageSnapshot,
);

export function registerSidebar(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): SidebarApi {
  const store = new ConnectionStore(context.secrets, context.globalState);
  const restored = restoreConnection(store, log);
  const provider = new DeferredTreeProvider<TreeNode>(() => sidebar().tree);
  const view = vscode.window.createTreeView<TreeNode>(COMPLETION_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const sidebar = lazy(() => {
    const started = (require('./startSidebar') as typeof StartSidebar).startSidebar({ context, log, store, view, restored });
    provider.follow(started.tree);
    return started;
  });
  context.subscriptions.push(view, provider);

  for (const id of FORWARDED_COMMANDS) {
    registerSafeCommand(context, log, id, (arg: unknown) => sidebar().commands[id](arg));
  }
  registerSafeCommand(context, log, SidebarCommands.storageSnapshot, () => ({
    globalState: Object.fromEntries(context.globalState.keys().map((key) => [key, context.globalState.get(key)])),
    globalStorageUri: context.globalStorageUri.toString(),
    logUri: context.logUri.toString(),
  }));

  return {
    get reportTree() {
      return sidebar().tree;
    },
  };
}

/**
 * At start-up: signed in before (details and secret stored) -> `connected`, so the welcome view and the
 * palette's report commands are right before the view's code is loaded; otherwise the welcome view.
 * Never rejects: the lazily loaded part waits for it before it connects or disconnects.
 */
async function restoreConnection(store: ConnectionStore, log: vscode.LogOutputChannel): Promise<StoredConnection | undefined> {
  let connection: StoredConnection | undefined;
  try {
    await store.migrate();
    const stored = store.connection();
    const secret = await store.secret();
    if (stored && secret) {
      registerSecret(secret);
      connection = stored;
    }
  } catch (err) {
    log.error(maskSecrets(`Could not restore the Cyber Guru connection: ${err instanceof Error ? err.message : String(err)}`));
  }
  try {
    await vscode.commands.executeCommand('setContext', ContextKeys.connected, connection !== undefined);
  } catch (err) {
    log.error(`Could not set the ${ContextKeys.connected} context key: ${err instanceof Error ? err.message : String(err)}`);
  }
  return connection;
}
