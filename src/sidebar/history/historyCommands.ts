// `cyberguru.exportSnapshot`: one stored snapshot as CSV (the newest by default, or picked by date);
// and what the history holds, for tests.
import * as vscode from 'vscode';
import { snapshotToCsv } from '../../report/history';
import { UserFacingError } from '../../util/commandWrapper';
import type { SidebarServices } from '../services';
import { formatWhen } from '../tree/historyPresentation';
import { writeExport } from '../commands/writeExport';

function activeStore(services: SidebarServices) {
  const connection = services.store.connection();
  if (!connection || !services.model.connected) {
    throw new UserFacingError(vscode.l10n.t('Connect to Cyber Guru first.'), [{ title: vscode.l10n.t('Connect to Cyber Guru'), command: 'cyberguru.signIn' }]);
  }
  return { connection, store: services.history.storeFor(connection) };
}

/** `{ takenAt?, uri? }` for automation: which snapshot (default the newest) and where (default a save dialog). */
export async function exportSnapshotCommand(services: SidebarServices, arg: unknown): Promise<vscode.Uri | undefined> {
  const { connection, store } = activeStore(services);
  await services.history.settled();
  const times = await store.times();
  if (times.length === 0) throw new UserFacingError(vscode.l10n.t('No snapshot is stored yet for {name}: load the report first.', { name: connection.name }));
  const given = (typeof arg === 'object' && arg !== null ? arg : {}) as { takenAt?: unknown; uri?: unknown };
  let takenAt = typeof given.takenAt === 'string' ? given.takenAt : undefined;
  if (!takenAt && given.uri === undefined) {
    const picked = await vscode.window.showQuickPick(
      [...times].reverse().map((t) => ({ label: formatWhen(t), description: t, time: t })),
      { title: vscode.l10n.t('Export a history snapshot of {name}', { name: connection.name }) },
    );
    if (!picked) return undefined;
    takenAt = picked.time;
  }
  const snapshot = await store.read(takenAt ?? times[times.length - 1]!);
  if (!snapshot) throw new UserFacingError(vscode.l10n.t('The snapshot could not be read.'));
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `cyberguru-snapshot-${connection.tenant}-${snapshot.taken_at.slice(0, 10)}.csv`;
  const uri =
    given.uri instanceof vscode.Uri
      ? given.uri
      : typeof given.uri === 'string'
        ? vscode.Uri.parse(given.uri)
        : await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { CSV: ['csv'] }, saveLabel: vscode.l10n.t('Export') });
  if (!uri) return undefined;
  await writeExport(uri, new TextEncoder().encode(snapshotToCsv(snapshot)));
  services.log.info(`Exported the snapshot of ${snapshot.taken_at} to ${uri.toString(true)}`);
  return uri;
}

/** For tests: the stored snapshot times and the comparison the tree shows, once the last load is recorded. */
export async function historyForTests(services: SidebarServices) {
  const connection = services.store.connection();
  await services.history.settled();
  if (!connection) return undefined;
  const comparison = services.history.comparison;
  return {
    times: await services.history.storeFor(connection).times(),
    comparison: comparison && {
      since: comparison.since,
      company: comparison.company,
      teams: Object.fromEntries(comparison.teams),
      completedSince: comparison.completedSince ? [...comparison.completedSince].sort() : undefined,
    },
  };
}
