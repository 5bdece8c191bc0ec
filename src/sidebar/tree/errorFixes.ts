// Which action fixes which failure: the fix offered under an error node and with error messages.
import * as vscode from 'vscode';
import { ReportError } from '../../report';
import { SidebarCommands } from '../constants';
import type { TeamEntry } from '../model/teamSources';

export interface FixAction {
  title: string;
  command: string;
  args: unknown[];
  /** Codicon id. */
  icon: string;
}

export function signInAgainAction(): FixAction {
  return { title: vscode.l10n.t('Sign in again'), command: SidebarCommands.signIn, args: [], icon: 'sign-in' };
}

/** True when a new sign-in (secret, tenant or URL) is what fixes the error. */
export function needsSignIn(error: Error): error is ReportError {
  return error instanceof ReportError && (error.needsSignIn || error.code === 'INSECURE_URL');
}

/**
 * Fixes for a failing team (entry given) or for the company figures. `suggestion` is the platform's
 * spelling of an unknown team's name ("did you mean"), offered first.
 */
export function fixesFor(error: Error, team?: TeamEntry, suggestion?: string): FixAction[] {
  if (needsSignIn(error)) return [signInAgainAction()];
  const fixes: FixAction[] = [];
  const unknownTeam = error instanceof ReportError && (error.code === 'EXT_1004' || error.code === 'INVALID_INPUT');
  if (team && unknownTeam && suggestion !== undefined) {
    fixes.push({
      title: vscode.l10n.t('Use "{name}" (the platform\'s name)', { name: suggestion }),
      command: SidebarCommands.useTeamName,
      args: [{ from: team.name, to: suggestion }],
      icon: 'lightbulb',
    });
  }
  if (team && unknownTeam) {
    fixes.push({ title: vscode.l10n.t('Remove "{team}" from the tree', { team: team.name }), command: SidebarCommands.removeTeam, args: [team.name], icon: 'trash' });
    if (team.sources.includes('settings')) {
      fixes.push({ title: vscode.l10n.t('Edit the team names setting'), command: 'workbench.action.openSettings', args: ['cyberguru.report.teams'], icon: 'gear' });
    }
  } else {
    fixes.push({ title: vscode.l10n.t('Retry'), command: SidebarCommands.refreshReport, args: team ? [team.name] : [], icon: 'refresh' });
  }
  return fixes;
}
