import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readCsv, tableRecords } from '../../../src/lint/reader/readCsv';
import { detectDelimiter } from '../../../src/lint/reader/detectDelimiter';
import fc from 'fast-check';
import { LineIndex } from '../../../src/lint/reader/lineIndex';

const spectrum = join(__dirname, '../../../../test/unit/lint/fixtures/csv-spectrum');

/**
 * The suite reads `37.8"N` (a quote inside an unquoted cell) literally. So do we, but RFC 4180 requires
 * such a cell to be quoted, so we also report it as a stray quote (csv-parse rejects it outright).
 */
const expectedQuoteIssues: Record<string, string[]> = { location_coordinates: ['stray'] };

/** Upstream csv-spectrum's JSON disagrees with its own CSV here (see fixtures/csv-spectrum/SOURCE.md). */
const upstreamErrors: Record<string, Record<string, string>> = {
  location_coordinates: { 'Contact Phone Number': '2095257564' },
};

describe('reader: csv-spectrum conformance', () => {
  for (const file of readdirSync(join(spectrum, 'csvs')).filter((f) => f.endsWith('.csv'))) {
    const name = file.replace(/\.csv$/, '');
    it(`${name}.csv reads to its expected JSON`, () => {
      const text = readFileSync(join(spectrum, 'csvs', file), 'utf8');
      const parsed: unknown = JSON.parse(readFileSync(join(spectrum, 'json', `${name}.json`), 'utf8'));
      const expected = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, string>[];
      const { table } = readCsv(text);
      assert.deepEqual(
        table.issues.map((i) => i.kind),
        expectedQuoteIssues[name] ?? [],
      );
      const [header, ...rows] = tableRecords(table);
      const actual = rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
      const corrected = expected.map((row) => ({ ...row, ...upstreamErrors[name] }));
      assert.deepEqual(actual, corrected);
    });
  }

  it('the one upstream JSON correction is what csv-parse reads too', () => {
    const text = readFileSync(join(spectrum, 'csvs', 'location_coordinates.csv'), 'utf8');
    const rows = parse(text, { columns: true, relax_quotes: true }) as Record<string, string>[];
    assert.equal(rows[0]['Contact Phone Number'], upstreamErrors.location_coordinates['Contact Phone Number']);
  });
});

describe('reader: positions and line ends', () => {
  it('tracks cell and record offsets through quoted newlines and CRLF', () => {
    const text = 'a,b\r\n"x\r\ny",z\r\nlast,row';
    const { table, lines } = readCsv(text);
    assert.deepEqual(tableRecords(table), [['a', 'b'], ['x\r\ny', 'z'], ['last', 'row']]);
    assert.equal(table.cellStart.data[2], 5);
    assert.equal(table.cellEnd.data[2], 11);
    assert.deepEqual(lines.positionAt(table.cellStart.data[3]), { line: 2, column: 3, offset: 12 });
    assert.deepEqual(lines.positionAt(table.cellStart.data[4]), { line: 3, column: 0, offset: 15 });
    assert.equal(table.recordNext.data[1], 15);
  });

  it('treats LF, CRLF and lone CR as record ends, also mixed', () => {
    const { table, lines } = readCsv('a\rb\nc\r\nd');
    assert.deepEqual(tableRecords(table), [['a'], ['b'], ['c'], ['d']]);
    assert.equal(lines.lineCount, 4);
  });

  it('skips a UTF-8 BOM and keeps ragged rows as written', () => {
    const { table, hasBom } = readCsv('\ufeffa,b,c\n1\n1,2,3,4\n');
    assert.equal(hasBom, true);
    assert.deepEqual(tableRecords(table), [['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
    assert.equal(table.cellStart.data[0], 1);
  });

  it('detects comma, semicolon and tab from the header only', () => {
    assert.equal(detectDelimiter('Nome;Cognome;"E-mail, lavoro"\na,b,c,d,e'), ';');
    assert.equal(detectDelimiter('a\tb\tc\n'), '\t');
    assert.equal(detectDelimiter('"a;b",c\n'), ',');
    assert.equal(detectDelimiter('Email\n'), ',');
    assert.equal(detectDelimiter('\ufeffa;b', 1), ';');
  });
});

describe('reader: line index', () => {
  it('finds the line of any offset, asked in any order, while lines are added', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 80 }), (lengths, offsets) => {
        const index = new LineIndex();
        const starts = [0];
        // Lines arrive while offsets are asked, as in a streamed lint.
        const half = lengths.length >> 1;
        const check = (offset: number) => {
          let expected = 0;
          while (expected + 1 < starts.length && starts[expected + 1] <= offset) expected++;
          assert.equal(index.lineOf(offset), expected, `offset ${offset}, starts ${starts.join(',')}`);
        };
        const ask = () => {
          // Every offset in order (how problems arrive, row after row), every other one, backwards,
          // then the random ones.
          const end = starts[starts.length - 1] + 2;
          for (let offset = 0; offset <= end; offset++) check(offset);
          for (let offset = 0; offset <= end; offset += 2) check(offset);
          for (let offset = end; offset >= 0; offset--) check(offset);
          for (const offset of offsets) check(offset);
        };
        for (const [i, length] of lengths.entries()) {
          starts.push(starts[starts.length - 1] + length);
          index.addLineStart(starts[starts.length - 1]);
          if (i === half) ask();
        }
        ask();
        ask();
      }),
      { numRuns: 200 },
    );
  });
});

describe('reader: malformed quotes are reported and the rest is still read', () => {
  it('an unclosed quote is read as a literal character', () => {
    const { table } = readCsv('a,b\n"Rossi,x\nc,d\n');
    assert.deepEqual(tableRecords(table), [['a', 'b'], ['"Rossi', 'x'], ['c', 'd']]);
    assert.deepEqual(table.issues, [{ kind: 'unclosed', offset: 4, cell: 2, record: 1 }]);
  });

  it('a stray quote inside an unquoted cell stays in the value', () => {
    const { table } = readCsv('a,b\nO"Neil,x\n');
    assert.deepEqual(tableRecords(table)[1], ['O"Neil', 'x']);
    assert.deepEqual(table.issues, [{ kind: 'stray', offset: 5, cell: 2, record: 1 }]);
  });

  it('text after a closing quote is kept and reported', () => {
    const { table } = readCsv('a,b\n"Rossi" Jr,x\n');
    assert.deepEqual(tableRecords(table)[1], ['Rossi Jr', 'x']);
    assert.deepEqual(table.issues, [{ kind: 'after-closing', offset: 11, cell: 2, record: 1 }]);
  });
});
