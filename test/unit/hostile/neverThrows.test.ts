import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { applyEdits, collectSafeEdits, fixAll, FIX_ALL_MAX_PASSES, lintBytes, lintText, lintTextAsync, type LintResult } from '../../../src/lint';
import { csvishText, userListFile } from './userListArbitrary';

const RUNS = 300;

/** What a user sees of a result, to compare two runs. */
function summary(result: LintResult): string[] {
  return result.problems.map((p) => `${p.code}@${p.range.start.offset}-${p.range.end.offset}:${p.message}`);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const anyText = fc.oneof(csvishText, userListFile.map((f) => f.text), fc.string({ unit: 'binary', maxLength: 200 }));

describe('the engine never throws, whatever the text (property)', function () {
  this.timeout(120_000);

  it('lintText returns problems inside the text, sorted, for text full of quotes, delimiters, line ends, NUL and lone surrogates', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = lintText(text);
        let previous = 0;
        for (const p of result.problems) {
          assert.ok(p.range.start.offset >= previous && p.range.start.offset <= p.range.end.offset && p.range.end.offset <= text.length);
          previous = p.range.start.offset;
        }
        // Every offset of the text can be asked about (hovers do this) without throwing.
        for (let offset = 0; offset <= text.length; offset += 7) result.cellAt(offset);
      }),
      { numRuns: RUNS },
    );
  });

  it('lintTextAsync, cut into the smallest slices, finds exactly what lintText finds', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const sliced = await lintTextAsync(text, { sliceMs: 0, yieldControl: () => new Promise((resolve) => setImmediate(resolve)) });
        assert.deepEqual(summary(sliced), summary(lintText(text)));
      }),
      { numRuns: 100 },
    );
  });

  it('lintTextAsync stops with an AbortError when cancelled mid-run', async () => {
    const controller = new AbortController();
    const text = 'Email\n' + 'a@example.com\n'.repeat(20_000);
    const run = lintTextAsync(text, { signal: controller.signal, sliceMs: 0, yieldControl: async () => controller.abort() });
    await assert.rejects(run, { name: 'AbortError' });
  });

  it('lintBytes on random bytes reports CG001 exactly when the bytes are not UTF-8', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), userListFile.map((f) => new TextEncoder().encode(f.text))), (bytes) => {
        const result = lintBytes(bytes);
        const notUtf8 = result.problems.filter((p) => p.code === 'CG001').length;
        assert.equal(notUtf8, isValidUtf8(bytes) ? 0 : 1);
        assert.equal(typeof result.text, 'string');
      }),
      { numRuns: RUNS },
    );
  });

  it('fixAll terminates; its edits of the original give its text, which lints again and, once stable, stays as it is', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const fixed = fixAll(text);
        assert.equal(applyEdits(text, fixed.edits).text, fixed.text);
        lintText(fixed.text);
        if (fixed.passes < FIX_ALL_MAX_PASSES) assert.equal(fixAll(fixed.text).text, fixed.text);
      }),
      { numRuns: RUNS },
    );
  });

  it('collectSafeEdits picks non-overlapping edits that applyEdits applies all of', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const edits = collectSafeEdits(lintText(text).problems);
        const result = applyEdits(text, edits);
        assert.equal(result.skipped, 0);
        assert.equal(result.applied, edits.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('applyEdits skips, never throws on, edits that are out of range, reversed or overlapping', () => {
    const edit = fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }), newText: fc.string({ maxLength: 5 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(edit, { maxLength: 10 }), (text, edits) => {
        const result = applyEdits(text, edits);
        assert.equal(result.applied + result.skipped, edits.length);
        // Untouched text survives: with no edit applied the text is unchanged.
        if (result.applied === 0) assert.equal(result.text, text);
      }),
      { numRuns: RUNS },
    );
  });
});
