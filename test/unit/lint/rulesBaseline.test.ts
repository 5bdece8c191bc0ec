// CG501-CG503: a list compared with a baseline (the users the platform already has).
import * as assert from 'node:assert/strict';
import { applyEdits, lintText, type Problem } from '../../../src/lint';
import { readBaselineText } from '../../../src/lint/baseline';
import { LintStream } from '../../../src/lint/engine/lintStream';
import { covered, csv, where } from './helpers';

const ANNA = 'Anna,Rossi,anna.rossi@company.com,it,E1001,IT,studente';
const LUCA = 'Luca,Bianchi,luca.bianchi@company.com,it,E1002,IT,studente';
const MARA = 'Mara,Neri,mara.neri@company.com,en,E1003,GB,studente';
const baseline = readBaselineText(csv(ANNA, LUCA, MARA), '/data/export.csv');

function baselineProblems(text: string, codes = ['CG501', 'CG502', 'CG503'], rules?: Record<string, 'off'>): Problem[] {
  return lintText(text, { baseline, config: { rules } }).problems.filter((p) => codes.includes(p.code));
}

describe('CG501 baseline-username-changed', () => {
  const text = csv(ANNA.replace('E1001', 'ARossi'), LUCA, MARA);

  it('is an error on the username cell, saying what the platform will do, with the baseline cell as related location', () => {
    const [problem] = baselineProblems(text, ['CG501']);
    assert.equal(problem.severity, 'error');
    assert.equal(where(problem), '2:38');
    assert.equal(covered(text, problem), 'ARossi');
    assert.equal(
      problem.message,
      'Username "ARossi" differs from "E1001", the username of anna.rossi@company.com in export.csv: the platform cannot rename a user, so the import creates a new user "ARossi" and the history stays with the old account "E1001".',
    );
    assert.deepEqual(problem.related.map((r) => [r.message, r.file, r.range.start.line + 1, r.range.start.column + 1, r.range.end.column + 1]), [['Username in the baseline', '/data/export.csv', 2, 38, 43]]);
  });

  it('offers an unsafe fix that restores the baseline username, which fix-all leaves alone', () => {
    const [problem] = baselineProblems(text, ['CG501']);
    assert.equal(problem.fixes.length, 1);
    assert.equal(problem.fixes[0].safe, false);
    assert.equal(problem.fixes[0].title, 'Restore the baseline username "E1001"');
    assert.equal(applyEdits(text, problem.fixes[0].edits).text, csv(ANNA, LUCA, MARA));
  });

  it('matches e-mails ignoring case and surrounding spaces, and does not report a case-only username difference', () => {
    assert.deepEqual(baselineProblems(csv('Anna,Rossi, ANNA.Rossi@Company.com ,it,e1001,IT,studente', LUCA, MARA)), []);
  });

  it('is silent without a baseline', () => {
    assert.deepEqual(lintText(text).problems.filter((p) => p.code.startsWith('CG5')), []);
  });
});

describe('CG502 baseline-email-changed', () => {
  it('is a warning on the e-mail cell when the username has another e-mail in the baseline', () => {
    const text = csv(ANNA, LUCA.replace('luca.bianchi@', 'l.bianchi@'), MARA);
    const [problem] = baselineProblems(text);
    assert.equal(problem.code, 'CG502');
    assert.equal(problem.severity, 'warning');
    assert.equal(covered(text, problem), 'l.bianchi@company.com');
    assert.match(problem.message, /differs from "luca\.bianchi@company\.com", the e-mail of username E1002 in export\.csv: the import changes the e-mail of that user/);
    assert.equal(problem.related[0].file, '/data/export.csv');
    assert.equal(problem.related[0].range.start.line, 2);
  });
});

describe('CG503 baseline-users-missing', () => {
  it('is one file-level information on the header with the count and how to list them', () => {
    const text = csv(ANNA);
    const problems = baselineProblems(text);
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.code, 'CG503');
    assert.equal(problem.severity, 'info');
    assert.equal(problem.range.start.line, 0);
    assert.match(problem.message, /^Users of export\.csv not in this list: 2\. Check whether your import removes them or keeps them; list them with "cyberguru diff export\.csv <this list>"/);
  });

  it('counts users matched by e-mail or by username as present, also when CG501 and CG502 are off', () => {
    const text = csv(ANNA.replace('E1001', 'ARossi'), LUCA.replace('luca.bianchi@', 'l.bianchi@'));
    const problems = baselineProblems(text, ['CG501', 'CG502', 'CG503'], { CG501: 'off', CG502: 'off' });
    assert.deepEqual(problems.map((p) => [p.code, p.args.count]), [['CG503', 1]]);
  });

  it('gives the same problems when the list is streamed', () => {
    const text = csv(ANNA.replace('E1001', 'ARossi'), LUCA.replace('luca.bianchi@', 'l.bianchi@'));
    const stream = new LintStream({ baseline });
    const bytes = Buffer.from(text);
    const streamed = [...stream.pushBytes(bytes.subarray(0, 100)), ...stream.pushBytes(bytes.subarray(100))];
    streamed.push(...stream.end().problems);
    const simple = (p: Problem) => [p.code, p.range.start.line, p.range.start.column, p.message];
    assert.deepEqual(
      streamed.filter((p) => p.code.startsWith('CG5')).map(simple).sort(),
      baselineProblems(text).map(simple).sort(),
    );
  });
});
