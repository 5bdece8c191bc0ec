// Immediate feedback on a large file: after an edit, the edited rows are linted on their own (with the
// header) and merged with the last full result, whose other rows are unchanged and only shifted. The
// full lint still runs right after and replaces this preview. Rows are re-checked only when they are
// plain one-line records; problems that compare rows (they carry related locations: duplicates) wait for
// the full lint.
import * as vscode from 'vscode';
import { lintText, type Problem } from '../lint';
import { convertProblems, type DocsLocator } from './diagnostics';
import { mapLintedLine, type EditedSpan } from './editedLines';
import type { LintSnapshot } from './lintSnapshot';

/** Beyond this many edited lines (a big paste), only the full lint runs. */
const MAX_PREVIEW_LINES = 200;

function quoteCount(line: string): number {
  let count = 0;
  for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) count++;
  return count;
}

/** False when some line has an unbalanced quote, i.e. a quoted field may span lines. */
export function everyLineBalancesQuotes(text: string): boolean {
  if (!text.includes('"')) return true;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) count++;
    else if ((ch === 10 || ch === 13) && count % 2 === 1) return false;
    else if (ch === 10 || ch === 13) count = 0;
  }
  return count % 2 === 0;
}

function shiftRange(range: vscode.Range, span: EditedSpan): vscode.Range | undefined {
  const start = mapLintedLine(range.start.line, span);
  const end = mapLintedLine(range.end.line, span);
  if (start === undefined || end === undefined) return undefined;
  return new vscode.Range(start, range.start.character, end, range.end.character);
}

/** A diagnostic of the last full lint, moved to where its row is now; undefined if its row was edited. */
function shifted(diagnostic: vscode.Diagnostic, span: EditedSpan): vscode.Diagnostic | undefined {
  const range = shiftRange(diagnostic.range, span);
  if (!range) return undefined;
  if (span.lineDelta === 0 && !diagnostic.relatedInformation) return diagnostic;
  const copy = new vscode.Diagnostic(range, diagnostic.message, diagnostic.severity);
  copy.source = diagnostic.source;
  copy.code = diagnostic.code;
  copy.relatedInformation = diagnostic.relatedInformation?.flatMap((related) => {
    const relatedRange = shiftRange(related.location.range, span);
    return relatedRange ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(related.location.uri, relatedRange), related.message)] : [];
  });
  return copy;
}

/** The edited rows' problems, on the document's lines. */
function editedRowProblems(document: vscode.TextDocument, base: LintSnapshot, span: EditedSpan): Problem[] | undefined {
  const lines: string[] = [];
  for (let line = span.start; line <= span.end; line++) {
    const text = document.lineAt(line).text;
    if (quoteCount(text) % 2 === 1) return undefined;
    lines.push(text);
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const lastLine = span.end === document.lineCount - 1;
  const rows = document.lineAt(0).text + eol + lines.join(eol) + (lastLine ? '' : eol);
  const result = lintText(rows, { config: base.config });
  const offset = span.start - 1;
  return result.problems
    .filter((p) => p.range.start.line > 0 && p.related.length === 0)
    .map((p) => ({
      ...p,
      range: {
        start: { ...p.range.start, line: p.range.start.line + offset },
        end: { ...p.range.end, line: p.range.end.line + offset },
      },
      fixes: [],
    }));
}

/**
 * Diagnostics for the document as it is now, from the last full lint plus a lint of the edited rows;
 * undefined when a preview would not be reliable (header edited, multi-line records, big edits).
 */
export function previewDiagnostics(
  document: vscode.TextDocument,
  base: LintSnapshot,
  span: EditedSpan,
  docs: DocsLocator,
): vscode.Diagnostic[] | undefined {
  if (span.start < 1 || span.end >= document.lineCount || span.end - span.start >= MAX_PREVIEW_LINES) return undefined;
  if (base.result.truncated > 0 || !base.oneLineRecords) return undefined;
  const problems = editedRowProblems(document, base, span);
  if (!problems) return undefined;
  const kept = base.diagnostics.flatMap((d) => shifted(d, span) ?? []);
  const fresh = convertProblems(problems, { truncated: 0, columns: base.result.columns }, { uri: document.uri, bomShift: 0, docs, maxProblems: Infinity }).diagnostics;
  return [...kept, ...fresh].sort((a, b) => a.range.start.compareTo(b.range.start));
}
