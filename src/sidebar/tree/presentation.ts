// How figures look in the tree: rates, descriptions, threshold-coloured icons and tooltips.
import * as vscode from 'vscode';
import type { CompletionSummary, ServiceProgress, ServiceSummary, UserProgress } from '../../report';

/** "91.67 %" in the display language (at most two decimals, as the API gives them). */
export function formatRate(rate: number): string {
  return `${new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: 2 }).format(rate)} %`;
}

function formatCount(value: number): string {
  return new Intl.NumberFormat(vscode.env.language).format(value);
}

/** "14:05" in the display language. */
export function formatTime(time: Date): string {
  return time.toLocaleTimeString(vscode.env.language, { hour: '2-digit', minute: '2-digit' });
}

/** " · as of 14:05" after the figures of a scope kept from an earlier read, else "". */
export function staleSuffix(stale: { readAt: Date } | undefined): string {
  return stale ? ` · ${vscode.l10n.t('as of {time}', { time: formatTime(stale.readAt) })}` : '';
}

/**
 * An icon coloured by the threshold: green at or above it, red below, grey when nothing is assigned.
 * The shape stays the node's kind; the tooltip spells the state out for those who cannot see colour.
 */
export function thresholdIcon(iconId: string, rate: number, assigned: number, threshold: number): vscode.ThemeIcon {
  if (assigned === 0) return new vscode.ThemeIcon(iconId, new vscode.ThemeColor('disabledForeground'));
  return new vscode.ThemeIcon(iconId, new vscode.ThemeColor(rate >= threshold ? 'charts.green' : 'charts.red'));
}

/** "84.5 % · 230 users · 41 below 80 %" */
export function summaryDescription(summary: CompletionSummary): string {
  return vscode.l10n.t('{rate} · {users} users · {below} below {threshold} %', {
    rate: formatRate(summary.completion_rate),
    users: formatCount(summary.users),
    below: formatCount(summary.users_below_threshold),
    threshold: formatCount(summary.threshold),
  });
}

function serviceLine(name: string, service: ServiceSummary): string {
  return vscode.l10n.t('{service}: {completed} of {assigned} modules completed ({rate}); {complete} users at 100 %', {
    service: name,
    completed: formatCount(service.completed),
    assigned: formatCount(service.assigned),
    rate: formatRate(service.completion_rate),
    complete: formatCount(service.users_complete),
  });
}

/** Every figure of a company or team, one per line. */
export function summaryTooltip(title: string, summary: CompletionSummary): vscode.MarkdownString {
  const lines = [
    `**${escapeMarkdown(title)}**`,
    '',
    vscode.l10n.t('Completion: {rate} ({completed} of {assigned} modules)', {
      rate: formatRate(summary.completion_rate),
      completed: formatCount(summary.completed_total),
      assigned: formatCount(summary.assigned_total),
    }),
    vscode.l10n.t('Users: {users}; {complete} at 100 %; {below} below the {threshold} % threshold', {
      users: formatCount(summary.users),
      complete: formatCount(summary.users_complete),
      below: formatCount(summary.users_below_threshold),
      threshold: formatCount(summary.threshold),
    }),
    serviceLine(vscode.l10n.t('Awareness'), summary.awareness),
    serviceLine(vscode.l10n.t('Channel'), summary.channel),
  ];
  return new vscode.MarkdownString(lines.join('  \n'));
}

/** "91.67 % · 17 of 20 modules" */
export function userDescription(user: UserProgress): string {
  if (user.assigned_total === 0) return vscode.l10n.t('nothing assigned yet');
  return vscode.l10n.t('{rate} · {completed} of {assigned} modules', {
    rate: formatRate(user.completion_rate_total),
    completed: formatCount(user.completed_total),
    assigned: formatCount(user.assigned_total),
  });
}

export function serviceDescription(service: ServiceProgress): string {
  if (service.assigned === 0) return vscode.l10n.t('nothing assigned yet');
  return vscode.l10n.t('{rate} · {completed} of {assigned} modules', {
    rate: formatRate(service.completion_rate),
    completed: formatCount(service.completed),
    assigned: formatCount(service.assigned),
  });
}

export function userTooltip(user: UserProgress, threshold: number): vscode.MarkdownString {
  const state =
    user.completion_rate_total >= threshold
      ? vscode.l10n.t('At or above the {threshold} % threshold', { threshold: formatCount(threshold) })
      : vscode.l10n.t('Below the {threshold} % threshold', { threshold: formatCount(threshold) });
  const service = (name: string, s: ServiceProgress) =>
    vscode.l10n.t('{service}: {completed} of {assigned} modules ({rate})', {
      service: name,
      completed: formatCount(s.completed),
      assigned: formatCount(s.assigned),
      rate: formatRate(s.completion_rate),
    });
  const lines = [
    `**${escapeMarkdown(user.email)}**`,
    '',
    vscode.l10n.t('Completion: {rate} ({completed} of {assigned} modules)', {
      rate: formatRate(user.completion_rate_total),
      completed: formatCount(user.completed_total),
      assigned: formatCount(user.assigned_total),
    }),
    state,
    service(vscode.l10n.t('Awareness'), user.services.awareness),
    service(vscode.l10n.t('Channel'), user.services.channel),
  ];
  return new vscode.MarkdownString(lines.join('  \n'));
}

/** Text from the platform or the user (team names, e-mails) must not render as Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
