// The reader is our own scanner (csv-parse with position info is too slow for the speed budget), so it
// must agree with csv-parse wherever csv-parse accepts the input, and report a quote problem wherever
// csv-parse rejects it for bad quoting.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { readCsv, tableRecords } from '../../../src/lint/reader/readCsv';
import type { Delimiter } from '../../../src/lint/reader/detectDelimiter';

const spectrum = join(__dirname, '../../../../test/unit/lint/fixtures/csv-spectrum/csvs');

type CsvParseOutcome = { records: string[][] } | { error: string };

function csvParse(text: string, delimiter: Delimiter): CsvParseOutcome {
  try {
    return { records: parse(text, { delimiter, relax_column_count: true, bom: true }) as string[][] };
  } catch (err) {
    return { error: String((err as { code?: string }).code) };
  }
}

function assertAgrees(text: string, delimiter: Delimiter): void {
  const theirs = csvParse(text, delimiter);
  const { table } = readCsv(text, delimiter);
  if ('records' in theirs) {
    assert.deepEqual(tableRecords(table), theirs.records, `records of ${JSON.stringify(text)}`);
    assert.deepEqual(table.issues, [], `no quote problem in ${JSON.stringify(text)}`);
  } else {
    assert.ok(table.issues.length > 0, `csv-parse says ${theirs.error} for ${JSON.stringify(text)}; we must report it`);
  }
}

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const delimiterArb = fc.constantFrom<Delimiter>(',', ';', '\t');

describe('reader agrees with csv-parse', () => {
  for (const file of readdirSync(spectrum)) {
    it(`on csv-spectrum ${file}`, () => assertAgrees(readFileSync(join(spectrum, file), 'utf8'), ','));
  }

  it('on generated well-formed CSV (random quoting, delimiters and line ends)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '\n', '\r', 'x'), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        delimiterArb,
        lineEnd,
        fc.boolean(),
        (records, delimiter, eol, trailingEol) => {
          const needsQuotes = (v: string) => v === '' || /["\r\n,;\t]/.test(v);
          const text =
            records
              .map((r) => r.map(([v, q]) => (q || needsQuotes(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(delimiter))
              .join(eol) + (trailingEol ? eol : '');
          assertAgrees(text, delimiter);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text made of CSV-significant characters', () => {
    fc.assert(
      fc.property(lineEnd, fc.array(fc.constantFrom('a', ' ', ',', '"', '""', 'EOL'), { maxLength: 14 }), (eol, parts) => {
        assertAgrees(parts.map((p) => (p === 'EOL' ? eol : p)).join(''), ',');
      }),
      { numRuns: 600 },
    );
  });
});

describe('reader never throws', () => {
  it('on any string, with any delimiter, and reads every character into some record', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), delimiterArb, (text, delimiter) => {
        const { table } = readCsv(text, delimiter);
        const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        const last = table.recordCount - 1;
        assert.equal(last >= 0 ? table.recordNext.data[last] : start, text.length);
      }),
      { numRuns: 500 },
    );
  });
});
