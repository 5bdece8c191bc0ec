// Reads the `cyberguru.lint.*` settings into a typed snapshot, within the bounds package.json declares
// (a workspace's settings file is not checked against them, so they are applied here again).
import * as vscode from 'vscode';
import { clampLintSettings, type LintSettings } from '../util/settingLimits';
import { SETTINGS_SECTION, Settings } from './constants';

export type { LintSettings, RunTrigger } from '../util/settingLimits';

/** The settings that apply to one document (they are resource-scoped). */
export function readLintSettings(scope?: vscode.Uri): LintSettings {
  const section = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return clampLintSettings({
    enable: section.get(Settings.enable),
    run: section.get(Settings.run),
    delay: section.get(Settings.delay),
    include: section.get(Settings.include),
    exclude: section.get(Settings.exclude),
    maxProblems: section.get(Settings.maxProblems),
    maxFileSizeMB: section.get(Settings.maxFileSizeMB),
  });
}
