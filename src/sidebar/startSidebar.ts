// The Training Completion view's working part: the model, the tree's nodes, the report client, sign-in
// and the commands' work. Required by ./index the first time the view asks for its nodes, a sidebar
// command runs or the API's reportTree is read; in the packaged extension it is a bundle of its own
// (dist/sidebar.js, see esbuild.mjs), so activating the extension to lint a CSV does not compile it.
import * as vscode from 'vscode';
import { ReportClient } from '../report';
import { maskSecrets, processSecrets, type Logger } from '../util/log';
import { compareWithUserListCommand } from './commands/compareWithUserList';
import { signInCommand, signOutCommand, switchConnectionCommand } from './commands/connectionCommands';
import { exportReportCommand } from './commands/exportReport';
import { addTeamCommand, hiddenTeams, removeTeamCommand, useTeamNameCommand } from './commands/teamCommands';
import { clearFilterCommand, filterCommand, loadMoreCommand, refreshCommand, sortCommand, viewDescription } from './commands/viewCommands';
import type { ConnectionStore, StoredConnection } from './connection/connectionStore';
import { ContextKeys, REPORT_SETTINGS_SECTION, SidebarCommands, USERS_PAGE_SIZE, type ForwardedSidebarCommand } from './constants';
import { ReportModel } from './model/reportModel';
import { dashboardForTests, showDashboardCommand, type DashboardHolder } from './dashboard/dashboardCommands';
import { exportSnapshotCommand, historyForTests } from './history/historyCommands';
import { ReportHistory } from './history/reportHistory';
import { ReportLoader } from './reportLoader';
import type { SidebarServices } from './services';
import { readReportSettings } from './settings';
import { CompletionTreeProvider } from './tree/completionTreeProvider';
import type { TreeNode } from './tree/treeNode';
import { UserListCache } from './userList/userListCache';
import { UserListTeams } from './userList/userListTeams';

/** What the activation part created before this module was needed. */
export interface SidebarHost {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  store: ConnectionStore;
  view: vscode.TreeView<TreeNode>;
  /** The connection restored at activation (context key already set, secret registered), if signed in. */
  restored: Promise<StoredConnection | undefined>;
}

export interface StartedSidebar {
  tree: CompletionTreeProvider;
  /** The handler of every sidebar command the activation part registered as a forwarding shim. */
  commands: Record<ForwardedSidebarCommand, (arg: unknown) => unknown>;
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

/** Builds the view's state and wires it to the tree view created at activation; disposed with the extension. */
export function startSidebar(host: SidebarHost): StartedSidebar {
  const { context, log, store, view } = host;
  const logger = channelLogger(log);
  const model = new ReportModel({ pageSize: USERS_PAGE_SIZE });
  const userLists = new UserListCache();
  let userListTeams: UserListTeams | undefined;
  const loader = new ReportLoader(model, view, log);
  const history = new ReportHistory(model, context.globalStorageUri, () => store.connection(), log);
  const tree = new CompletionTreeProvider(
    model,
    () => store.connection()?.tenant ?? vscode.l10n.t('Company'),
    () => void loader.ensureLoaded(),
    () => userListTeams?.request(),
    () => history.comparison,
  );
  userListTeams = new UserListTeams(model, userLists, view, log);

  // Each client asks for its own connection's secret: after a switch, an old client never gets another's.
  const clientFor = (connection: StoredConnection) =>
    new ReportClient(connection, async () => (await store.secretFor(connection)) ?? '', { logger, masker: processSecrets });
  // The view's title names the active connection, so staging is never taken for production.
  const showConnection = (connection: StoredConnection | undefined) => {
    view.title = connection ? vscode.l10n.t('Training Completion · {name}', { name: connection.name }) : vscode.l10n.t('Training Completion');
  };

  const services: SidebarServices = {
    context,
    log,
    store,
    model,
    tree,
    view,
    loader,
    history,
    userLists,
    checkCredentials: (connection, secret) => new ReportClient(connection, async () => secret, { logger, masker: processSecrets }).verifyCredentials(),
    // Both wait for the start-up restore, so its context key can never land after a sign-in or sign-out.
    async connect(connection: StoredConnection) {
      await host.restored;
      model.setSource(clientFor(connection));
      showConnection(connection);
      await vscode.commands.executeCommand('setContext', ContextKeys.connected, true);
    },
    async disconnect() {
      await host.restored;
      model.setSource(undefined);
      showConnection(undefined);
      await vscode.commands.executeCommand('setContext', ContextKeys.connected, false);
    },
  };

  const dashboard: DashboardHolder = {};
  const applySettings = () => {
    const settings = readReportSettings();
    model.setTeamNames('settings', settings.teams);
    model.threshold = settings.threshold;
  };
  applySettings();
  model.setHiddenTeams(hiddenTeams(services));
  // Registered before any command can run (they all need this module first), so it runs before their connect().
  void host.restored.then((connection) => {
    if (connection) {
      model.setSource(clientFor(connection));
      showConnection(connection);
    }
  });

  context.subscriptions.push(
    tree,
    loader,
    history,
    history.onDidChange(() => tree.historyChanged()),
    userLists,
    userListTeams,
    model.onDidChange((change) => {
      if (change.kind === 'reset') view.description = viewDescription(services);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(REPORT_SETTINGS_SECTION)) applySettings();
    }),
  );

  return {
    tree,
    commands: {
      [SidebarCommands.signIn]: (arg) => signInCommand(services, arg),
      [SidebarCommands.signOut]: () => signOutCommand(services),
      [SidebarCommands.switchConnection]: (arg) => switchConnectionCommand(services, arg),
      [SidebarCommands.refreshReport]: (arg) => refreshCommand(services, arg),
      [SidebarCommands.filterReport]: (arg) => filterCommand(services, arg),
      [SidebarCommands.clearReportFilter]: () => clearFilterCommand(services),
      [SidebarCommands.sortReport]: (arg) => sortCommand(services, arg),
      [SidebarCommands.loadMore]: (arg) => loadMoreCommand(services, arg),
      [SidebarCommands.addTeam]: (arg) => addTeamCommand(services, arg),
      [SidebarCommands.removeTeam]: (arg) => removeTeamCommand(services, arg),
      [SidebarCommands.useTeamName]: (arg) => useTeamNameCommand(services, arg),
      [SidebarCommands.exportReport]: (arg) => exportReportCommand(services, arg),
      [SidebarCommands.compareWithUserList]: (arg) => compareWithUserListCommand(services, arg),
      [SidebarCommands.reportMessages]: () => [...loader.shownMessages],
      [SidebarCommands.reportHistory]: () => historyForTests(services),
      [SidebarCommands.exportSnapshot]: (arg) => exportSnapshotCommand(services, arg),
      [SidebarCommands.showDashboard]: () => showDashboardCommand(services, dashboard),
      [SidebarCommands.dashboardState]: (arg) => dashboardForTests(services, dashboard, arg),
      [SidebarCommands.userListReadTimings]: async (arg) => {
        // A Uri, or { uri, settled: true } to wait first until no read is pending.
        const { uri, settled } = arg instanceof vscode.Uri ? { uri: arg, settled: false } : ((arg ?? {}) as { uri?: unknown; settled?: boolean });
        if (settled) await userListTeams.settled();
        return uri instanceof vscode.Uri ? userLists.timingsFor(uri) : undefined;
      },
    },
  };
}
