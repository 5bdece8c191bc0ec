// The quick pass reads cells in place (CellTest.inPlace) where a rule's own check reads values: each
// in-place test must never accept a cell its value test rejects, and the code tests must agree exactly.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CellTest } from '../../../src/lint/api';
import * as tests from '../../../src/lint/codes/cellTests';
import { EmailValidator } from '../../../src/lint/codes/email';

const emails = new EmailValidator();
const named: Array<[string, CellTest, 'equal' | 'in-place implies value']> = [
  ['languageCodeOrEmpty', tests.languageCodeOrEmpty, 'equal'],
  ['countryCodeOrEmpty', tests.countryCodeOrEmpty, 'equal'],
  ['importableRoleOrEmpty', tests.importableRoleOrEmpty, 'equal'],
  // A short value with a surrogate pair is left to the check, which counts characters.
  ['usernameAccepted', tests.usernameAccepted, 'in-place implies value'],
  ['authmodeOrEmpty', tests.authmodeOrEmpty, 'equal'],
  ['notInCapitals', tests.notInCapitals, 'equal'],
  // The validator answers in place only for the common address shape; otherwise it leaves the cell to the check.
  ['emails.acceptsCell', emails.acceptsCell, 'in-place implies value'],
];

const value = fc.oneof(
  fc.constantFrom('', 'it', 'IT', 'en', 'xx', 'Italia', 'studente', 'Studente', 'teamleader', 'supervisor', '0', '1', '01', 'ROSSI', 'Rossi', 'DE LUCA', 'MÜLLER', 'Müller', 'J', 'AB', 'anna@company.com', 'ANNA@X.COM', 'a b@c.it', 'a@b', 'E1001', 'é1', '😀😀', 'ab😀', 'x'.repeat(300)),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', 'A', 'é', 'É', ' ', '@', '.', '1', '\u00a0', '😀'), maxLength: 10 }),
);

describe('quick-pass cell tests: in place and by value', () => {
  for (const [name, test, relation] of named) {
    it(`${name}: ${relation === 'equal' ? 'the same answer' : 'in place accepts only what the value test accepts'}, wherever the cell sits in the text`, () => {
      assert.ok(test.inPlace, `${name} has an in-place twin`);
      fc.assert(
        fc.property(value, fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), (cell, before, after) => {
          const text = before + cell + after;
          const inPlace = test.inPlace!(text, before.length, before.length + cell.length);
          if (relation === 'equal') assert.equal(inPlace, test(cell), JSON.stringify(cell));
          else if (inPlace) assert.equal(test(cell), true, JSON.stringify(cell));
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe('quick-pass cell tests with a first-character screen', () => {
  const screened = Object.entries(tests).filter(([, test]) => (test as CellTest).firstCharacterMayFail);

  it('there is one (CG215 reads every cell through it)', () => assert.ok(screened.length > 0));

  for (const [name, test] of screened as Array<[string, CellTest]>) {
    it(`${name}: passes on an empty value and on every value whose first character the screen lets through`, () => {
      assert.equal(test(''), true, 'the empty value');
      assert.equal(test.inPlace!('x,,y', 2, 2), true, 'the empty value in place');
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 127 }), value, (code, rest) => {
          if (test.firstCharacterMayFail!(code)) return;
          const cell = String.fromCharCode(code) + rest;
          assert.equal(test(cell), true, JSON.stringify(cell));
          assert.equal(test.inPlace!(`a,${cell},b`, 2, 2 + cell.length), true, `in place: ${JSON.stringify(cell)}`);
        }),
        { numRuns: 2000 },
      );
    });
  }
});

describe('notInCapitals in place, letter by letter', () => {
  it('agrees with the value test for every character up to U+024F, before, between and after letters of both cases', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0x24f; code++) {
      const ch = String.fromCharCode(code);
      for (const cell of [ch, `${ch}A`, `A${ch}`, `${ch}a`, `É${ch}Ü`, `${ch}ROSSI`, `ROSSI${ch}`, `${ch}${ch}`]) {
        if (tests.notInCapitals.inPlace!(`x,${cell},y`, 2, 2 + cell.length) !== tests.notInCapitals(cell)) disagree.push(JSON.stringify(cell));
      }
    }
    assert.deepEqual(disagree, []);
  });
});
