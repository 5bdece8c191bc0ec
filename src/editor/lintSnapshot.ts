// The latest published lint of one file, shared by the document linter, its row previews and the code
// actions (a module of its own so that none of them imports another for the type).
import type * as vscode from 'vscode';
import type { CyberGuruConfig, LintResult, Problem } from '../lint';

/** The latest published lint of one file. */
export interface LintSnapshot {
  uri: vscode.Uri;
  /** Document version the lint saw; undefined for a file linted from disk without being open. */
  version: number | undefined;
  bomShift: 0 | 1;
  config: CyberGuruConfig;
  result: LintResult;
  /** The engine's problems, in document order. */
  problems: Problem[];
  diagnostics: vscode.Diagnostic[];
  problemByKey: Map<string, Problem>;
  /** No quoted field spans lines, so every row is one line (required for row previews). */
  oneLineRecords: boolean;
  characters: number;
}
