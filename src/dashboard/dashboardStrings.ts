// The page's words, in the display language (the webview has no l10n API of its own).
import * as vscode from 'vscode';

export function dashboardStrings(): Record<string, string> {
  return {
    title: vscode.l10n.t('Training Completion Dashboard'),
    readAt: vscode.l10n.t('Figures read at {time}'),
    stale: vscode.l10n.t('The last refresh failed: {reason}'),
    nothingLoaded: vscode.l10n.t('Nothing is loaded yet. Open the Training Completion view or refresh it.'),
    company: vscode.l10n.t('Company completion'),
    overall: vscode.l10n.t('Overall'),
    awareness: vscode.l10n.t('Awareness'),
    channel: vscode.l10n.t('Channel'),
    users: vscode.l10n.t('Users'),
    below: vscode.l10n.t('Below {threshold} %'),
    teams: vscode.l10n.t('Teams against the {threshold} % threshold'),
    noTeams: vscode.l10n.t('No team is loaded.'),
    distribution: vscode.l10n.t('Users by completion'),
    trend: vscode.l10n.t('Trend'),
    trendTooShort: vscode.l10n.t('The trend appears after two loads on different occasions (history keeps one snapshot per load).'),
    laggards: vscode.l10n.t('Below the threshold, by team'),
    noLaggards: vscode.l10n.t('Every user is at or above the threshold.'),
    copyEmails: vscode.l10n.t('Copy e-mails'),
    export: vscode.l10n.t('Export'),
    moreRows: vscode.l10n.t('{shown} of {total} shown; Copy e-mails and Export take all of them.'),
    email: vscode.l10n.t('E-mail'),
    completion: vscode.l10n.t('Completion'),
    modules: vscode.l10n.t('Modules'),
    usersCount: vscode.l10n.t('{count} users'),
  };
}
