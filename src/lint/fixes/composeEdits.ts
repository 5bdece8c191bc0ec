// Fix-all runs the engine's safe fixes in passes (a fix can reveal another one, e.g. a trimmed cell
// that still has a wrong code). Each pass edits the previous pass's text; composing the passes into
// edits of the ORIGINAL text lets the editor apply one minimal, versioned WorkspaceEdit that leaves
// every other byte alone. No `vscode` import: unit-tested directly.
import type { TextEdit } from '../types';

interface Span {
  /** Start and end in the intermediate text. */
  start: number;
  end: number;
  /** Length change this span caused (base edits only; 0 for next edits). */
  delta: number;
  fromNext: boolean;
  edit: TextEdit;
}

/**
 * `base`: sorted, non-overlapping edits of the original text, all applied, giving `intermediate`.
 * `next`: sorted, non-overlapping edits of `intermediate`.
 * Returns sorted, non-overlapping edits of the original text that give the same final text.
 */
export function composeEdits(base: readonly TextEdit[], intermediate: string, next: readonly TextEdit[]): TextEdit[] {
  const spans: Span[] = [];
  let shift = 0;
  for (const edit of base) {
    const start = edit.start + shift;
    const delta = edit.newText.length - (edit.end - edit.start);
    spans.push({ start, end: start + edit.newText.length, delta, fromNext: false, edit });
    shift += delta;
  }
  for (const edit of next) spans.push({ start: edit.start, end: edit.end, delta: 0, fromNext: true, edit });
  spans.sort((a, b) => a.start - b.start || Number(a.fromNext) - Number(b.fromNext));

  const composed: TextEdit[] = [];
  let deltaBefore = 0;
  let i = 0;
  while (i < spans.length) {
    // A cluster: spans that overlap or touch in the intermediate text become one edit.
    let clusterEnd = spans[i].end;
    let j = i + 1;
    while (j < spans.length && spans[j].start <= clusterEnd) {
      clusterEnd = Math.max(clusterEnd, spans[j].end);
      j++;
    }
    const cluster = spans.slice(i, j);
    const clusterStart = cluster[0].start;
    const clusterDelta = cluster.reduce((sum, span) => sum + span.delta, 0);
    let newText = '';
    let cursor = clusterStart;
    for (const span of cluster) {
      if (!span.fromNext) continue;
      newText += intermediate.slice(cursor, span.edit.start) + span.edit.newText;
      cursor = span.edit.end;
    }
    newText += intermediate.slice(cursor, clusterEnd);
    composed.push({
      start: clusterStart - deltaBefore,
      end: clusterEnd - deltaBefore - clusterDelta,
      newText,
    });
    deltaBefore += clusterDelta;
    i = j;
  }
  return composed;
}
