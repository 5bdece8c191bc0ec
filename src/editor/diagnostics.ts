// Converts engine problems 1:1 into VS Code diagnostics, and remembers which problem each diagnostic
// came from (the side map code actions read: fix data never rides on the diagnostic itself).
import * as vscode from 'vscode';
import type { LintResult, Problem, Range, Severity } from '../lint';
import { DIAGNOSTIC_SOURCE } from './constants';
import { toDocumentPosition } from './documentCoordinates';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Resolves a rule code to its documentation page (bundled with the extension, so it opens offline). */
export type DocsLocator = (code: string) => vscode.Uri | undefined;

export function toVscodeRange(range: Range, bomShift: 0 | 1): vscode.Range {
  const start = toDocumentPosition(range.start, bomShift);
  const end = toDocumentPosition(range.end, bomShift);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

/** Identifies a diagnostic by what VS Code hands back in a CodeActionContext (a copy, not the object). */
export function diagnosticKey(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return `${start.line}:${start.character}-${end.line}:${end.character}|${String(code)}|${diagnostic.message}`;
}

export function localizedMessage(problem: Problem): string {
  return problem.template ? vscode.l10n.t(problem.template, problem.args) : problem.message;
}

function toDiagnostic(problem: Problem, uri: vscode.Uri, bomShift: 0 | 1, docs: DocsLocator): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    toVscodeRange(problem.range, bomShift),
    localizedMessage(problem),
    SEVERITY[problem.severity],
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const target = docs(problem.code);
  diagnostic.code = target ? { value: problem.code, target } : problem.code;
  if (problem.related.length > 0) {
    diagnostic.relatedInformation = problem.related.map(
      (related) =>
        new vscode.DiagnosticRelatedInformation(
          // A location in another file (the baseline) has its own positions: no BOM shift of this file.
          related.file ? new vscode.Location(vscode.Uri.parse(related.file), toVscodeRange(related.range, 0)) : new vscode.Location(uri, toVscodeRange(related.range, bomShift)),
          vscode.l10n.t(related.message),
        ),
    );
  }
  return diagnostic;
}

/** One diagnostic on the header row saying how many problems maxProblems left out. */
function summaryDiagnostic(result: Pick<LintResult, 'truncated' | 'columns'>, maxProblems: number, bomShift: 0 | 1): vscode.Diagnostic {
  const first = result.columns[0]?.range;
  const last = result.columns[result.columns.length - 1]?.range;
  const range =
    first && last
      ? toVscodeRange({ start: first.start, end: last.end }, bomShift)
      : new vscode.Range(0, 0, 0, 0);
  const diagnostic = new vscode.Diagnostic(
    range,
    vscode.l10n.t('{count} more problems are not shown: the limit is {max} per file (setting cyberguru.lint.maxProblems).', {
      count: result.truncated,
      max: maxProblems,
    }),
    vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

export interface ConvertedProblems {
  diagnostics: vscode.Diagnostic[];
  problemByKey: Map<string, Problem>;
}

export function convertProblems(
  problems: readonly Problem[],
  result: Pick<LintResult, 'truncated' | 'columns'>,
  options: { uri: vscode.Uri; bomShift: 0 | 1; docs: DocsLocator; maxProblems: number },
): ConvertedProblems {
  const diagnostics: vscode.Diagnostic[] = [];
  const problemByKey = new Map<string, Problem>();
  for (const problem of problems) {
    const diagnostic = toDiagnostic(problem, options.uri, options.bomShift, options.docs);
    diagnostics.push(diagnostic);
    problemByKey.set(diagnosticKey(diagnostic), problem);
  }
  if (result.truncated > 0) diagnostics.push(summaryDiagnostic(result, options.maxProblems, options.bomShift));
  return { diagnostics, problemByKey };
}
