// `cyberguru.exportReport`: the current report to CSV or JSON through a save dialog, in the same
// formats as `cyberguru report`.
import * as vscode from 'vscode';
import { UserFacingError } from '../../util/commandWrapper';
import { writeExport } from './writeExport';
import { exportContent, filteredExportInput, type ExportFormat, type ExportInput } from '../model/exportContent';
import type { SidebarServices } from '../services';
import { inertLinks } from '../../util/inertLinks';

/** For automation and tests: skips the format question and the save dialog. */
interface ExportArguments {
  format: ExportFormat;
  uri: vscode.Uri;
  /** With a filter active: only the users it shows, or all (default all, as before filters were asked about). */
  users?: 'filtered' | 'all';
}

function exportArguments(arg: unknown): ExportArguments | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { format, uri, users } = arg as Record<string, unknown>;
  if (format !== 'csv' && format !== 'json') return undefined;
  const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
  return target ? { format, uri: target, users: users === 'filtered' ? 'filtered' : 'all' } : undefined;
}

/** With a filter active, which users to export: the ones shown, or everyone (undefined: cancelled). */
async function askWhichUsers(filter: string, matching: number, total: number): Promise<'filtered' | 'all' | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Only the {matching} users shown', { matching }), description: vscode.l10n.t('filter: {text}', { text: filter }), users: 'filtered' as const },
      { label: vscode.l10n.t('All {total} users', { total }), description: vscode.l10n.t('ignore the filter'), users: 'all' as const },
    ],
    { title: vscode.l10n.t('The view is filtered: export which users?') },
  );
  return picked?.users;
}

async function askFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'CSV', description: vscode.l10n.t('One row per user, with the team column'), format: 'csv' as const },
      { label: 'JSON', description: vscode.l10n.t('Users and each team\'s figures'), format: 'json' as const },
    ],
    { title: vscode.l10n.t('Export the training completion report') },
  );
  return picked?.format;
}

async function askTarget(format: ExportFormat, tenant: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `cyberguru-report-${tenant}-${new Date().toISOString().slice(0, 10)}.${format}`;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    saveLabel: vscode.l10n.t('Export'),
  });
}

/** Writes the file; resolves with its URI, or undefined when the user cancelled. */
export async function exportReportCommand(services: SidebarServices, arg: unknown): Promise<vscode.Uri | undefined> {
  if (!services.model.connected) throw new UserFacingError(vscode.l10n.t('Connect to Cyber Guru first.'), [{ title: vscode.l10n.t('Connect to Cyber Guru'), command: 'cyberguru.signIn' }]);
  await services.loader.ensureLoaded();
  const company = services.model.company;
  if (company?.status !== 'loaded') {
    const reason = company?.status === 'failed' ? company.error.message : vscode.l10n.t('the report is still loading');
    throw new UserFacingError(vscode.l10n.t('Nothing to export: {reason}', { reason }));
  }
  const given = exportArguments(arg);
  const filter = services.model.filter;
  const full: ExportInput = {
    generatedAt: company.report.generated_at,
    companyUsers: company.report.users,
    teams: services.model.loadedTeams(),
    failedTeams: services.model.failedTeams(),
  };
  const narrowed = filter ? filteredExportInput(full, filter) : full;
  const which = !filter ? 'all' : (given?.users ?? (await askWhichUsers(filter, narrowed.companyUsers.length, full.companyUsers.length)));
  if (!which) return undefined;
  const input = which === 'filtered' ? narrowed : full;
  const format = given?.format ?? (await askFormat());
  if (!format) return undefined;
  const uri = given?.uri ?? (await askTarget(format, services.store.connection()?.tenant ?? 'company'));
  if (!uri) return undefined;
  const failedTeams = input.failedTeams;
  const text = exportContent(input, format);
  await writeExport(uri, new TextEncoder().encode(text));
  const users = input.companyUsers.length;
  services.log.info(`Exported ${users} users as ${format.toUpperCase()} to ${uri.toString(true)}`);
  const open = vscode.l10n.t('Open');
  const file = vscode.workspace.asRelativePath(uri);
  let message =
    failedTeams.length > 0
      ? vscode.l10n.t('Exported {users} users to {file}. {failed} team(s) failed to load and are not in the file.', { users, file, failed: failedTeams.length })
      : vscode.l10n.t('Exported {users} users to {file}.', { users, file });
  if (filter) {
    message +=
      ' ' +
      (which === 'filtered'
        ? vscode.l10n.t('Only the users matching the filter "{text}" are in the file ({total} in all).', { text: filter, total: full.companyUsers.length })
        : vscode.l10n.t('The filter "{text}" was ignored: every user is in the file.', { text: filter }));
  }
  void vscode.window.showInformationMessage(inertLinks(message), open).then((picked) => {
    if (picked === open) void vscode.window.showTextDocument(uri);
  });
  return uri;
}
