import * as assert from 'node:assert/strict';
import { fixAll, lintText, type LintResult } from '../../../src/lint';
import { slowdownVersusCleanList, wellFormedUserList } from './timing';

/** Unit-test scale; bench/memory runs the gigabyte-scale cases through the CLI. */
const SIZE = 128 * 1024;
/**
 * Per-code-unit lint time of a hostile input may be at most this many times that of a clean user list
 * of the same size. Linear work passes whatever its constant; anything quadratic on 128 K code units
 * is thousands of times slower. The measured figure is printed so docs/reliability.md can quote it.
 */
const MAX_SLOWDOWN = 100;
/** What the editor asks for by default (cyberguru.lint.maxProblems). */
const EDITOR_OPTIONS = { maxProblems: 1000 };

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';
const clean = wellFormedUserList(SIZE);

function mixLineEndings(text: string): string {
  let i = 0;
  return text.replace(/\n/g, () => ['\r\n', '\r', '\n'][i++ % 3]);
}

const shapes: Record<string, () => string> = {
  'one line of quotes only': () => '"'.repeat(SIZE),
  'one line of escaped quote pairs': () => '""'.repeat(SIZE / 2),
  'a quote that never closes': () => `${HEADER}\n"${'a'.repeat(SIZE)}`,
  'one huge quoted field': () => `${HEADER}\nMario,Rossi,"${'x'.repeat(SIZE)}",it,mrossi,IT,studente\n`,
  'one huge unquoted field': () => `${HEADER}\nMario,Rossi,${'x'.repeat(SIZE)},it,mrossi,IT,studente\n`,
  '100,000 columns': () => {
    const columns = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    return `${HEADER},${columns.join(',')}\nMario,Rossi,m@example.com,it,mrossi,IT,studente${',v'.repeat(100_000)}\n`;
  },
  'only delimiters (empty header cells)': () => ','.repeat(SIZE),
  'only quote-delimiter pairs': () => '",'.repeat(SIZE / 2),
  'only line endings (blank rows)': () => `${HEADER}\n${'\n'.repeat(SIZE)}`,
  'NUL bytes everywhere': () => clean.replace(/o/g, '\0'),
  'lone surrogates everywhere': () => clean.replace(/a/g, '\uD800').replace(/e/g, '\uDC00'),
  'mixed CRLF, CR and LF': () => mixLineEndings(clean),
  'stray quotes in every row': () => clean.replace(/o/g, '"'),
  'semicolons with tabs and commas inside': () => clean.replace(/,/g, ';').replace(/o/g, '\t').replace(/i/g, ','),
};

function assertWellFormed(result: LintResult, text: string): void {
  let previous = 0;
  for (const p of result.problems) {
    assert.ok(p.range.start.offset >= 0 && p.range.start.offset <= p.range.end.offset && p.range.end.offset <= text.length, `${p.code} range out of the text`);
    assert.ok(p.range.start.offset >= previous, 'problems are not sorted by offset');
    previous = p.range.start.offset;
    for (const fix of p.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${p.code} fix edit out of the text`);
  }
}

describe('hostile input shapes: no exception, time proportional to size', function () {
  this.timeout(120_000);

  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}: lints and fixes without throwing, at most ${MAX_SLOWDOWN}x a clean list's time per MB`, () => {
      const text = make();
      assertWellFormed(lintText(text, EDITOR_OPTIONS), text);
      const fixed = fixAll(text);
      assert.equal(typeof fixed.text, 'string');
      assertWellFormed(lintText(fixed.text, EDITOR_OPTIONS), fixed.text);
      const slowdown = slowdownVersusCleanList(text, EDITOR_OPTIONS);
      console.log(`      ${(text.length / 1024).toFixed(0)} K code units, ${slowdown.toFixed(1)}x a clean list's time per code unit`);
      assert.ok(slowdown <= MAX_SLOWDOWN, `${slowdown.toFixed(1)}x slower per MB than a clean user list`);
    });
  }
});
