// Keeps the model's "user list" team names in step with the CSV the admin is looking at: the distinct
// values of its configured team column. Re-read when another CSV becomes active or it is saved.
import * as vscode from 'vscode';
import type { ReportModel } from '../model/reportModel';
import { distinctTeams } from './readUserList';
import { readOpenUserList, userListDocument } from './openUserList';

/** Bigger lists are left alone on every editor switch (the compare command still reads them on demand). */
const MAX_AUTOMATIC_READ_CHARS = 20_000_000;

export class UserListTeams implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Drops a read that finishes after a newer one started. */
  private generation = 0;
  private current?: string;

  constructor(
    private readonly model: ReportModel,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.toString() === this.current) void this.update();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === this.current) void this.update();
      }),
    );
    void this.update();
  }

  /** Reads the current user list's team column (an active non-CSV editor keeps the last list's teams). */
  async update(): Promise<void> {
    const generation = ++this.generation;
    const document = userListDocument();
    const stillOpen = this.current !== undefined && vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.current && !d.isClosed);
    if (!document) {
      if (!stillOpen) {
        this.current = undefined;
        this.model.setTeamNames('userList', []);
      }
      return;
    }
    if (document.getText().length > MAX_AUTOMATIC_READ_CHARS) return;
    try {
      const content = await readOpenUserList(document);
      if (generation !== this.generation) return;
      this.current = document.uri.toString();
      this.model.setTeamNames('userList', distinctTeams(content));
    } catch (err) {
      this.log.warn(`Could not read the team column of ${document.uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
