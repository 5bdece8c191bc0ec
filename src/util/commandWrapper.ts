import * as vscode from 'vscode';
import { maskSecrets } from './log';
import { inertLinks } from './inertLinks';

/** Thrown (or returned as cause) when the user cancelled: never shown as an error. */
export class UserCancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'UserCancelledError';
  }
}

/** An error whose message is already short, actionable and safe to show. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly actions: { title: string; command: string; args?: unknown[] }[] = [],
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

function isCancellation(err: unknown): boolean {
  return (
    err instanceof UserCancelledError ||
    err instanceof vscode.CancellationError ||
    (err instanceof Error && (err.name === 'AbortError' || err.name === 'Canceled'))
  );
}

/**
 * The single error boundary for every command: cancellation is silent, details go to the log,
 * the user sees one short message (secrets masked).
 */
export function registerSafeCommand(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  id: string,
  handler: (...args: any[]) => unknown,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (err) {
        if (isCancellation(err)) return undefined;
        const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
        log.error(maskSecrets(`${id} failed: ${detail}`));
        const message = maskSecrets(err instanceof Error ? err.message : String(err));
        const actions = err instanceof UserFacingError ? err.actions : [];
        const showLog = vscode.l10n.t('Show Log');
        // Not awaited: the command settles now (callers such as executeCommand must not wait for a click).
        void vscode.window.showErrorMessage(inertLinks(message), ...actions.map((a) => a.title), showLog).then((picked) => {
          if (picked === showLog) log.show(true);
          const action = actions.find((a) => a.title === picked);
          if (action) void vscode.commands.executeCommand(action.command, ...(action.args ?? []));
        });
        return undefined;
      }
    }),
  );
}
