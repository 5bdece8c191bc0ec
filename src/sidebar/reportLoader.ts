// Loads the report with progress in the view, keeps the view's "Last updated" message, and turns a
// revoked or wrong credential, or a refresh that failed while earlier figures stay shown, into one
// message (not one per team).
import * as vscode from 'vscode';
import { COMPLETION_VIEW_ID } from './constants';
import type { LoadOutcome, ReportModel } from './model/reportModel';
import { signInAgainAction } from './tree/errorFixes';
import { formatTime } from './tree/presentation';
import { inertLinks } from '../util/inertLinks';

/** How many of the last error messages are kept for `cyberguru.internal.reportMessages`. */
const KEPT_MESSAGES = 20;

export class ReportLoader implements vscode.Disposable {
  private readonly subscription: { dispose(): void };
  /** Outcomes already reported, so a cached run's problem is said once. */
  private readonly reported = new WeakSet<LoadOutcome>();
  /** The last error messages shown about loads (tests read them: one message per failed refresh). */
  readonly shownMessages: string[] = [];

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
      this.updateMessage();
      if (outcome.signInProblem) void this.offerSignIn(outcome.signInProblem.message);
      else if (outcome.stale) void this.offerRetry(outcome.stale);
    }
    return outcome;
  }

  private remember(message: string): void {
    this.shownMessages.push(message);
    if (this.shownMessages.length > KEPT_MESSAGES) this.shownMessages.shift();
  }

  private async offerRetry(stale: NonNullable<LoadOutcome['stale']>): Promise<void> {
    const message = vscode.l10n.t('Could not refresh the training completion: {reason} The figures shown were read at {time}.', {
      reason: stale.error.message,
      time: formatTime(stale.readAt),
    });
    this.remember(message);
    const retry = vscode.l10n.t('Retry');
    const picked = await vscode.window.showErrorMessage(inertLinks(message), retry);
    if (picked === retry) await this.refresh();
  }

  private async offerSignIn(message: string): Promise<void> {
    const action = signInAgainAction();
    this.remember(message);
    const picked = await vscode.window.showErrorMessage(inertLinks(message), action.title);
    if (picked === action.title) await vscode.commands.executeCommand(action.command, ...action.args);
  }

  private updateMessage(): void {
    const updated = this.model.lastUpdated;
    const stale = this.model.company?.status === 'loaded' ? this.model.company.stale : undefined;
    if (!updated) this.view.message = undefined;
    else if (stale) this.view.message = vscode.l10n.t('Last updated {time} · the last refresh failed', { time: formatTime(updated) });
    else this.view.message = vscode.l10n.t('Last updated {time}', { time: formatTime(updated) });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
