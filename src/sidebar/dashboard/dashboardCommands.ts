// `cyberguru.showDashboard`: the dashboard webview for the active connection. The panel's code is a
// bundle of its own (dist/dashboard.js), required here on first use; this side feeds it the model
// built from the loaded report and the history, and does its "Copy e-mails" and "Export".
import * as vscode from 'vscode';
import type * as DashboardPanelModule from '../../dashboard/dashboardPanel';
import type { DashboardHost, DashboardPanel } from '../../dashboard/dashboardPanel';
import { buildDashboardModel, laggardsOf, type DashboardModel } from '../../dashboard/dashboardModel';
import { usersToCsv, type UserProgress } from '../../report';
import { UserFacingError } from '../../util/commandWrapper';
import { lazy } from '../../util/lazy';
import type { SidebarServices } from '../services';
import { writeExport } from '../commands/writeExport';
import { inertLinks } from '../../util/inertLinks';

const panelModule = lazy(() => require('../../dashboard/dashboardPanel') as typeof DashboardPanelModule);

/** The one dashboard of the window, if open (owned by startSidebar, not module state). */
export interface DashboardHolder {
  panel?: DashboardPanel;
}

/** The users behind a laggards group: a team's, or the company's when no team is loaded. */
function usersOf(services: SidebarServices, team: string): readonly UserProgress[] {
  const loaded = services.model.loadedTeams().find((t) => t.name === team);
  if (loaded) return loaded.report.users;
  const company = services.model.company;
  return company?.status === 'loaded' && services.model.loadedTeams().length === 0 ? company.report.users : [];
}

export async function dashboardModel(services: SidebarServices): Promise<DashboardModel | undefined> {
  const company = services.model.company;
  const connection = services.store.connection();
  if (company?.status !== 'loaded' || !connection) return undefined;
  const trend = (await services.history.storeFor(connection).trend()).map((s) => ({
    at: s.taken_at,
    rate: s.company.rate,
    awareness: s.company.awareness.assigned > 0 ? Math.round((s.company.awareness.completed * 10000) / s.company.awareness.assigned) / 100 : 0,
    channel: s.company.channel.assigned > 0 ? Math.round((s.company.channel.completed * 10000) / s.company.channel.assigned) / 100 : 0,
  }));
  return buildDashboardModel({
    connectionName: connection.name,
    tenant: connection.tenant,
    readAt: (company.stale?.readAt ?? services.model.lastUpdated ?? new Date()).toISOString(),
    staleReason: company.stale?.error.message,
    threshold: services.model.threshold,
    company: { name: connection.tenant, users: company.report.users, summary: company.summary },
    teams: services.model.loadedTeams().map((t) => ({ name: t.name, users: t.report.users, summary: t.summary })),
    trend,
  });
}

/** "Copy e-mails": every user of the group below the threshold, one address a line. */
export async function copyLaggardEmails(services: SidebarServices, team: string): Promise<number> {
  const laggards = (await laggardsOf(usersOf(services, team), services.model.threshold)).users;
  await vscode.env.clipboard.writeText(laggards.map((u) => u.email).join('\n'));
  services.log.info(`Dashboard: copied ${laggards.length} e-mail addresses of "${team}"`);
  return laggards.length;
}

/** "Export": the group's users below the threshold as CSV (the report's columns), to `uri` or a file the user picks. */
export async function exportLaggards(services: SidebarServices, team: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const laggards = (await laggardsOf(usersOf(services, team), services.model.threshold)).users;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `cyberguru-below-${services.model.threshold}-${team.replace(/[^\w.-]+/g, '_')}-${new Date().toISOString().slice(0, 10)}.csv`;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { CSV: ['csv'] }, saveLabel: vscode.l10n.t('Export') }));
  if (!uri) return undefined;
  await writeExport(uri, new TextEncoder().encode(usersToCsv(laggards.map((user) => ({ user, team })))));
  void vscode.window.showInformationMessage(inertLinks(vscode.l10n.t('Exported {count} users of "{team}" below the threshold to {file}.', { count: laggards.length, team, file: vscode.workspace.asRelativePath(uri) })));
  return uri;
}

function hostFor(services: SidebarServices): DashboardHost {
  return {
    extensionUri: services.context.extensionUri,
    model: () => dashboardModel(services),
    copyEmails: (team) => copyLaggardEmails(services, team),
    exportLaggards: async (team) => void (await exportLaggards(services, team)),
    onDidChange(listener) {
      const model = services.model.onDidChange((change) => {
        if (change.kind === 'loaded' || (change.kind === 'reset' && services.model.company?.status !== 'loading')) listener();
      });
      const history = services.history.onDidChange(listener);
      return { dispose: () => (model.dispose(), history.dispose()) };
    },
  };
}

/** Opens (or shows) the dashboard; loads the report first if needed. */
export async function showDashboardCommand(services: SidebarServices, holder: DashboardHolder): Promise<void> {
  if (!services.model.connected) {
    throw new UserFacingError(vscode.l10n.t('Connect to Cyber Guru first.'), [{ title: vscode.l10n.t('Connect to Cyber Guru'), command: 'cyberguru.signIn' }]);
  }
  if (holder.panel) {
    holder.panel.reveal();
  } else {
    holder.panel = panelModule().DashboardPanel.create(hostFor(services), () => (holder.panel = undefined));
    services.context.subscriptions.push(holder.panel);
  }
  await services.loader.ensureLoaded();
}

/**
 * For tests: `{ op: 'state' }` waits until the page has drawn the current model and returns what was sent
 * and what the page drew; `{ op: 'copyEmails', team }` and `{ op: 'export', team, uri }` do what the
 * page's buttons do.
 */
export async function dashboardForTests(services: SidebarServices, holder: DashboardHolder, arg: unknown): Promise<unknown> {
  const { op, team, uri } = (typeof arg === 'object' && arg !== null ? arg : {}) as { op?: string; team?: string; uri?: string };
  if (op === 'copyEmails' && typeof team === 'string') return copyLaggardEmails(services, team);
  if (op === 'export' && typeof team === 'string' && typeof uri === 'string') return (await exportLaggards(services, team, vscode.Uri.parse(uri)))?.toString();
  if (!holder.panel) return undefined;
  await services.history.settled();
  await holder.panel.whenRendered();
  return holder.panel.state();
}
