// `cyberguru.compareWithUserList`: the open user list against the report. Users in the file but not
// reported (not yet assigned, suspended, unlicensed, or a typo) and reported users missing from the
// file, as a list to click through: a file row opens at its line, a reported user is shown in the tree.
import * as vscode from 'vscode';
import { UserFacingError } from '../../util/commandWrapper';
import { ContextKeys } from '../constants';
import { compareUsers, type UserListComparison } from '../userList/compareUsers';
import { userListDocument } from '../userList/openUserList';
import type { UserListRow } from '../userList/readUserList';
import type { SidebarServices } from '../services';

interface CompareArguments {
  uri?: vscode.Uri;
  /** false: return the comparison without showing the list (automation, tests). */
  show?: boolean;
}

/** A separator, a row of the file, or a reported user. */
type ComparisonItem = vscode.QuickPickItem & { row?: UserListRow; email?: string };

function compareArguments(arg: unknown): CompareArguments {
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const { uri, show } = arg as Record<string, unknown>;
  return { uri: uri instanceof vscode.Uri ? uri : undefined, show: typeof show === 'boolean' ? show : undefined };
}

function items(result: UserListComparison): ComparisonItem[] {
  const list: ComparisonItem[] = [
    { label: vscode.l10n.t('In the file, not in the report ({count})', { count: result.onlyInFile.length }), kind: vscode.QuickPickItemKind.Separator },
    ...result.onlyInFile.map((row) => ({
      label: `$(file) ${row.email}`,
      description: vscode.l10n.t('line {line}', { line: row.line + 1 }),
      detail: vscode.l10n.t('Not reported: not assigned yet, suspended, unlicensed, or a different e-mail on the platform'),
      row,
    })),
    { label: vscode.l10n.t('In the report, not in the file ({count})', { count: result.onlyInReport.length }), kind: vscode.QuickPickItemKind.Separator },
    ...result.onlyInReport.map((user) => ({
      label: `$(person) ${user.email}`,
      description: vscode.l10n.t('{rate} % completed', { rate: user.completion_rate_total }),
      detail: vscode.l10n.t('Reported by the platform but missing from this user list'),
      email: user.email,
    })),
  ];
  return list;
}

async function revealRow(document: vscode.TextDocument, row: UserListRow): Promise<void> {
  const line = document.lineAt(Math.min(row.line, document.lineCount - 1));
  const column = line.text.indexOf(row.email);
  const range = column >= 0 ? new vscode.Range(line.lineNumber, column, line.lineNumber, column + row.email.length) : line.range;
  await vscode.window.showTextDocument(document, { selection: range, preserveFocus: true, preview: false });
}

async function revealInTree(services: SidebarServices, email: string): Promise<void> {
  services.model.filter = email;
  await vscode.commands.executeCommand('setContext', ContextKeys.filtered, true);
  const allUsers = services.tree.companyNode?.allUsersNode;
  if (allUsers) await services.view.reveal(allUsers, { expand: true, focus: false, select: false });
}

function showResults(services: SidebarServices, document: vscode.TextDocument, result: UserListComparison): void {
  const picker = vscode.window.createQuickPick<ComparisonItem>();
  picker.title = vscode.l10n.t('Compare {file} with the report: {matched} matched', {
    file: vscode.workspace.asRelativePath(document.uri),
    matched: result.matched,
  });
  picker.placeholder = vscode.l10n.t('Pick a user to show the row (Escape to close)');
  picker.items = items(result);
  picker.ignoreFocusOut = true;
  picker.matchOnDescription = true;
  picker.onDidAccept(() => {
    const picked = picker.selectedItems[0];
    if (picked?.row) void revealRow(document, picked.row);
    else if (picked?.email) void revealInTree(services, picked.email);
  });
  picker.onDidHide(() => picker.dispose());
  picker.show();
}

export async function compareWithUserListCommand(services: SidebarServices, arg: unknown): Promise<UserListComparison | undefined> {
  const args = compareArguments(arg);
  const document = args.uri ? await vscode.workspace.openTextDocument(args.uri) : userListDocument();
  if (!document) throw new UserFacingError(vscode.l10n.t('Open a user list (CSV file) first, then compare it with the report.'));
  const content = await services.userLists.readLatest(document);
  if (content.emailColumn === undefined) {
    throw new UserFacingError(vscode.l10n.t('"{file}" has no e-mail column to compare.', { file: vscode.workspace.asRelativePath(document.uri) }));
  }
  if (!services.model.connected) throw new UserFacingError(vscode.l10n.t('Connect to Cyber Guru first.'), [{ title: vscode.l10n.t('Connect to Cyber Guru'), command: 'cyberguru.signIn' }]);
  await services.loader.ensureLoaded();
  const company = services.model.company;
  if (company?.status !== 'loaded') {
    const reason = company?.status === 'failed' ? company.error.message : vscode.l10n.t('the report is still loading');
    throw new UserFacingError(vscode.l10n.t('Cannot compare: {reason}', { reason }));
  }
  const result = compareUsers(content.rows, company.report.users);
  services.log.info(`Compared ${document.uri.fsPath}: ${result.matched} matched, ${result.onlyInFile.length} only in the file, ${result.onlyInReport.length} only in the report`);
  if (args.show !== false) showResults(services, document, result);
  return result;
}
