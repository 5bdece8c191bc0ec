// Registers the Cyber Guru activity-bar view "Training Completion": sign-in with SecretStorage, the
// tree, and its commands. All state lives in objects created here; everything is disposed with the
// extension.
import * as vscode from 'vscode';
import { ReportClient, type ReportConnection } from '../report';
import { registerSafeCommand } from '../util/commandWrapper';
import { maskSecrets, registerSecret, type Logger } from '../util/log';
import { compareWithUserListCommand } from './commands/compareWithUserList';
import { signInCommand, signOutCommand } from './commands/connectionCommands';
import { exportReportCommand } from './commands/exportReport';
import { addTeamCommand, hiddenTeams, removeTeamCommand } from './commands/teamCommands';
import { clearFilterCommand, filterCommand, loadMoreCommand, refreshCommand, sortCommand, viewDescription } from './commands/viewCommands';
import { ConnectionStore, type StoredConnection } from './connection/connectionStore';
import { COMPLETION_VIEW_ID, ContextKeys, REPORT_SETTINGS_SECTION, SidebarCommands, USERS_PAGE_SIZE } from './constants';
import { ReportModel } from './model/reportModel';
import { ReportLoader } from './reportLoader';
import type { SidebarServices } from './services';
import { readReportSettings } from './settings';
import { CompletionTreeProvider } from './tree/completionTreeProvider';
import type { TreeNode } from './tree/treeNode';
import { UserListCache } from './userList/userListCache';
import { UserListTeams } from './userList/userListTeams';

export interface SidebarApi {
  /** The Training Completion tree's data provider: what the tree shows, node by node. */
  reportTree: CompletionTreeProvider;
}

/** The report client's log lines go to the extension's log channel, masked once more on the way. */
function channelLogger(log: vscode.LogOutputChannel): Logger {
  return {
    trace: (m) => log.trace(maskSecrets(m)),
    info: (m) => log.info(maskSecrets(m)),
    warn: (m) => log.warn(maskSecrets(m)),
    error: (m) => log.error(maskSecrets(m)),
  };
}

export function registerSidebar(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): SidebarApi {
  const logger = channelLogger(log);
  const store = new ConnectionStore(context.secrets, context.globalState);
  const model = new ReportModel({ pageSize: USERS_PAGE_SIZE });
  const userLists = new UserListCache();
  let loader: ReportLoader | undefined;
  let userListTeams: UserListTeams | undefined;
  const tree = new CompletionTreeProvider(
    model,
    () => store.connection()?.tenant ?? vscode.l10n.t('Company'),
    () => void loader?.ensureLoaded(),
    () => userListTeams?.request(),
  );
  const view = vscode.window.createTreeView<TreeNode>(COMPLETION_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  loader = new ReportLoader(model, view, log);
  userListTeams = new UserListTeams(model, userLists, view, log);

  const clientFor = (connection: ReportConnection) =>
    new ReportClient(connection, async () => (await store.secret()) ?? '', { logger });

  const services: SidebarServices = {
    context,
    log,
    store,
    model,
    tree,
    view,
    loader,
    userLists,
    checkCredentials: (connection, secret) => new ReportClient(connection, async () => secret, { logger }).verifyCredentials(),
    async connect(connection: StoredConnection) {
      model.setSource(clientFor(connection));
      await vscode.commands.executeCommand('setContext', ContextKeys.connected, true);
    },
    async disconnect() {
      model.setSource(undefined);
      await vscode.commands.executeCommand('setContext', ContextKeys.connected, false);
    },
  };

  const applySettings = () => {
    const settings = readReportSettings();
    model.setTeamNames('settings', settings.teams);
    model.threshold = settings.threshold;
  };
  applySettings();
  model.setHiddenTeams(hiddenTeams(services));

  context.subscriptions.push(
    tree,
    view,
    loader,
    userLists,
    userListTeams,
    model.onDidChange((change) => {
      if (change.kind === 'reset') view.description = viewDescription(services);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(REPORT_SETTINGS_SECTION)) applySettings();
    }),
  );

  const command = (id: string, handler: (arg: unknown) => unknown) => registerSafeCommand(context, log, id, handler);
  command(SidebarCommands.signIn, (arg) => signInCommand(services, arg));
  command(SidebarCommands.signOut, () => signOutCommand(services));
  command(SidebarCommands.refreshReport, (arg) => refreshCommand(services, arg));
  command(SidebarCommands.filterReport, (arg) => filterCommand(services, arg));
  command(SidebarCommands.clearReportFilter, () => clearFilterCommand(services));
  command(SidebarCommands.sortReport, (arg) => sortCommand(services, arg));
  command(SidebarCommands.loadMore, (arg) => loadMoreCommand(services, arg));
  command(SidebarCommands.addTeam, (arg) => addTeamCommand(services, arg));
  command(SidebarCommands.removeTeam, (arg) => removeTeamCommand(services, arg));
  command(SidebarCommands.exportReport, (arg) => exportReportCommand(services, arg));
  command(SidebarCommands.compareWithUserList, (arg) => compareWithUserListCommand(services, arg));

  command(SidebarCommands.userListReadTimings, (uri) => (uri instanceof vscode.Uri ? userLists.timingsFor(uri) : undefined));
  command(SidebarCommands.storageSnapshot, () => ({
    globalState: Object.fromEntries(context.globalState.keys().map((key) => [key, context.globalState.get(key)])),
    globalStorageUri: context.globalStorageUri.toString(),
    logUri: context.logUri.toString(),
  }));

  void restoreConnection(services, log);
  return { reportTree: tree };
}

/** At start-up: signed in before (details and secret stored) -> connected; otherwise the welcome view. */
async function restoreConnection(services: SidebarServices, log: vscode.LogOutputChannel): Promise<void> {
  try {
    const connection = services.store.connection();
    const secret = await services.store.secret();
    if (connection && secret) {
      registerSecret(secret);
      await services.connect(connection);
    } else {
      await services.disconnect();
    }
  } catch (err) {
    log.error(maskSecrets(`Could not restore the Cyber Guru connection: ${err instanceof Error ? err.message : String(err)}`));
    await services.disconnect();
  }
}
