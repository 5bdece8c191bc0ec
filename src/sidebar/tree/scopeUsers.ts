// The user rows under a team or "All users": the current page, then "Load more" or a no-match note.
import * as vscode from 'vscode';
import type { Scope } from '../model/scopeState';
import { LoadMoreNode } from './loadMoreNode';
import { MessageNode } from './messageNode';
import type { TreeContext, TreeNode } from './treeNode';
import { UserNode } from './userNode';

export function scopeUserNodes(context: TreeContext, scope: Scope, parent: TreeNode): TreeNode[] {
  const page = context.model.usersPage(scope);
  if (!page) return [];
  if (page.matching === 0) {
    const text = context.model.filter
      ? vscode.l10n.t('No users match "{filter}"', { filter: context.model.filter })
      : vscode.l10n.t('No users with assigned modules');
    return [new MessageNode(parent, text)];
  }
  const nodes: TreeNode[] = page.users.map((user) => new UserNode(parent, user, context.model.threshold));
  if (page.users.length < page.matching) nodes.push(new LoadMoreNode(parent, scope, page.users.length, page.matching));
  return nodes;
}
