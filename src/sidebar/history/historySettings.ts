// The history's one setting: how many days of snapshots to keep (default 180).
import * as vscode from 'vscode';
import { DEFAULT_RETENTION_DAYS } from '../../report/history';

export const HISTORY_RETENTION_SETTING = 'historyRetentionDays';

export function readHistoryRetentionDays(): number {
  const value = vscode.workspace.getConfiguration('cyberguru.report').get<unknown>(HISTORY_RETENTION_SETTING);
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(3650, Math.max(1, Math.round(value))) : DEFAULT_RETENTION_DAYS;
}
