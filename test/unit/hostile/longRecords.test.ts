// A record that never ends (a quote never closed, a line with no end) in a streamed file, as the CLI
// reads files above 16 MB: the quote is reported where it is, the rows after it are checked, and the
// text held at once stays bounded by the record cut instead of growing with the file.
import * as assert from 'node:assert/strict';
import { lintBytes, type Problem } from '../../../src/lint';
import { MAX_RECORD_CHARS } from '../../../src/lint/engine/streamLint';
import { LintStream } from '../../../src/lint/engine/lintStream';

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';
/** The CLI reads 1 MB at a time; smaller chunks make the carried record re-read more often. */
const CHUNK = 64 * 1024;

function row(i: number, language = 'it'): string {
  return `Mario${i},Rossi,mario.rossi${i}@example.com,${language},mrossi${i},IT,studente`;
}

/** Rows from `first` until the text passes `chars` code units, each `IT` language one planted error. */
function rowsPast(chars: number, first: number, plantedEvery: number): string[] {
  const lines: string[] = [];
  for (let i = first, length = 0; length < chars; i++) {
    const line = row(i, i % plantedEvery === 0 ? 'IT' : 'it');
    lines.push(line);
    length += line.length + 1;
  }
  return lines;
}

/** Problems as `cyberguru lint` prints them, sorted. */
function shown(problems: Problem[]): string[] {
  return problems.map((p) => `${p.code} ${p.range.start.line + 1}:${p.range.start.column + 1} ${p.message}`).sort();
}

function streamed(text: string): { problems: string[]; longestText: number } {
  const bytes = new TextEncoder().encode(text);
  const stream = new LintStream();
  const problems: Problem[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) problems.push(...stream.pushBytes(bytes.subarray(i, i + CHUNK)));
  problems.push(...stream.end().problems);
  return { problems: shown(problems), longestText: stream.longestText };
}

describe('streaming a record that never ends', function () {
  this.timeout(60_000);

  it('a quote opened near the start and never closed: CG004 at the quote, every later row checked, as when read whole', () => {
    // The quote would swallow one and a half record cuts of rows.
    const lines = [HEADER, row(1), `"${row(2)}`, ...rowsPast(MAX_RECORD_CHARS * 1.5, 3, 10_000)];
    const text = `${lines.join('\n')}\n`;
    const result = streamed(text);

    assert.deepEqual(result.problems, shown(lintBytes(new TextEncoder().encode(text)).problems));
    assert.ok(result.problems.some((p) => p.startsWith('CG004 3:1 ') && p.includes('never closed')), 'CG004 at line 3, column 1');
    // Each planted error is found on its own line: the rows the quote swallowed were read as rows.
    const planted = lines.flatMap((line, i) => (line.includes(',IT,mrossi') ? [`CG207 ${i + 1}:`] : []));
    assert.ok(planted.length >= 8, `only ${planted.length} planted errors`);
    assert.deepEqual(result.problems.filter((p) => p.startsWith('CG207')).map((p) => p.slice(0, p.indexOf(':') + 1)).sort(), planted.sort());
    // No row was cut in two where the record was cut.
    assert.deepEqual(result.problems.filter((p) => p.startsWith('CG005')), []);
    assert.ok(result.longestText <= MAX_RECORD_CHARS + CHUNK, `read ${result.longestText} characters at once`);
  });

  it('a line two and a half cuts long after a quote: CG004 at the quote, the next row checked at its line, the text held bounded', () => {
    const longLine = `Anna,"${'x'.repeat(MAX_RECORD_CHARS * 2.5)}`;
    const planted = row(4, 'IT');
    const text = `${HEADER}\n${row(1)}\n${longLine}\n${planted}\n`;
    const result = streamed(text);

    assert.ok(result.problems.some((p) => p.startsWith('CG004 3:6 ') && p.includes('never closed')), result.problems.join('\n'));
    assert.deepEqual(
      result.problems.filter((p) => p.startsWith('CG207')),
      [`CG207 4:${planted.indexOf(',IT,') + 2} Language "IT" is not an ISO 639-1 code: use the two-letter lowercase code "it".`],
    );
    assert.ok(result.longestText <= MAX_RECORD_CHARS + CHUNK, `read ${result.longestText} characters at once`);
  });

  it('a file of quotes only, five cuts long: the text held stays bounded', () => {
    const result = streamed('"'.repeat(MAX_RECORD_CHARS * 5));
    assert.ok(result.problems.length > 0);
    assert.ok(result.longestText <= MAX_RECORD_CHARS + CHUNK, `read ${result.longestText} characters at once`);
  });
});
