// The questions "Create User List from This Export" asks, only where the export cannot answer: the
// username column (never guessed), a language and a country when the export has none, and which extra
// columns to keep (sensitive ones are never offered). Each resolves with the answer or throws
// UserCancelledError when the quick pick is dismissed.
import * as vscode from 'vscode';
import { languageName, countryName } from '../lint';
import type { UsernameChoice } from '../convert';
import { UserCancelledError } from '../util/commandWrapper';

interface ColumnItem extends vscode.QuickPickItem {
  header: string;
}

/** Codes offered first; any other can be typed in the quick pick's filter. */
const COMMON_LANGUAGES = ['it', 'en', 'fr', 'de', 'es', 'pt', 'nl', 'pl', 'ro', 'el'];
const COMMON_COUNTRIES = ['IT', 'GB', 'FR', 'DE', 'ES', 'PT', 'CH', 'AT', 'BE', 'NL', 'US', 'IE', 'PL', 'RO', 'GR'];

function picked<T>(value: T | undefined): T {
  if (value === undefined) throw new UserCancelledError();
  return value;
}

export async function askUsernameColumn(choice: UsernameChoice): Promise<string> {
  const candidates = choice.candidates.length ? choice.candidates : choice.choosable.map((header) => ({ header, sample: '' }));
  const items: ColumnItem[] = candidates.map((c) => ({
    label: c.header,
    header: c.header,
    description: c.sample ? vscode.l10n.t('e.g. {sample}', { sample: c.sample }) : undefined,
  }));
  const answer = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Which column is the username?'),
    placeHolder: vscode.l10n.t('The username cannot be changed after import; for SSO it must be the value your identity provider sends.'),
    ignoreFocusOut: true,
  });
  return picked(answer).header;
}

function codeItems(codes: readonly string[], name: (code: string) => string | undefined): (vscode.QuickPickItem & { code: string })[] {
  return codes.map((code) => ({ label: code, code, description: name(code) }));
}

export async function askLanguage(): Promise<string> {
  const items = codeItems(COMMON_LANGUAGES, (code) => languageName(code, vscode.env.language));
  const answer = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('The export has no language: which language for every user?'),
    placeHolder: vscode.l10n.t('ISO 639-1 code'),
    ignoreFocusOut: true,
  });
  return picked(answer).code;
}

export async function askCountry(): Promise<string> {
  const items = codeItems(COMMON_COUNTRIES, (code) => countryName(code, vscode.env.language));
  const answer = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('The export has no country: which country for every user?'),
    placeHolder: vscode.l10n.t('ISO 3166-1 alpha-2 code'),
    ignoreFocusOut: true,
  });
  return picked(answer).code;
}

/** Extra columns to keep as organisation columns; none picked is an answer, dismissing is cancelling. */
export async function askColumnsToKeep(columns: readonly { header: string; sample: string }[]): Promise<string[]> {
  const items: ColumnItem[] = columns.map((c) => ({ label: c.header, header: c.header, description: c.sample ? vscode.l10n.t('e.g. {sample}', { sample: c.sample }) : undefined }));
  const answer = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Keep any of these columns as organisation columns?'),
    placeHolder: vscode.l10n.t('Pick none to leave them out. Columns with sensitive data are never offered.'),
    canPickMany: true,
    ignoreFocusOut: true,
  });
  return picked(answer).map((item) => item.header);
}
