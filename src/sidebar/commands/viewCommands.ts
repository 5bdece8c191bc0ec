// Title-bar and inline commands of the tree: refresh, filter by e-mail, sort, load more.
import * as vscode from 'vscode';
import { COMPLETION_VIEW_ID, ContextKeys } from '../constants';
import type { Scope } from '../model/scopeState';
import { isUserSortOrder, type UserSortOrder } from '../model/userOrdering';
import type { SidebarServices } from '../services';
import { TeamNode } from '../tree/teamNode';

/** `cyberguru.refreshReport`: everything, or one team (a team node, or its name, e.g. from "Retry"). */
export async function refreshCommand(services: SidebarServices, arg: unknown): Promise<void> {
  const team = arg instanceof TeamNode ? arg.name : typeof arg === 'string' ? arg : undefined;
  if (team !== undefined) {
    await vscode.window.withProgress({ location: { viewId: COMPLETION_VIEW_ID } }, () => services.model.refreshTeam(team));
    return;
  }
  await services.loader.refresh();
}

/** `cyberguru.filterReport`: show only users whose e-mail contains the text (empty clears). */
export async function filterCommand(services: SidebarServices, arg: unknown): Promise<void> {
  const text =
    typeof arg === 'string'
      ? arg
      : await vscode.window.showInputBox({
          title: vscode.l10n.t('Filter users by e-mail'),
          prompt: vscode.l10n.t('Part of an e-mail address; leave empty to show everyone'),
          value: services.model.filter,
        });
  if (text === undefined) return;
  services.model.filter = text;
  await vscode.commands.executeCommand('setContext', ContextKeys.filtered, services.model.filter !== '');
}

export async function clearFilterCommand(services: SidebarServices): Promise<void> {
  await filterCommand(services, '');
}

function sortLabel(order: UserSortOrder): string {
  switch (order) {
    case 'lowestFirst':
      return vscode.l10n.t('Lowest completion first');
    case 'highestFirst':
      return vscode.l10n.t('Highest completion first');
    case 'email':
      return vscode.l10n.t('By e-mail');
  }
}

/** `cyberguru.sortReport`: how users are listed (lowest completion first by default). */
export async function sortCommand(services: SidebarServices, arg: unknown): Promise<void> {
  let order: UserSortOrder | undefined = isUserSortOrder(arg) ? arg : undefined;
  if (!order) {
    const orders: UserSortOrder[] = ['lowestFirst', 'highestFirst', 'email'];
    const picked = await vscode.window.showQuickPick(
      orders.map((o) => ({ label: sortLabel(o), description: o === services.model.sortOrder ? vscode.l10n.t('current') : undefined, order: o })),
      { title: vscode.l10n.t('Sort users') },
    );
    order = picked?.order;
  }
  if (order) services.model.sortOrder = order;
}

/** `cyberguru.loadMoreUsers`: the next page of a scope's users (the "Load more…" row). */
export function loadMoreCommand(services: SidebarServices, arg: unknown): void {
  const scope = arg as Scope | undefined;
  if (scope?.kind === 'company' || (scope?.kind === 'team' && typeof scope.name === 'string')) services.model.showMore(scope);
}

/** The view's description: the active sort and filter, so a filtered tree never passes for complete. */
export function viewDescription(services: SidebarServices): string | undefined {
  const parts: string[] = [];
  if (services.model.filter) parts.push(vscode.l10n.t('filter: {text}', { text: services.model.filter }));
  if (services.model.sortOrder !== 'lowestFirst') parts.push(sortLabel(services.model.sortOrder));
  return parts.length ? parts.join(' · ') : undefined;
}
