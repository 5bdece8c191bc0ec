// Duplicates across rows (CG301-CG303) and the team column (CG401).
import * as assert from 'node:assert/strict';
import { generateUserList } from '../../../bench/lintUserList';
import { lintText } from '../../../src/lint';
import { LintStream } from '../../../src/lint/engine/lintStream';
import { applyFix, covered, csv, GOOD_ROW, HEADER, oneProblem, problemsOf, where } from './helpers';

describe('CG301 duplicate-email', () => {
  const text = csv(GOOD_ROW, 'Marco,Verdi,Anna.Rossi@Company.com,it,E1002,IT,studente');

  it('fires on an e-mail already used (ignoring case), pointing at the first use', () => {
    const problem = oneProblem(text, 'CG301');
    assert.equal(where(problem), '3:13');
    assert.match(problem.message, /already used on line 2/);
    assert.equal(covered(text, { ...problem, range: problem.related[0].range }), 'anna.rossi@company.com');
  });

  it('does not fire on different e-mails', () => {
    assert.deepEqual(problemsOf(csv(GOOD_ROW, 'Marco,Verdi,marco@company.com,it,E1002,IT,studente'), 'CG301'), []);
  });
});

describe('CG302 duplicate-username', () => {
  it('fires on a username already used (ignoring case)', () => {
    const problem = oneProblem(csv(GOOD_ROW, 'Marco,Verdi,marco@company.com,it,e1001,IT,studente'), 'CG302');
    assert.match(problem.message, /Username "e1001" is already used on line 2/);
  });

  it('does not fire on different usernames', () => {
    assert.deepEqual(problemsOf(csv(GOOD_ROW, 'Marco,Verdi,marco@company.com,it,E1002,IT,studente'), 'CG302'), []);
  });
});

describe('CG303 duplicate-row', () => {
  it('fires on a row that repeats an earlier one exactly (and not as a duplicate e-mail or username too)', () => {
    const text = csv(GOOD_ROW, 'Marco,Verdi,marco@company.com,it,E1002,IT,studente', GOOD_ROW);
    const problem = oneProblem(text, 'CG303');
    assert.equal(where(problem), '4:1');
    assert.match(problem.message, /repeats line 2/);
    assert.deepEqual([...problemsOf(text, 'CG301'), ...problemsOf(text, 'CG302')], []);
  });

  it('the safe fix deletes the repeated row with its line end', () => {
    const text = csv(GOOD_ROW, GOOD_ROW, 'Marco,Verdi,marco@company.com,it,E1002,IT,studente');
    assert.equal(applyFix(text, oneProblem(text, 'CG303')), csv(GOOD_ROW, 'Marco,Verdi,marco@company.com,it,E1002,IT,studente'));
  });

  it('finds the copy of a later row with the same e-mail, not only of the first one', () => {
    const other = GOOD_ROW.replace('Anna,', 'Anne,');
    const text = csv(GOOD_ROW, other, other);
    assert.match(oneProblem(text, 'CG303').message, /repeats line 3/);
    assert.equal(problemsOf(text, 'CG301').length, 1);
  });

  it('with CG303 turned off, the duplicate e-mail and username are reported instead', () => {
    const text = csv(GOOD_ROW, GOOD_ROW);
    const config = { rules: { 'duplicate-row': 'off' as const } };
    assert.deepEqual(problemsOf(text, 'CG303', config), []);
    assert.equal(problemsOf(text, 'CG301', config).length, 1);
  });

  it('fires on repeated rows without an e-mail (CG201 as well), once per copy', () => {
    const noEmail = 'Marco,Verdi,,it,E1002,IT,studente';
    const found = problemsOf(csv(GOOD_ROW, noEmail, GOOD_ROW, noEmail, noEmail), 'CG303');
    assert.deepEqual(found.map((p) => p.range.start.line), [3, 4, 5]);
  });

  it('in memory and streamed (a separate hash-table implementation) report the same duplicates on a large list', () => {
    const noEmail = 'Marco,Verdi,,it,E1002,IT,studente,Sales,18_30\r\n';
    const text = `${generateUserList(5000)}${noEmail}${noEmail}${noEmail.replace('E1002', 'E1003')}`;
    const duplicates = (problems: { code: string; message: string; range: { start: { offset: number } } }[]) =>
      problems.filter((p) => /^CG30[123]$/.test(p.code)).map((p) => `${p.code} ${p.range.start.offset} ${p.message}`);
    const stream = new LintStream();
    const streamed = [...stream.pushText(text), ...stream.end().problems];
    const expected = duplicates(lintText(text).problems);
    assert.ok(expected.length > 40, `only ${expected.length} duplicates in the list`);
    assert.deepEqual(duplicates(streamed).sort(), [...expected].sort());
  });

  it('does not fire on rows that differ in one character', () => {
    assert.deepEqual(problemsOf(csv(GOOD_ROW, GOOD_ROW.replace('studente', 'supervisor')), 'CG303'), []);
  });
});

describe('CG401 team-value', () => {
  const text = `${HEADER},Department\n${GOOD_ROW},Sales\nMarco,Verdi,marco@company.com,it,E1002,IT,studente,\n`;

  it('fires on an empty team cell when the config names the team column', () => {
    const problem = oneProblem(text, 'CG401', { teamColumn: 'Department' });
    assert.equal(where(problem), '3:52');
    assert.match(problem.message, /Team column "Department" is empty/);
  });

  it('fires once on the header when the configured team column is missing', () => {
    assert.match(oneProblem(text, 'CG401', { teamColumn: 'Team' }).message, /"Team" \(teamColumn in \.cyberguru\.json\) is not in the header/);
  });

  it('does not fire without a team column in the config', () => {
    assert.deepEqual(problemsOf(text, 'CG401'), []);
  });
});

describe('rule severities from the config', () => {
  it('a rule set to off reports nothing, and a severity override applies', () => {
    const text = csv(GOOD_ROW.replace(',it,', ',IT,'));
    assert.deepEqual(problemsOf(text, 'CG207', { rules: { CG207: 'off' } }), []);
    assert.equal(oneProblem(text, 'CG207', { rules: { 'language-code': 'warning' } }).severity, 'warning');
  });
});
