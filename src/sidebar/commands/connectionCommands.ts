// Sign in (prompts, or one argument for automation), sign out, and switch between saved connections.
import * as vscode from 'vscode';
import { UserCancelledError, UserFacingError } from '../../util/commandWrapper';
import { registerSecret } from '../../util/log';
import { SidebarCommands } from '../constants';
import type { StoredConnection } from '../connection/connectionStore';
import { parseSignInArguments, parseSignInPrefill, signIn, SignInError, type SignInArguments, type SignInPrefill } from '../connection/signIn';
import { promptForSignIn } from '../connection/signInPrompts';
import type { SidebarServices } from '../services';
import { inertLinks } from '../../util/inertLinks';

/** "Sign in again" prefilled with what was typed (never the secret), so tenant and URLs need not be retyped. */
function signInFailure(err: SignInError, input: SignInArguments): UserFacingError {
  const prefill: SignInPrefill = { name: input.name, tenant: input.tenant, apiUrl: input.apiUrl, loginUrl: input.loginUrl, clientId: input.clientId };
  const retry = [{ title: vscode.l10n.t('Sign in again'), command: SidebarCommands.signIn, args: [prefill] }];
  switch (err.kind) {
    case 'invalidInput':
      return new UserFacingError(vscode.l10n.t('Sign-in details are not valid: {reason}', { reason: err.message }), retry);
    case 'missingSecret':
      return new UserFacingError(vscode.l10n.t('The client secret is empty. Paste the secret Cyber Guru gave you for the reporting API.'), retry);
    case 'rejected':
      return new UserFacingError(vscode.l10n.t('Sign-in failed, nothing was saved: {reason}', { reason: err.message }), retry);
  }
}

/** The prompts' starting point: the given details over the saved connection of that name (or the active one). */
function prefillFor(services: SidebarServices, given: SignInPrefill | undefined): SignInPrefill | undefined {
  const saved = given?.name !== undefined ? services.store.connectionNamed(given.name) : services.store.connection();
  if (!given) return saved;
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  return { ...saved, ...defined };
}

/**
 * `cyberguru.signIn`: asks for the details (or takes `{ name?, tenant, apiUrl, loginUrl?, clientId?, clientSecret }`,
 * or prefills the questions from `{ name?, tenant?, apiUrl?, loginUrl?, clientId? }`), proves them by
 * getting a token, then saves them as the active connection. Resolves true when signed in.
 */
export async function signInCommand(services: SidebarServices, arg: unknown): Promise<boolean> {
  const input = parseSignInArguments(arg) ?? (await promptForSignIn(prefillFor(services, parseSignInPrefill(arg))));
  registerSecret(input.clientSecret.trim());
  let connection;
  try {
    connection = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the credentials with Cyber Guru…') },
      () => signIn(input, services.store, services.checkCredentials),
    );
  } catch (err) {
    if (err instanceof SignInError) throw signInFailure(err, input);
    throw err;
  }
  services.log.info(`Signed in to tenant ${connection.tenant} as "${connection.name}" (API ${connection.apiUrl}, login ${connection.loginUrl})`);
  await services.connect(connection);
  void vscode.window.showInformationMessage(inertLinks(vscode.l10n.t('Connected to Cyber Guru: {name} (tenant {tenant}).', { name: connection.name, tenant: connection.tenant })));
  return true;
}

/** `cyberguru.signOut`: deletes the active connection's secret; the tree goes back to the welcome view. */
export async function signOutCommand(services: SidebarServices): Promise<void> {
  await services.store.signOut();
  await services.disconnect();
  services.log.info('Signed out: the client secret was deleted from the secret storage');
  void vscode.window.showInformationMessage(inertLinks(vscode.l10n.t('Signed out of Cyber Guru. The client secret was deleted.')));
}

async function pickConnection(services: SidebarServices): Promise<StoredConnection | 'new'> {
  const active = services.store.connection()?.name;
  const items = services.store.connections().map((c) => ({
    label: c.name,
    description: `${c.tenant} · ${new URL(c.apiUrl).host}`,
    detail: c.name === active ? vscode.l10n.t('active') : undefined,
    connection: c as StoredConnection | 'new',
  }));
  items.push({ label: `$(add) ${vscode.l10n.t('Add a connection…')}`, description: '', detail: undefined, connection: 'new' });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Switch Cyber Guru connection'), placeHolder: active });
  if (!picked) throw new UserCancelledError();
  return picked.connection;
}

/**
 * `cyberguru.switchConnection`: makes another saved connection active (`{ name }` for automation, else a
 * pick); every figure is read anew from it. A connection without a secret asks for it, tenant and URLs
 * prefilled. Resolves true when the chosen connection is active and signed in.
 */
export async function switchConnectionCommand(services: SidebarServices, arg: unknown): Promise<boolean> {
  const name = typeof arg === 'object' && arg !== null && typeof (arg as { name?: unknown }).name === 'string' ? (arg as { name: string }).name : undefined;
  let target: StoredConnection | 'new';
  if (name !== undefined) {
    const found = services.store.connectionNamed(name);
    if (!found) {
      throw new UserFacingError(vscode.l10n.t('There is no saved Cyber Guru connection named "{name}".', { name }), [
        { title: vscode.l10n.t('Add a connection…'), command: SidebarCommands.signIn, args: [{ name }] },
      ]);
    }
    target = found;
  } else {
    target = await pickConnection(services);
  }
  if (target === 'new') return signInCommand(services, { name: '' });
  const secret = await services.store.secretFor(target);
  if (secret === undefined) return signInCommand(services, { name: target.name });
  registerSecret(secret);
  await services.store.activate(target.name);
  services.log.info(`Switched to the connection "${target.name}" (tenant ${target.tenant}, API ${target.apiUrl})`);
  await services.connect(target);
  return true;
}
