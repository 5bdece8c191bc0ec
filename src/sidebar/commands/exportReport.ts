// `cyberguru.exportReport`: the current report to CSV or JSON through a save dialog, in the same
// formats as `cyberguru report`.
import * as vscode from 'vscode';
import { UserFacingError } from '../../util/commandWrapper';
import { safeWriteFile, SafeWriteError } from '../../util/safeWrite';
import { exportContent, type ExportFormat } from '../model/exportContent';
import type { SidebarServices } from '../services';

/** For automation and tests: skips the format question and the save dialog. */
interface ExportArguments {
  format: ExportFormat;
  uri: vscode.Uri;
}

function exportArguments(arg: unknown): ExportArguments | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { format, uri } = arg as Record<string, unknown>;
  if (format !== 'csv' && format !== 'json') return undefined;
  const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
  return target ? { format, uri: target } : undefined;
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

/**
 * Writes the export: on disk through the product's safe-write helper (a temporary file renamed into
 * place, never through a symlink; a new file readable by the user only, since it lists every
 * employee), elsewhere (remote, virtual file systems) through VS Code's API.
 */
async function writeExport(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.writeFile(uri, bytes);
  try {
    safeWriteFile(uri.fsPath, bytes, { newFileMode: 0o600 });
  } catch (err) {
    if (!(err instanceof SafeWriteError)) throw err;
    const file = vscode.workspace.asRelativePath(uri);
    if (err.reason === 'symlink' || err.reason === 'not-a-file') {
      throw new UserFacingError(vscode.l10n.t('Not exported: "{file}" is a symbolic link or not a regular file. Choose another file.', { file }));
    }
    if (err.reason === 'changed') throw new UserFacingError(vscode.l10n.t('Not exported: "{file}" changed while the report was written. Try again.', { file }));
    throw new UserFacingError(vscode.l10n.t('Could not write "{file}" ({reason}): nothing was exported.', { file, reason: err.code ?? err.message }));
  }
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
  const format = given?.format ?? (await askFormat());
  if (!format) return undefined;
  const uri = given?.uri ?? (await askTarget(format, services.store.connection()?.tenant ?? 'company'));
  if (!uri) return undefined;
  const failedTeams = services.model.failedTeams();
  const text = exportContent(
    { generatedAt: company.report.generated_at, companyUsers: company.report.users, teams: services.model.loadedTeams(), failedTeams },
    format,
  );
  await writeExport(uri, new TextEncoder().encode(text));
  services.log.info(`Exported ${company.report.users.length} users as ${format.toUpperCase()} to ${uri.toString(true)}`);
  const open = vscode.l10n.t('Open');
  const message =
    failedTeams.length > 0
      ? vscode.l10n.t('Exported {users} users to {file}. {failed} team(s) failed to load and are not in the file.', {
          users: company.report.users.length,
          file: vscode.workspace.asRelativePath(uri),
          failed: failedTeams.length,
        })
      : vscode.l10n.t('Exported {users} users to {file}.', { users: company.report.users.length, file: vscode.workspace.asRelativePath(uri) });
  void vscode.window.showInformationMessage(message, open).then((picked) => {
    if (picked === open) void vscode.window.showTextDocument(uri);
  });
  return uri;
}
