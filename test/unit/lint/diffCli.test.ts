// `cyberguru diff` as a user runs it: the bundled dist/cli.js on temp files.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliSuiteFolder, runCli } from '../cliHarness';
import { csv } from './helpers';

const ANNA = 'Anna,Rossi,anna.rossi@company.com,it,E1001,IT,studente';
const LUCA = 'Luca,Bianchi,luca.bianchi@company.com,it,E1002,IT,studente';

function run(...args: string[]) {
  return runCli(args);
}

describe('cyberguru diff (CLI)', function () {
  this.timeout(30_000);
  const folder = cliSuiteFolder('cyberguru-diff-');
  const file = folder.file;

  it('exits 0 without username changes and prints the counts', () => {
    const result = run('diff', file('b0.csv', csv(ANNA)), file('l0.csv', csv(ANNA, LUCA)));
    assert.equal(result.code, 0);
    assert.match(result.stdout, /1 added, 0 removed, 0 username changes, 0 e-mail changes, 0 with other changes, 1 unchanged/);
    assert.match(result.stdout, /l0\.csv:3 {2}luca\.bianchi@company\.com {2}E1002/);
  });

  it('exits 1 on a username change and says what the platform will do', () => {
    const list = file('l1.csv', csv(ANNA.replace('E1001', 'AR01')));
    const result = run('diff', file('b1.csv', csv(ANNA)), list);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /it creates a new user, and the history stays with the old account/);
    assert.match(result.stdout, /l1\.csv:2 {2}anna\.rossi@company\.com {2}E1001 -> AR01/);
  });

  it('shows terminal controls in cells and file names as visible escapes', () => {
    const link = '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u009b2J';
    const result = run('diff', file('b-esc.csv', csv(ANNA)), file('l\u202Eesc.csv', csv(ANNA.replace('E1001', link))));
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.stdout, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    // (The leading ESC goes with the value's trimming, as in the lint's messages.)
    assert.ok(result.stdout.includes('E1001 -> ]8;;https://evil.example/\\x07click\\x1B]8;;\\x07\\x9B2J'), result.stdout);
    assert.ok(result.stdout.includes('l\\u202Eesc.csv:2'), result.stdout);
  });

  it('--format json prints the documented shape', () => {
    const result = run('diff', '--format', 'json', file('b2.csv', csv(ANNA, LUCA)), file('l2.csv', csv(ANNA)));
    assert.equal(result.code, 0);
    assert.deepEqual(JSON.parse(result.stdout), {
      added: [],
      removed: [{ email: 'luca.bianchi@company.com', username: 'E1002' }],
      usernameChanged: [],
      emailChanged: [],
      changed: [],
      unchanged: 1,
    });
  });

  it('exits 2 naming a missing file, and on a bad --format', () => {
    const missing = run('diff', join(folder.dir, 'nope.csv'), file('l3.csv', csv(ANNA)));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.csv: no such file/);
    assert.equal(run('diff', '--format', 'xml', file('b4.csv', csv(ANNA)), file('l4.csv', csv(ANNA))).code, 2);
    assert.equal(run('diff', file('b5.csv', csv(ANNA))).code, 2, 'the list argument is required');
  });

  it('warns about repeated baseline e-mails on stderr and still compares', () => {
    const result = run('diff', file('b6.csv', csv(ANNA, ANNA.replace('E1001', 'E1009'))), file('l6.csv', csv(ANNA)));
    assert.equal(result.code, 0);
    assert.match(result.stderr, /the e-mail "anna\.rossi@company\.com" is on lines 2, 3; line 2 is compared/);
  });

  it('lint --baseline reports a changed username as an error on its cell, and the related baseline cell in JSON and SARIF', () => {
    const baseline = file('export.csv', csv(ANNA, LUCA));
    const list = file('list7.csv', csv(ANNA.replace('E1001', 'ARossi'), LUCA));
    const text = run('lint', '--baseline', baseline, list);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /list7\.csv:2:38  error    CG501 baseline-username-changed  Username "ARossi" differs from "E1001"/);
    const json = JSON.parse(run('lint', '--format', 'json', '--baseline', baseline, list).stdout);
    const problem = json.files[0].problems.find((p: { code: string }) => p.code === 'CG501');
    assert.deepEqual(problem.related, [{ message: 'Username in the baseline', file: baseline, line: 2, column: 38 }]);
    assert.deepEqual(problem.fixes, [{ title: 'Restore the baseline username "E1001"', safe: false }]);
    const sarif = JSON.parse(run('lint', '--format', 'sarif', '--baseline', baseline, list).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'CG501');
    assert.match(result.relatedLocations[0].physicalLocation.artifactLocation.uri, /^file:.*\/export\.csv$/);
  });

  it('lint reads "baseline" from .cyberguru.json relative to that file, and --fix never restores a username', () => {
    const sub = join(folder.dir, 'team');
    mkdirSync(join(sub, 'lists'), { recursive: true });
    // A repository: the CLI looks for .cyberguru.json above a list up to the repository root only.
    mkdirSync(join(sub, '.git'));
    writeFileSync(join(sub, 'platform-export.csv'), csv(ANNA, LUCA));
    writeFileSync(join(sub, '.cyberguru.json'), JSON.stringify({ baseline: 'platform-export.csv' }));
    const list = join(sub, 'lists', 'march.csv');
    writeFileSync(list, csv(ANNA.replace('E1001', 'ARossi')));
    const result = run('lint', '--fix', list);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /CG501 baseline-username-changed/);
    assert.match(result.stdout, /march\.csv:1:1  info     CG503 baseline-users-missing  Users of platform-export\.csv not in this list: 1\./);
  });

  it('lint exits 2 naming a missing baseline, before any output', () => {
    const result = run('lint', '--format', 'json', '--baseline', join(folder.dir, 'gone.csv'), file('l8.csv', csv(ANNA)));
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /gone\.csv: cannot read the baseline \(no such file\)/);
  });
});
