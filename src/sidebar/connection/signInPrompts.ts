// The four questions of "Connect to Cyber Guru": tenant, API URL, login URL (prefilled), client secret
// (password input). Each answer is checked as it is typed with the report client's own rules.
import * as vscode from 'vscode';
import { DEFAULT_LOGIN_URL } from '../../report';
import { UserCancelledError } from '../../util/commandWrapper';
import type { StoredConnection } from './connectionStore';
import { normalizeConnection } from './normalizeConnection';
import type { SignInArguments } from './signIn';

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

/** Asks for every detail; throws UserCancelledError when the user presses Escape. */
export async function promptForSignIn(previous: StoredConnection | undefined): Promise<SignInArguments> {
  const title = vscode.l10n.t('Connect to Cyber Guru');
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
  return { tenant, apiUrl, loginUrl: loginUrl || undefined, clientId: previous?.clientId, clientSecret };
}
