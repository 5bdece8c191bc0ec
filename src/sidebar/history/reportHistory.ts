// The view's history: after each successful load (not one that kept earlier figures) a snapshot of the
// company and the loaded teams is stored in the extension's storage for the active connection, then
// compared with the one before it (per-team change, who finished since). Pruned on every save.
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { compareSnapshotsSliced, HistoryStore, Slicer, takeSnapshotSliced, type HistorySnapshot, type SnapshotComparison } from '../../report/history';
import type { StoredConnection } from '../connection/connectionStore';
import type { ReportModel } from '../model/reportModel';
import { Signal } from '../model/signal';
import { readHistoryRetentionDays } from './historySettings';
import { vscodeHistoryFiles } from './vscodeHistoryFiles';

/** The folder of one connection's snapshots: named by a hash, so no name or URL appears in a path. */
export function historyFolder(storage: vscode.Uri, connection: StoredConnection): vscode.Uri {
  const id = createHash('sha256').update(`${connection.name}\n${connection.tenant}\n${connection.apiUrl}`).digest('hex').slice(0, 24);
  return vscode.Uri.joinPath(storage, 'history', id);
}

function sameConnection(a: StoredConnection, b: StoredConnection): boolean {
  return a.name === b.name && a.tenant === b.tenant && a.apiUrl === b.apiUrl;
}

export class ReportHistory implements vscode.Disposable {
  private readonly changes = new Signal<void>();
  readonly onDidChange = this.changes.on.bind(this.changes);
  private readonly subscription: { dispose(): void };
  private lastRecorded?: Date;
  private current?: { connection: StoredConnection; store: HistoryStore; comparison?: SnapshotComparison; latest?: HistorySnapshot };
  /** The pending record, so tests and the dashboard can wait for it. */
  private recording: Promise<void> = Promise.resolve();

  constructor(
    private readonly model: ReportModel,
    private readonly storage: vscode.Uri,
    private readonly connection: () => StoredConnection | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscription = model.onDidChange((change) => {
      if (change.kind === 'loaded') this.recording = this.recording.then(() => this.recordIfNew());
    });
  }

  /** The store of the active connection's snapshots (created when the connection changes). */
  storeFor(connection: StoredConnection): HistoryStore {
    if (!this.current || !sameConnection(this.current.connection, connection)) {
      this.current = { connection, store: new HistoryStore(vscodeHistoryFiles(historyFolder(this.storage, connection))) };
    }
    return this.current.store;
  }

  /** The comparison of the last load with the snapshot before it, for the active connection. */
  get comparison(): SnapshotComparison | undefined {
    const connection = this.connection();
    return connection && this.current && sameConnection(this.current.connection, connection) ? this.current.comparison : undefined;
  }

  /** Resolves when the last load's snapshot is stored and compared. */
  settled(): Promise<void> {
    return this.recording;
  }

  private async recordIfNew(): Promise<void> {
    const company = this.model.company;
    const updated = this.model.lastUpdated;
    const connection = this.connection();
    if (!connection || company?.status !== 'loaded' || company.stale || !updated || updated === this.lastRecorded) return;
    this.lastRecorded = updated;
    try {
      const slicer = new Slicer();
      const store = this.storeFor(connection);
      const snapshot = await takeSnapshotSliced(
        {
          takenAt: updated,
          tenant: connection.tenant,
          threshold: this.model.threshold,
          companyUsers: company.report.users,
          companySummary: company.summary,
          teams: this.model.loadedTeams().filter((t) => !t.stale).map((t) => ({ name: t.name, users: t.report.users, summary: t.summary })),
        },
        slicer,
      );
      // The snapshot recorded last in this session is the previous one unless another was stored since
      // (the CLI, another window): then it is read back from storage.
      const times = await store.times();
      const newest = times.filter((t) => t < snapshot.taken_at).at(-1);
      const kept = this.current?.latest;
      const previous = kept && newest === kept.taken_at && sameConnection(this.current!.connection, connection) ? kept : await store.latestBefore(snapshot.taken_at);
      const comparison = previous ? await compareSnapshotsSliced(previous, snapshot, slicer) : undefined;
      const bytes = await store.save(snapshot, readHistoryRetentionDays());
      if (this.current && sameConnection(this.current.connection, connection)) {
        this.current.comparison = comparison;
        this.current.latest = snapshot;
      }
      this.log.info(`History: snapshot of ${snapshot.company.users} users stored (${bytes} bytes)${previous ? `, compared with ${previous.taken_at}` : ''}`);
      this.changes.fire();
    } catch (err) {
      this.log.warn(`History: the snapshot could not be stored: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
