// Loads the report with progress in the view, keeps the view's "Last updated" message, and turns a
// revoked or wrong credential into one message with "Sign in again" (not one per team).
import * as vscode from 'vscode';
import { COMPLETION_VIEW_ID } from './constants';
import type { LoadOutcome, ReportModel } from './model/reportModel';
import { signInAgainAction } from './tree/errorFixes';

export class ReportLoader implements vscode.Disposable {
  private readonly subscription: { dispose(): void };
  /** Outcomes already reported, so a cached run's problem is said once. */
  private readonly reported = new WeakSet<LoadOutcome>();

  constructor(
    private readonly model: ReportModel,
    private readonly view: vscode.TreeView<unknown>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscription = model.onDidChange((change) => {
      if (change.kind === 'loaded' || change.kind === 'reset') this.updateMessage();
    });
  }

  /** The cached report, or a first load. */
  ensureLoaded(): Promise<LoadOutcome> {
    return this.withProgress(() => this.model.ensureLoaded());
  }

  /** Re-fetches everything. */
  refresh(): Promise<LoadOutcome> {
    return this.withProgress(() => this.model.refresh());
  }

  private async withProgress(load: () => Promise<LoadOutcome>): Promise<LoadOutcome> {
    const outcome = await vscode.window.withProgress({ location: { viewId: COMPLETION_VIEW_ID } }, load);
    if (!outcome.superseded && !this.reported.has(outcome)) {
      this.reported.add(outcome);
      this.log.info(`Report loaded: ${outcome.failures} part(s) failed`);
      if (outcome.signInProblem) void this.offerSignIn(outcome.signInProblem.message);
    }
    return outcome;
  }

  private async offerSignIn(message: string): Promise<void> {
    const action = signInAgainAction();
    const picked = await vscode.window.showErrorMessage(message, action.title);
    if (picked === action.title) await vscode.commands.executeCommand(action.command, ...action.args);
  }

  private updateMessage(): void {
    const updated = this.model.lastUpdated;
    this.view.message = updated
      ? vscode.l10n.t('Last updated {time}', { time: updated.toLocaleTimeString(vscode.env.language, { hour: '2-digit', minute: '2-digit' }) })
      : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
