// The quick pass (rules skipped on records that cannot have their problems, engine/quickPass.ts)
// changes only the work, never the problems: a lint with it equals a lint that runs every rule on
// every record, on the benchmark's 100,000-row list, on lists with each kind of mistake and on
// generated ones.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CyberGuruConfig, LintResult } from '../../../src/lint';
import { TextLint } from '../../../src/lint/engine/textLint';
import { LintStream } from '../../../src/lint/engine/lintStream';
import { generateUserList } from '../../../bench/lintUserList';

function lint(text: string, quickPass: boolean, config: CyberGuruConfig = {}) {
  const run = new TextLint({ quickPass, config });
  run.begin(text);
  run.step();
  const { cellAt: _cellAt, ...shown } = run.result() as LintResult;
  return shown;
}

function assertSameBothWays(text: string, config?: CyberGuruConfig): void {
  assert.deepEqual(lint(text, true, config), lint(text, false, config));
}

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles,Team,Authmode';

describe('quick pass (records that cannot have problems skip the rules)', () => {
  it('finds the same problems on the 100,000-row benchmark list', function () {
    this.timeout(60_000);
    const text = generateUserList(100_000);
    const quick = lint(text, true);
    assert.equal(quick.problems.length, 17_321);
    assert.deepEqual(quick, lint(text, false));
  });

  it('finds each kind of mistake in an otherwise clean row', () => {
    const good = ['Anna', 'Rossi', 'anna.rossi@company.com', 'it', 'E1001', 'IT', 'studente', 'Sales', '0'];
    const clean = `${HEADER}\n${good.join(',')}\n`;
    assert.deepEqual(lint(clean, true).problems, [], 'the good row is clean');
    const mistakes: Array<[number, string]> = [
      [0, ''], [1, ''], [2, 'anna.rossi@company'], [2, 'anna rossi@company.com'], [2, 'anna@com pany.com'], [2, '"anna"@company.com'],
      [3, 'IT'], [3, 'ita'], [4, 'E1'], [4, 'E 1'], [4, '\u{1F600}\u{1F600}'], [4, 'ab\u{1F600}'], [4, 'é1001'], [4, 'x'.repeat(300)], [4, 'E1#'], [5, 'it'], [5, 'Italia'],
      [6, 'Studente'], [6, 'company admin'], [6, ''], [7, ''], [8, '2'], [8, '01'], [0, '"Anna ""A"""'], [0, ' Anna'], [0, 'An"na'],
    ];
    for (const [column, value] of mistakes) {
      const row = [...good];
      row[column] = value;
      const text = `${HEADER}\n${good.join(',').replace('E1001', 'E2002')}\n${row.join(',')}\n`;
      for (const config of [{}, { teamColumn: 'Team', requireAuthmode: true }, { rules: { CG201: 'off' as const } }]) {
        const quick = lint(text, true, config);
        assert.deepEqual(quick, lint(text, false, config), `${value} in column ${column}`);
      }
    }
  });

  it('several roles columns, short and long rows, blank rows: same problems', () => {
    assertSameBothWays(`First Name,Last Name,Email,Language,Username,Country,roles,roles\nA,B,a@b.co,it,E1001,IT,studente,studente\nA,B,c@b.co,it,E1002,IT,studente,\n`);
    assertSameBothWays(`${HEADER}\nA,B,a@b.co,it,E1001,IT,studente,Sales\nA,B,a@b.co,it,E1001,IT,studente,Sales,0,extra\n,,,,,,,,\n`);
  });

  it('streamed: same problems with and without the quick pass', () => {
    const text = generateUserList(3_000);
    const stream = (quickPass: boolean) => {
      const s = new LintStream({ quickPass });
      const out = [];
      for (let i = 0; i < text.length; i += 7_919) out.push(...s.pushText(text.slice(i, i + 7_919)));
      out.push(...s.end().problems);
      return out;
    };
    const quick = stream(true);
    assert.ok(quick.length > 300);
    assert.deepEqual(quick, stream(false));
  });

  it('property: generated lists (mostly clean rows, a few changed cells) give the same result both ways', () => {
    const good = ['Anna', 'Rossi', 'anna.rossi@company.com', 'it', 'E1001', 'IT', 'studente', 'Sales', '0'];
    const cell = fc.constantFrom('Anna', ' Anna', 'anna@company.com', 'ANNA@company.com', 'anna @x.com', 'a@b', 'it', 'IT', 'Italia', 'E1', 'E1001', 'é1', 'studente', 'Studente', 'admin', '0', '1', '', '"q"', 'x,y');
    const row = fc.tuple(fc.nat(99), fc.array(fc.tuple(fc.nat(9), cell), { maxLength: 2 })).map(([n, changes]) => {
      const r = good.map((v) => v.replace('1001', String(1000 + n)).replace('anna.rossi', `anna${n}`));
      for (const [col, value] of changes) r[col] = value;
      return r;
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.boolean(), (rows, team) => {
        const text = [HEADER, ...rows.map((r) => r.map((v) => (v.includes(',') ? `"${v}"` : v)).join(','))].join('\n') + '\n';
        assertSameBothWays(text, team ? { teamColumn: 'Team', requireAuthmode: true } : {});
      }),
      { numRuns: 300 },
    );
  });
});
