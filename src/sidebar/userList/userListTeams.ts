// Keeps the model's "user list" team names in step with the CSV the admin is looking at: the distinct
// values of its configured team column. Lazy: the list is read only when the tree lists its teams, or
// while the view is visible and another CSV becomes active or the list is saved; never on a keystroke.
// Requests are debounced and a newer read cancels a stale one. The names are dropped when the list's
// tab is closed.
import * as vscode from 'vscode';
import type { ReportModel } from '../model/reportModel';
import { distinctTeams } from './readUserList';
import { isAbort, type UserListCache } from './userListCache';
import { userListDocument } from './openUserList';

/** Quiet time after the last request before reading (tab and editor events come in bursts). */
const DEBOUNCE_MS = 150;

export class UserListTeams implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  /** Requests whose read has not finished (a debounced burst counts once). */
  private waiting = 0;
  private settledWaiters: Array<() => void> = [];
  /** Drops a read that finishes after a newer one started. */
  private generation = 0;
  /** The user list whose teams the model holds, and the version they were read from. */
  private current?: string;
  private readVersion = -1;

  constructor(
    private readonly model: ReportModel,
    private readonly userLists: UserListCache,
    private readonly view: vscode.TreeView<unknown>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.editorsChanged()),
      // A tab also changes when its document becomes dirty (the first keystroke): only closes matter here.
      vscode.window.tabGroups.onDidChangeTabs(() => this.editorsChanged()),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.toString() === this.current && this.view.visible) this.request();
      }),
      view.onDidChangeVisibility(({ visible }) => {
        if (visible) this.request();
      }),
    );
  }

  /** The tree is listing teams: bring the user list's names up to date (debounced; cheap when they are). */
  request(): void {
    if (this.timer) clearTimeout(this.timer);
    else this.waiting++;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update().finally(() => this.requestDone());
    }, DEBOUNCE_MS);
  }

  /** Resolves once no read is waiting for its debounce or running (tests start from a quiet sidebar). */
  settled(): Promise<void> {
    return this.waiting === 0 ? Promise.resolve() : new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private requestDone(): void {
    if (--this.waiting > 0) return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Editors or tabs changed: a closed list's names go now; another list is read only if the view shows. */
  private editorsChanged(): void {
    if (this.current !== undefined && !this.inOpenTab(this.current)) {
      this.generation++;
      this.current = undefined;
      this.readVersion = -1;
      this.model.setTeamNames('userList', []);
    }
    const document = userListDocument();
    if (this.view.visible && document && document.uri.toString() !== this.current) this.request();
  }

  /** Reads the current user list's team column (an active non-CSV editor keeps the last list's teams while its tab is open). */
  private async update(): Promise<void> {
    const document = userListDocument();
    if (!document) return;
    if (document.uri.toString() === this.current && document.version === this.readVersion) return;
    const generation = ++this.generation;
    const version = document.version;
    try {
      const content = await this.userLists.read(document);
      if (generation !== this.generation) return;
      this.current = document.uri.toString();
      this.readVersion = version;
      this.model.setTeamNames('userList', distinctTeams(content));
    } catch (err) {
      if (isAbort(err)) return;
      this.log.warn(`Could not read the team column of ${document.uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private inOpenTab(uri: string): boolean {
    return vscode.window.tabGroups.all.some((group) =>
      group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const resolve of this.settledWaiters) resolve();
    for (const s of this.subscriptions) s.dispose();
  }
}
