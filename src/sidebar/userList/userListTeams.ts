// Keeps the model's "user list" team names in step with the CSV the admin is looking at: the distinct
// values of its configured team column. Re-read when another CSV becomes active or it is saved; dropped
// when its tab is closed.
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
  private readVersion = -1;

  constructor(
    private readonly model: ReportModel,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.toString() === this.current) void this.update();
      }),
      vscode.window.tabGroups.onDidChangeTabs(() => void this.update()),
    );
    void this.update();
  }

  /** Reads the current user list's team column (an active non-CSV editor keeps the last list's teams while its tab is open). */
  async update(): Promise<void> {
    const generation = ++this.generation;
    const document = userListDocument();
    if (!document) {
      if (this.current !== undefined && !this.inOpenTab(this.current)) {
        this.current = undefined;
        this.model.setTeamNames('userList', []);
      }
      return;
    }
    if (document.uri.toString() === this.current && this.unchanged(document)) return;
    if (document.getText().length > MAX_AUTOMATIC_READ_CHARS) return;
    try {
      const content = await readOpenUserList(document);
      if (generation !== this.generation) return;
      this.current = document.uri.toString();
      this.readVersion = document.version;
      this.model.setTeamNames('userList', distinctTeams(content));
    } catch (err) {
      this.log.warn(`Could not read the team column of ${document.uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private unchanged(document: vscode.TextDocument): boolean {
    return document.version === this.readVersion && !document.isDirty;
  }

  private inOpenTab(uri: string): boolean {
    return vscode.window.tabGroups.all.some((group) =>
      group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
