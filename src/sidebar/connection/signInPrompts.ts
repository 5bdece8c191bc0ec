// The four questions of "Connect to Cyber Guru": tenant, API URL, login URL (prefilled), client secret
// (password input). Each answer is checked as it is typed with the report client's own rules.
import * as vscode from 'vscode';
import { DEFAULT_LOGIN_URL } from '../../report';
import { UserCancelledError } from '../../util/commandWrapper';
import { normalizeConnection } from './normalizeConnection';
import { MAX_CONNECTION_NAME, type SignInArguments, type SignInPrefill } from './signIn';

/** Placeholder values that pass validation, so one field can be checked on its own. */
const VALID = { tenant: 'tenant', apiUrl: 'https://api.example' };

function problemWith(connection: { tenant: string; apiUrl: string; loginUrl?: string }): string | undefined {
  try {
    normalizeConnection(connection);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

async function ask(options: vscode.InputBoxOptions): Promise<string> {
  const value = await vscode.window.showInputBox({ ignoreFocusOut: true, ...options });
  if (value === undefined) throw new UserCancelledError();
  return value.trim();
}

/**
 * Asks for every detail, each prefilled from `previous` (a saved connection, or a sign-in that was
 * refused: "Sign in again" keeps its tenant and URLs); throws UserCancelledError on Escape.
 */
export async function promptForSignIn(previous: SignInPrefill | undefined): Promise<SignInArguments> {
  const title = vscode.l10n.t('Connect to Cyber Guru');
  const name = await ask({
    title,
    prompt: vscode.l10n.t('Connection name, e.g. "ACME staging" (empty: the tenant)'),
    placeHolder: 'ACME production',
    value: previous?.name,
    validateInput: (value) => (value.trim().length > MAX_CONNECTION_NAME ? vscode.l10n.t('At most {max} characters.', { max: MAX_CONNECTION_NAME }) : undefined),
  });
  const tenant = await ask({
    title,
    prompt: vscode.l10n.t('Tenant: your company realm name, as given by Cyber Guru'),
    placeHolder: 'acme',
    value: previous?.tenant,
    validateInput: (value) => (value.trim() ? problemWith({ ...VALID, tenant: value }) : vscode.l10n.t('Enter the tenant.')),
  });
  const apiUrl = await ask({
    title,
    prompt: vscode.l10n.t('Reporting API base URL'),
    placeHolder: 'https://api.platform.cyberguru.eu',
    value: previous?.apiUrl,
    validateInput: (value) => (value.trim() ? problemWith({ ...VALID, apiUrl: value }) : vscode.l10n.t('Enter the API base URL.')),
  });
  const loginUrl = await ask({
    title,
    prompt: vscode.l10n.t('Login URL'),
    value: previous?.loginUrl ?? DEFAULT_LOGIN_URL,
    validateInput: (value) => problemWith({ ...VALID, loginUrl: value.trim() || DEFAULT_LOGIN_URL }),
  });
  const clientSecret = await ask({
    title,
    prompt: vscode.l10n.t('Client secret (stored only in VS Code\'s secret storage)'),
    password: true,
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Enter the client secret.')),
  });
  return { name: name || undefined, tenant, apiUrl, loginUrl: loginUrl || undefined, clientId: previous?.clientId, clientSecret };
}
