// Sign in (prompts, or one argument for automation) and sign out.
import * as vscode from 'vscode';
import { UserFacingError } from '../../util/commandWrapper';
import { registerSecret } from '../../util/log';
import { SidebarCommands } from '../constants';
import { parseSignInArguments, signIn, SignInError } from '../connection/signIn';
import { promptForSignIn } from '../connection/signInPrompts';
import type { SidebarServices } from '../services';

function signInFailure(err: SignInError): UserFacingError {
  const retry = [{ title: vscode.l10n.t('Sign in again'), command: SidebarCommands.signIn }];
  switch (err.kind) {
    case 'invalidInput':
      return new UserFacingError(vscode.l10n.t('Sign-in details are not valid: {reason}', { reason: err.message }), retry);
    case 'missingSecret':
      return new UserFacingError(vscode.l10n.t('The client secret is empty. Paste the secret Cyber Guru gave you for the reporting API.'), retry);
    case 'rejected':
      return new UserFacingError(vscode.l10n.t('Sign-in failed, nothing was saved: {reason}', { reason: err.message }), retry);
  }
}

/**
 * `cyberguru.signIn`: asks for the details (or takes `{ tenant, apiUrl, loginUrl?, clientId?, clientSecret }`),
 * proves them by getting a token, then saves. Resolves true when signed in.
 */
export async function signInCommand(services: SidebarServices, arg: unknown): Promise<boolean> {
  const input = parseSignInArguments(arg) ?? (await promptForSignIn(services.store.connection()));
  registerSecret(input.clientSecret.trim());
  let connection;
  try {
    connection = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the credentials with Cyber Guru…') },
      () => signIn(input, services.store, services.checkCredentials),
    );
  } catch (err) {
    if (err instanceof SignInError) throw signInFailure(err);
    throw err;
  }
  services.log.info(`Signed in to tenant ${connection.tenant} (API ${connection.apiUrl}, login ${connection.loginUrl})`);
  await services.connect(connection);
  void vscode.window.showInformationMessage(vscode.l10n.t('Connected to Cyber Guru (tenant {tenant}).', { tenant: connection.tenant }));
  return true;
}

/** `cyberguru.signOut`: deletes the secret; the tree goes back to the welcome view. */
export async function signOutCommand(services: SidebarServices): Promise<void> {
  await services.store.signOut();
  await services.disconnect();
  services.log.info('Signed out: the client secret was deleted from the secret storage');
  void vscode.window.showInformationMessage(vscode.l10n.t('Signed out of Cyber Guru. The client secret was deleted.'));
}
