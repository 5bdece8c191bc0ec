// "Add team…" and "Remove": configured names live in the `cyberguru.report.teams` setting (user level
// when added here); names from the platform or a user list are hidden instead (remembered per user).
import * as vscode from 'vscode';
import { REPORT_SETTINGS_SECTION, ReportSettings, StateKeys } from '../constants';
import type { SidebarServices } from '../services';
import { TeamNode } from '../tree/teamNode';

function teamNameProblem(value: string): string | undefined {
  const name = value.trim();
  if (!name) return vscode.l10n.t('Enter a team name.');
  if (name.length > 200 || /[\u0000-\u001f\u007f]/.test(name)) return vscode.l10n.t('A team name has at most 200 characters and no control characters.');
  return undefined;
}

export function hiddenTeams(services: SidebarServices): Set<string> {
  const value = services.context.globalState.get<unknown>(StateKeys.hiddenTeams);
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

async function setHidden(services: SidebarServices, hidden: Set<string>): Promise<void> {
  await services.context.globalState.update(StateKeys.hiddenTeams, [...hidden].sort());
  services.model.setHiddenTeams(hidden);
}

/** `cyberguru.addTeam`: a team name (argument, or asked) added to the user-level setting. */
export async function addTeamCommand(services: SidebarServices, arg: unknown): Promise<void> {
  const name = (
    typeof arg === 'string'
      ? arg
      : await vscode.window.showInputBox({
          title: vscode.l10n.t('Add team'),
          prompt: vscode.l10n.t('The team name exactly as the platform spells it'),
          validateInput: teamNameProblem,
        })
  )?.trim();
  if (!name) return;
  const problem = teamNameProblem(name);
  if (problem) throw new Error(problem);
  const hidden = hiddenTeams(services);
  if (hidden.delete(name)) await setHidden(services, hidden);
  const config = vscode.workspace.getConfiguration(REPORT_SETTINGS_SECTION);
  const current = config.inspect<string[]>(ReportSettings.teams)?.globalValue ?? [];
  if (!current.includes(name)) await config.update(ReportSettings.teams, [...current, name], vscode.ConfigurationTarget.Global);
}

/** `cyberguru.removeTeam`: from the setting(s) that list it; hidden if the platform or a user list names it. */
export async function removeTeamCommand(services: SidebarServices, arg: unknown): Promise<void> {
  let name = arg instanceof TeamNode ? arg.name : typeof arg === 'string' ? arg : undefined;
  if (name === undefined) {
    const picked = await vscode.window.showQuickPick(
      services.model.teams.map((t) => t.name),
      { title: vscode.l10n.t('Remove team') },
    );
    if (!picked) return;
    name = picked;
  }
  await rewriteTeamsSetting(name, (teams) => teams.filter((t) => t !== name));
  const teamName = name;
  const fromElsewhere = services.model.teamNames('platform').includes(teamName) || services.model.teamNames('userList').includes(teamName);
  if (fromElsewhere) {
    const hidden = hiddenTeams(services);
    hidden.add(teamName);
    await setHidden(services, hidden);
  }
}

/**
 * `cyberguru.useTeamName` `{ from, to }`: the "did you mean" fix. Settings that list `from` list `to`
 * instead; a name that comes from a user list is hidden (the platform's own name is in the tree already).
 */
export async function useTeamNameCommand(services: SidebarServices, arg: unknown): Promise<void> {
  const { from, to } = (typeof arg === 'object' && arg !== null ? arg : {}) as { from?: unknown; to?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string' || teamNameProblem(to)) return;
  await rewriteTeamsSetting(from, (teams) => [...new Set(teams.map((t) => (t === from ? to : t)))]);
  if (services.model.teamNames('userList').includes(from)) {
    const hidden = hiddenTeams(services);
    hidden.add(from);
    await setHidden(services, hidden);
  }
}

/** Rewrites the teams setting in the user and the workspace settings, wherever it lists `name`. */
async function rewriteTeamsSetting(name: string, rewrite: (teams: string[]) => string[]): Promise<void> {
  const config = vscode.workspace.getConfiguration(REPORT_SETTINGS_SECTION);
  const inspected = config.inspect<string[]>(ReportSettings.teams);
  const targets: [string[] | undefined, vscode.ConfigurationTarget][] = [
    [inspected?.globalValue, vscode.ConfigurationTarget.Global],
    [inspected?.workspaceValue, vscode.ConfigurationTarget.Workspace],
  ];
  for (const [value, target] of targets) {
    if (value?.includes(name)) await config.update(ReportSettings.teams, rewrite(value), target);
  }
}
