// Reads the `cyberguru.lint.*` settings into a typed snapshot (defaults mirror package.json).
import * as vscode from 'vscode';
import { SETTINGS_SECTION, Settings } from './constants';
import { DEFAULT_MAX_FILE_SIZE_MB } from './largeFiles';

export type RunTrigger = 'onType' | 'onSave';

export interface LintSettings {
  enable: boolean;
  run: RunTrigger;
  /** Milliseconds of quiet after typing before an on-type lint starts. */
  delayMs: number;
  include: string[];
  exclude: string[];
  maxProblems: number;
  /** Files above this size are not linted in the editor (the CLI streams them). */
  maxFileSizeMB: number;
}

const DEFAULT_DELAY_MS = 250;
const DEFAULT_MAX_PROBLEMS = 1000;

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function nonNegativeInteger(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The settings that apply to one document (they are resource-scoped). */
export function readLintSettings(scope?: vscode.Uri): LintSettings {
  const section = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return {
    enable: section.get<boolean>(Settings.enable, true) !== false,
    run: section.get<string>(Settings.run) === 'onSave' ? 'onSave' : 'onType',
    delayMs: nonNegativeInteger(section.get(Settings.delay), DEFAULT_DELAY_MS),
    include: stringList(section.get(Settings.include)),
    exclude: stringList(section.get(Settings.exclude)),
    maxProblems: Math.max(1, nonNegativeInteger(section.get(Settings.maxProblems), DEFAULT_MAX_PROBLEMS)),
    maxFileSizeMB: positiveNumber(section.get(Settings.maxFileSizeMB), DEFAULT_MAX_FILE_SIZE_MB),
  };
}
