import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { applyEdits, lintText, type Fix, type LintResult, type Problem } from '../../../src/lint';
import { referenceRecords, userListFile, type UserListFile } from './userListArbitrary';

/** Fixes that rewrite the whole file's form (BOM, delimiter) but must keep every value. */
const KEEPS_ALL_VALUES = new Set(['CG002', 'CG003']);
/** Fixes that delete one whole record (a blank or repeated row). */
const DELETES_A_RECORD = new Set(['CG006', 'CG303']);
/** The field-count fix: pads a record with empty fields or drops its trailing empty ones. */
const RESIZES_A_RECORD = 'CG005';

function describeFix(problem: Problem, fix: Fix, file: UserListFile): string {
  return `${problem.code} "${fix.title}" on ${JSON.stringify(file.text)}`;
}

/** The [row, column] of every cell that differs between two tables of the same shape. */
function changedCells(before: string[][], after: string[][]): [number, number][] {
  const changed: [number, number][] = [];
  before.forEach((record, r) => {
    assert.equal(after[r].length, record.length, `record ${r} changed its number of fields`);
    record.forEach((cell, c) => {
      if (after[r][c] !== cell) changed.push([r, c]);
    });
  });
  return changed;
}

function checkFix(file: UserListFile, lint: LintResult, problem: Problem, fix: Fix): void {
  const what = describeFix(problem, fix, file);
  const { text, applied, skipped } = applyEdits(file.text, fix.edits);
  assert.equal(skipped, 0, `${what}: the fix's own edits overlap`);
  assert.equal(applied, fix.edits.length);
  const before = referenceRecords(file.text, file.delimiter, file.lineEnding);
  const afterDelimiter = problem.code === 'CG003' ? ',' : file.delimiter;
  const after = referenceRecords(text, afterDelimiter, file.lineEnding);

  if (KEEPS_ALL_VALUES.has(problem.code)) {
    assert.deepEqual(after, before, what);
    return;
  }
  if (DELETES_A_RECORD.has(problem.code)) {
    assert.equal(after.length, before.length - 1, `${what}: not exactly one record deleted`);
    const removed = before.findIndex((record, r) => JSON.stringify(record) !== JSON.stringify(after[r]));
    assert.deepEqual([...before.slice(0, removed), ...before.slice(removed + 1)], after, what);
    const gone = before[removed];
    if (problem.code === 'CG006') assert.ok(gone.every((c) => c.trim() === ''), `${what}: deleted a record that is not blank`);
    else assert.ok(before.slice(0, removed).some((r) => JSON.stringify(r) === JSON.stringify(gone)), `${what}: deleted a record that is not a repeat`);
    return;
  }
  assert.equal(after.length, before.length, `${what}: the number of records changed`);
  if (problem.code === RESIZES_A_RECORD) {
    const headerLength = before[0].length;
    const differing = before.map((_, r) => r).filter((r) => JSON.stringify(before[r]) !== JSON.stringify(after[r]));
    assert.equal(differing.length, 1, `${what}: changed ${differing.length} records`);
    const [r] = differing;
    assert.equal(after[r].length, headerLength, what);
    const kept = Math.min(before[r].length, headerLength);
    assert.deepEqual(after[r].slice(0, kept), before[r].slice(0, kept), `${what}: changed a value`);
    assert.ok([...after[r].slice(kept), ...before[r].slice(kept)].every((c) => c === ''), `${what}: added or dropped a non-empty value`);
    return;
  }
  // Every other fix rewrites exactly the one cell its problem is about.
  const changed = changedCells(before, after);
  assert.equal(changed.length, 1, `${what}: changed ${changed.length} cells`);
  const cell = lint.cellAt(problem.range.start.offset);
  assert.ok(cell, `${what}: the problem is not on a cell`);
  const [row, column] = changed[0];
  assert.deepEqual([row, column], [cell.row, cell.column], `${what}: changed another cell than the problem's`);
  assert.equal(before[row][column], cell.value, what);
}

describe('every fix keeps the records, except the cells it fixes (property, csv-parse as reference)', function () {
  this.timeout(120_000);

  it('the generated files read the same in csv-parse as they were written', () => {
    fc.assert(
      fc.property(userListFile, (file) => {
        assert.deepEqual(referenceRecords(file.text, file.delimiter, file.lineEnding), file.records);
      }),
      { numRuns: 200 },
    );
  });

  it('applying any one fix (safe or not) of any problem changes only what it says it fixes', () => {
    let fixesChecked = 0;
    const codes = new Set<string>();
    fc.assert(
      fc.property(userListFile, (file) => {
        const lint = lintText(file.text);
        for (const problem of lint.problems) {
          for (const fix of problem.fixes) {
            checkFix(file, lint, problem, fix);
            fixesChecked++;
            codes.add(problem.code);
          }
        }
      }),
      { numRuns: 200 },
    );
    console.log(`      ${fixesChecked} fixes checked, codes: ${[...codes].sort().join(' ')}`);
    // The generator must reach the fixable rules, or the property proves little.
    for (const code of ['CG002', 'CG003', 'CG005', 'CG006', 'CG204', 'CG207', 'CG208', 'CG210', 'CG303']) {
      assert.ok(codes.has(code), `no fix of ${code} was exercised`);
    }
  });

  it('clearing the only cell of a record keeps the record (found by the property above)', () => {
    const file: UserListFile = {
      text: 'roles,Username\ncompany admin',
      delimiter: ',',
      lineEnding: '\n',
      records: [['roles', 'Username'], ['company admin']],
    };
    const lint = lintText(file.text);
    const cleared = lint.problems.find((p) => p.code === 'CG211');
    assert.ok(cleared, 'CG211 is reported on "company admin"');
    for (const fix of cleared.fixes) checkFix(file, lint, cleared, fix);
    assert.equal(applyEdits(file.text, cleared.fixes[0].edits).text, 'roles,Username\n""');
  });
});
