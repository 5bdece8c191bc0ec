// Which lines changed since the last published lint, folded from the document's change events into one
// span. Lets the editor re-check just the edited rows right away (see rowPreview.ts) while the full
// lint of a large file runs in the background. No `vscode` import: unit-tested directly.

/** One content change: lines [startLine, endLine] of the document before it were replaced by text with `newLines` line breaks. */
export interface LineChange {
  startLine: number;
  endLine: number;
  newLines: number;
}

/** Lines [start, end] of the current document replace lines [start, end - lineDelta] of the linted one. */
export interface EditedSpan {
  start: number;
  end: number;
  lineDelta: number;
}

export function applyChange(span: EditedSpan | undefined, change: LineChange): EditedSpan {
  const replacedEnd = change.startLine + change.newLines;
  const delta = change.newLines - (change.endLine - change.startLine);
  if (!span) return { start: change.startLine, end: replacedEnd, lineDelta: delta };
  // Where the span's own lines are after this change.
  const map = (line: number) => (line < change.startLine ? line : line > change.endLine ? line + delta : change.startLine);
  return {
    start: Math.min(map(span.start), change.startLine),
    end: span.end > change.endLine ? span.end + delta : replacedEnd,
    lineDelta: span.lineDelta + delta,
  };
}

export function foldChanges(changes: readonly LineChange[]): EditedSpan | undefined {
  let span: EditedSpan | undefined;
  for (const change of changes) span = applyChange(span, change);
  return span;
}

/** Line of the linted document -> line of the current one; undefined inside the edited span. */
export function mapLintedLine(line: number, span: EditedSpan): number | undefined {
  if (line < span.start) return line;
  const linedEnd = span.end - span.lineDelta;
  if (line > linedEnd) return line + span.lineDelta;
  return undefined;
}
