// Decides which documents are user lists: a CSV whose header looks like one, or any file matching
// `cyberguru.lint.include`; never a file matching `cyberguru.lint.exclude`. Globs follow VS Code's
// glob syntax, relative to the document's workspace folder (or absolute, e.g. `**/exports/*.csv`).
import * as vscode from 'vscode';
import { looksLikeUserList } from '../lint';
import { CSV_LANGUAGE_ID } from './constants';
import type { LintSettings } from './settings';

function matchesAnyGlob(document: vscode.TextDocument, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return globs.some(
    (glob) =>
      vscode.languages.match({ pattern: glob }, document) > 0 ||
      (folder !== undefined && vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0),
  );
}

export function isCsvDocument(document: vscode.TextDocument): boolean {
  return document.languageId === CSV_LANGUAGE_ID || document.uri.path.toLowerCase().endsWith('.csv');
}

/**
 * Real files and new ones only: not the read-only copies VS Code opens for diffs, Git history or
 * output (their problems would show twice).
 */
const LINTED_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/** Cheap pre-check (no text needed): could this document ever be linted? */
export function isLintCandidate(document: vscode.TextDocument, settings: LintSettings): boolean {
  if (!LINTED_SCHEMES.has(document.uri.scheme)) return false;
  if (matchesAnyGlob(document, settings.exclude)) return false;
  return isCsvDocument(document) || matchesAnyGlob(document, settings.include);
}

export function isUserListDocument(document: vscode.TextDocument, text: string, settings: LintSettings): boolean {
  if (matchesAnyGlob(document, settings.exclude)) return false;
  if (matchesAnyGlob(document, settings.include)) return true;
  return isCsvDocument(document) && looksLikeUserList(text);
}
