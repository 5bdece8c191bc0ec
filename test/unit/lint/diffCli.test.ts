// `cyberguru diff` as a user runs it: the bundled dist/cli.js on temp files.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csv } from './helpers';

const CLI = join(__dirname, '../../../../dist/cli.js');
const ANNA = 'Anna,Rossi,anna.rossi@company.com,it,E1001,IT,studente';
const LUCA = 'Luca,Bianchi,luca.bianchi@company.com,it,E1002,IT,studente';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cyberguru diff (CLI)', function () {
  this.timeout(30_000);
  let dir = '';
  const file = (name: string, text: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  before(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node esbuild.mjs" first`);
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-diff-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

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
    const missing = run('diff', join(dir, 'nope.csv'), file('l3.csv', csv(ANNA)));
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
});
