import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldChanges, mapLintedLine, type LineChange } from '../../../src/editor/editedLines';

describe('editedLines (which rows to re-check after edits)', () => {
  it('maps every line outside the edited span to the same line of text after any sequence of edits', () => {
    const change = fc.record({ a: fc.nat(30), b: fc.nat(30), newLines: fc.nat(3) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(change, { minLength: 1, maxLength: 6 }), (lineCount, raw) => {
        // Model: each line is its original number; a change replaces lines [start, end] with fresh ones.
        let lines: (number | 'new')[] = Array.from({ length: lineCount }, (_, i) => i);
        const changes: LineChange[] = [];
        for (const { a, b, newLines } of raw) {
          const startLine = Math.min(a, b) % lines.length;
          const endLine = Math.min(Math.max(a, b), lines.length - 1);
          if (endLine < startLine) continue;
          changes.push({ startLine, endLine, newLines });
          lines = [...lines.slice(0, startLine), ...Array<'new'>(newLines + 1).fill('new'), ...lines.slice(endLine + 1)];
        }
        const span = foldChanges(changes);
        if (!span) return;
        assert.ok(span.start <= span.end && span.end < lines.length, JSON.stringify(span));
        for (let old = 0; old < lineCount; old++) {
          const now = mapLintedLine(old, span);
          if (now !== undefined) assert.equal(lines[now], old, `line ${old} -> ${now}`);
        }
        // Every line that is new or moved out of order lies inside the span.
        lines.forEach((line, now) => {
          if (now < span.start || now > span.end) assert.equal(mapLintedLine(line as number, span), now);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('typing inside one line edits only that line', () => {
    assert.deepEqual(foldChanges([{ startLine: 7, endLine: 7, newLines: 0 }, { startLine: 7, endLine: 7, newLines: 0 }]), { start: 7, end: 7, lineDelta: 0 });
  });
});
