// Properties of fix-all on generated user lists with typical mistakes (fast-check).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, collectSafeEdits, fixAll, lintText } from '../../../src/lint';

const HEADERS = ['First Name', 'Last Name', 'Email', 'Language', 'Username', 'Country', 'roles', 'Reparto aziendale', 'Role'];
const cellValue = fc.oneof(
  fc.constantFrom('Anna', ' Anna', 'Rossi ', 'anna@company.com', 'anna @company.com', 'Anna@Company.com', 'it', 'IT', 'Italiano', 'it-IT', 'ita'),
  fc.constantFrom('E1001', 'E 1001', "o'neil", 'IT', 'Italia', 'UK', 'ITA', 'studente', 'Studente', 'student', 'company admin', ''),
  fc.constantFrom('Sales, EMEA', 'say "hi"', 'two\nlines', '  ', 'Noël'),
);
const record = fc.array(cellValue, { minLength: 0, maxLength: 10 });

/** A user list: some header, records (ragged, blank, repeated), a delimiter, a line end, maybe a BOM. */
const userList = fc
  .record({
    header: fc.shuffledSubarray(HEADERS, { minLength: 3 }),
    records: fc.array(record, { maxLength: 6 }),
    delimiter: fc.constantFrom(',', ';'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    quoteAll: fc.boolean(),
    repeatFirst: fc.boolean(),
    finalEol: fc.boolean(),
  })
  .map(({ header, records, delimiter, eol, bom, quoteAll, repeatFirst, finalEol }) => {
    const encode = (v: string) => (quoteAll || /[",;\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    const rows = [header, ...records, ...(repeatFirst && records.length ? [records[0]] : [])];
    return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(encode).join(delimiter)).join(eol) + (finalEol ? eol : '');
  });

/** Problem identity: code + where it starts, in a text that may have shifted (compared per pass). */
const keyOf = (p: { code: string; message: string }) => `${p.code} ${p.message}`;

describe('fix-all properties', () => {
  it('applying all safe fixes is idempotent: a second fix-all changes nothing', () => {
    fc.assert(
      fc.property(userList, (text) => {
        const once = fixAll(text).text;
        assert.equal(fixAll(once).text, once);
      }),
      { numRuns: 60 },
    );
  });

  it('one pass of safe edits changes no byte outside the edits, and the fixed problems are gone', () => {
    fc.assert(
      fc.property(userList, (text) => {
        const before = lintText(text);
        const edits = collectSafeEdits(before.problems);
        const { text: after, skipped } = applyEdits(text, edits);
        assert.equal(skipped, 0);
        // Every byte between edits is the same, in the same order.
        let cursor = 0;
        let shifted = 0;
        for (const edit of edits) {
          assert.equal(after.slice(cursor + shifted, edit.start + shifted), text.slice(cursor, edit.start));
          shifted += edit.newText.length - (edit.end - edit.start);
          cursor = edit.end;
        }
        assert.equal(after.slice(cursor + shifted), text.slice(cursor));
        // The problems those edits fixed are gone: what remains was not fixed (or not fixable safely).
        // Counted per code and message: the same message can be on several rows.
        const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
        const fixedProblems = before.problems.filter((p) => p.fixes.some((f) => f.safe && f.edits.every((e) => edits.includes(e))));
        // Deleting or resizing rows moves line numbers, which some messages name: those are left out.
        const comparable = (p: { code: string }) => !['CG005', 'CG006', 'CG301', 'CG302', 'CG303'].includes(p.code);
        const beforeCounts = count(before.problems.filter(comparable).map(keyOf));
        const fixedCounts = count(fixedProblems.filter(comparable).map(keyOf));
        const afterCounts = count(lintText(after).problems.filter(comparable).map(keyOf));
        for (const [key, fixed] of fixedCounts) {
          assert.ok((afterCounts.get(key) ?? 0) <= beforeCounts.get(key)! - fixed, `still there after its fix: ${key}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('fix-all keeps the BOM, the delimiter, the line ends and the quoting of untouched cells', () => {
    fc.assert(
      fc.property(userList, (text) => {
        const before = lintText(text);
        const fixed = fixAll(text).text;
        const after = lintText(fixed);
        assert.equal(after.hasBom, before.hasBom);
        assert.equal(after.delimiter, before.delimiter);
        const lineEnds = (t: string) => new Set(t.match(/\r\n|\r|\n/g) ?? []);
        for (const eol of lineEnds(fixed)) assert.ok(lineEnds(text).has(eol), `new line end ${JSON.stringify(eol)}`);
        assert.ok((fixed.match(/"/g) ?? []).length <= (text.match(/"/g) ?? []).length + 2 * (after.problems.length + before.problems.length));
      }),
      { numRuns: 60 },
    );
  });

  it('never includes a username fix, and the username column is never changed by fix-all', () => {
    const text = 'First Name,Last Name,Email,Language,Username,Country,roles\nAnna,Rossi,a@b.it,IT, E 1001 ,IT,studente\n';
    assert.equal(fixAll(text).text, 'First Name,Last Name,Email,Language,Username,Country,roles\nAnna,Rossi,a@b.it,it, E 1001 ,IT,studente\n');
  });

  it('fixes the sample mistakes in one go', () => {
    const text = '\uFEFFFirst Name;Last Name;Email;Language;Username;Country;Ruolo\r\nAnna;Rossi; anna@company.com;Italiano;E1;Italia;Studente\r\n;;;;;;\r\n';
    assert.equal(fixAll(text).text, '\uFEFFFirst Name;Last Name;Email;Language;Username;Country;roles\r\nAnna;Rossi;anna@company.com;it;E1;IT;studente\r\n');
  });
});
