// The root: the company's figures, then one node per team, then all users.
import * as vscode from 'vscode';
import { AllUsersNode } from './allUsersNode';
import { ErrorNode } from './errorNode';
import { fixesFor } from './errorFixes';
import { MessageNode } from './messageNode';
import { StaleNoticeNode } from './staleNotice';
import { staleSuffix, summaryDescription, summaryTooltip, thresholdIcon } from './presentation';
import { TeamNode } from './teamNode';
import { TreeNode, type TreeContext } from './treeNode';
import { completedSinceFor } from './completedSinceNode';
import { deltaSuffix, deltaTooltipLine } from './historyPresentation';

export class CompanyNode extends TreeNode {
  private readonly teamNodes = new Map<string, TeamNode>();
  private readonly allUsers: AllUsersNode;

  constructor(private readonly context: TreeContext) {
    super(undefined);
    this.allUsers = new AllUsersNode(this, context);
  }

  getTreeItem(): vscode.TreeItem {
    const state = this.context.model.company;
    const name = this.context.companyName();
    const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Expanded);
    item.contextValue = 'company';
    if (state?.status === 'loaded') {
      const history = this.context.history();
      item.description = summaryDescription(state.summary) + staleSuffix(state.stale) + deltaSuffix(history?.company);
      item.tooltip = summaryTooltip(name, state.summary);
      if (history) item.tooltip.appendMarkdown(`  \n${deltaTooltipLine(history.company, history.since)}`);
      item.iconPath = thresholdIcon('home', state.summary.completion_rate, state.summary.assigned_total, state.summary.threshold);
    } else if (state?.status === 'failed') {
      item.description = vscode.l10n.t('failed to load');
      item.tooltip = state.error.message;
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    } else {
      item.description = vscode.l10n.t('loading…');
      item.iconPath = new vscode.ThemeIcon('loading~spin');
    }
    return item;
  }

  /** The node of a team currently in the tree (to refresh just that node). */
  teamNode(name: string): TeamNode | undefined {
    return this.teamNodes.get(name);
  }

  get allUsersNode(): AllUsersNode {
    return this.allUsers;
  }

  override getChildren(): TreeNode[] {
    const model = this.context.model;
    const children: TreeNode[] = [];
    const state = model.company;
    if (state?.status === 'failed') children.push(new ErrorNode(this, state.error, fixesFor(state.error)));
    if (state?.status === 'loaded' && state.stale) children.push(new StaleNoticeNode(this, state.stale));
    const names = new Set<string>();
    for (const entry of model.teams) {
      names.add(entry.name);
      let node = this.teamNodes.get(entry.name);
      if (node) node.entry = entry;
      else this.teamNodes.set(entry.name, (node = new TeamNode(this, this.context, entry)));
      children.push(node);
    }
    for (const name of [...this.teamNodes.keys()]) if (!names.has(name)) this.teamNodes.delete(name);
    if (model.teamListNote) children.push(new MessageNode(this, model.teamListNote));
    if (state?.status === 'loaded') {
      const history = this.context.history();
      children.push(...completedSinceFor(this, state.report.users, history?.completedSince, history?.since, state.summary.threshold));
      children.push(this.allUsers);
    }
    return children;
  }
}
