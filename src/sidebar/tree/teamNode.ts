// A team: its figures, its users (sorted, filtered, paged); when it failed, an error node with fixes.
// One instance per team name for the whole load, so a change refreshes just this node.
import * as vscode from 'vscode';
import { closestTeamName } from '../model/teamNameMatch';
import type { TeamEntry } from '../model/teamSources';
import { ErrorNode } from './errorNode';
import { fixesFor } from './errorFixes';
import { MessageNode } from './messageNode';
import { staleSuffix, summaryDescription, summaryTooltip, thresholdIcon } from './presentation';
import { scopeUserNodes } from './scopeUsers';
import { TreeNode, type TreeContext } from './treeNode';
import { completedSinceFor } from './completedSinceNode';
import { deltaSuffix, deltaTooltipLine } from './historyPresentation';

export class TeamNode extends TreeNode {
  constructor(
    parent: TreeNode,
    private readonly context: TreeContext,
    public entry: TeamEntry,
  ) {
    super(parent);
  }

  get name(): string {
    return this.entry.name;
  }

  getTreeItem(): vscode.TreeItem {
    const state = this.context.model.team(this.name);
    const item = new vscode.TreeItem(this.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `team/${this.name}`;
    item.contextValue = 'team';
    if (state?.status === 'loaded') {
      const history = this.context.history();
      const delta = history?.teams.get(this.name);
      item.description = summaryDescription(state.summary) + staleSuffix(state.stale) + deltaSuffix(delta);
      item.tooltip = summaryTooltip(this.name, state.summary);
      if (delta && history) item.tooltip.appendMarkdown(`  \n${deltaTooltipLine(delta, history.since)}`);
      item.iconPath = thresholdIcon('organization', state.summary.completion_rate, state.summary.assigned_total, state.summary.threshold);
    } else if (state?.status === 'failed') {
      item.description = vscode.l10n.t('failed to load');
      item.tooltip = state.error.message;
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
      item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
      item.contextValue = 'team.failed';
      // A new id makes the tree treat the failed team as a new row, so it opens on its error node.
      item.id = `team/${this.name}/failed`;
    } else {
      item.description = vscode.l10n.t('loading…');
      item.iconPath = new vscode.ThemeIcon('loading~spin');
    }
    return item;
  }

  override getChildren(): TreeNode[] {
    const state = this.context.model.team(this.name);
    if (state?.status === 'failed') {
      const suggestion = closestTeamName(this.name, this.context.model.teamNames('platform'));
      return [new ErrorNode(this, state.error, fixesFor(state.error, this.entry, suggestion), suggestion)];
    }
    if (state?.status !== 'loaded') return [new MessageNode(this, vscode.l10n.t('Loading…'), new vscode.ThemeIcon('loading~spin'))];
    const history = this.context.history();
    return [
      ...completedSinceFor(this, state.report.users, history?.completedSince, history?.since, state.summary.threshold),
      ...scopeUserNodes(this.context, { kind: 'team', name: this.name }, this),
    ];
  }
}
