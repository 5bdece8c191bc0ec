import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { composeEdits } from '../../../src/lint/fixes/composeEdits';
import type { TextEdit } from '../../../src/lint';

/** Reference application of sorted, non-overlapping edits. */
function apply(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

/** Sorted, non-overlapping random edits of a text of the given length. */
function editsOf(length: number): fc.Arbitrary<TextEdit[]> {
  return fc
    .array(fc.tuple(fc.nat(length), fc.nat(length), fc.string({ maxLength: 4 })), { maxLength: 6 })
    .map((raw) => {
      const edits: TextEdit[] = [];
      let floor = 0;
      for (const [a, b, newText] of raw.map(([a, b, t]) => [Math.min(a, b), Math.max(a, b), t] as const).sort((x, y) => x[0] - y[0])) {
        if (a < floor) continue;
        edits.push({ start: a, end: b, newText });
        floor = b === a ? b + 1 : b;
      }
      return edits;
    });
}

describe('composeEdits (fix-all passes as one edit of the original text)', () => {
  it('gives the same final text as applying the passes one after the other', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).chain((original) =>
          editsOf(original.length).chain((base) => {
            const intermediate = apply(original, base);
            return editsOf(intermediate.length).map((next) => ({ original, base, intermediate, next }));
          }),
        ),
        ({ original, base, intermediate, next }) => {
          const composed = composeEdits(base, intermediate, next);
          assert.equal(apply(original, composed), apply(intermediate, next));
          for (let k = 1; k < composed.length; k++) assert.ok(composed[k - 1].end <= composed[k].start, 'sorted, non-overlapping');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('touches only the regions either pass edited', () => {
    const original = 'Anna,IT ,Italia\nMarco,it,IT\n';
    const base = [{ start: 7, end: 8, newText: '' }, { start: 9, end: 15, newText: 'IT' }];
    const intermediate = apply(original, base);
    assert.equal(intermediate, 'Anna,IT,IT\nMarco,it,IT\n');
    const next = [{ start: 17, end: 19, newText: 'IT' }];
    assert.deepEqual(composeEdits(base, intermediate, next), [...base, { start: 22, end: 24, newText: 'IT' }]);
  });
});
