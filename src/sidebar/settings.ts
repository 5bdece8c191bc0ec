// The sidebar's settings. Only display choices live in settings; connection details never do.
import * as vscode from 'vscode';
import { DEFAULT_THRESHOLD, REPORT_SETTINGS_SECTION, ReportSettings } from './constants';

export interface ReportViewSettings {
  teams: string[];
  threshold: number;
}

export function readReportSettings(): ReportViewSettings {
  const config = vscode.workspace.getConfiguration(REPORT_SETTINGS_SECTION);
  const rawTeams = config.get<unknown>(ReportSettings.teams);
  const teams = Array.isArray(rawTeams) ? rawTeams.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()) : [];
  const rawThreshold = config.get<unknown>(ReportSettings.threshold);
  const threshold = typeof rawThreshold === 'number' && Number.isFinite(rawThreshold) ? Math.min(100, Math.max(0, rawThreshold)) : DEFAULT_THRESHOLD;
  return { teams: [...new Set(teams)], threshold };
}
