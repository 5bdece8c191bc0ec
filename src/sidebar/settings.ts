// The sidebar's settings. Only display choices live in settings; connection details never do. Values
// are read within the bounds package.json declares (a workspace's settings file is not checked).
import * as vscode from 'vscode';
import { boundedTeamNames, clampThreshold } from '../util/settingLimits';
import { REPORT_SETTINGS_SECTION, ReportSettings } from './constants';

export interface ReportViewSettings {
  teams: string[];
  threshold: number;
}

export function readReportSettings(): ReportViewSettings {
  const config = vscode.workspace.getConfiguration(REPORT_SETTINGS_SECTION);
  const rawTeams = config.get<unknown>(ReportSettings.teams);
  return {
    teams: boundedTeamNames(Array.isArray(rawTeams) ? rawTeams : []),
    threshold: clampThreshold(config.get<unknown>(ReportSettings.threshold)),
  };
}
