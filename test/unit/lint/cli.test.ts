// `cyberguru lint` as a user runs it: the bundled dist/cli.js (built by `node esbuild.mjs`) on temp files.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateUserList } from '../../../bench/lintUserList';
import { CLI, cliSuiteFolder, runCli, type CliResult } from '../cliHarness';

const HEADER = 'First Name,Last Name,Email,Language,Username,Country,roles';

function lint(...args: string[]): CliResult {
  return runCli(['lint', ...args]);
}

describe('cyberguru lint (CLI)', function () {
  this.timeout(30_000);
  const folder = cliSuiteFolder('cyberguru-lint-');
  const file = folder.file;

  it('prints file:line:col, severity, code, name and message, and exits 1 on errors', () => {
    const path = file('broken.csv', `${HEADER}\r\nAnna,Rossi,anna@company.com,Italiano,E1001,IT,studente\r\n`);
    const result = lint(path);
    assert.equal(result.code, 1);
    assert.match(result.stdout, new RegExp(`^${path.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}:2:29  error    CG207 language-code  Language "Italiano" is not an ISO 639-1 code`, 'm'));
    assert.match(result.stdout, /1 problem \(1 error, 0 warnings, 0 info\) in 1 file\./);
  });

  it('exits 0 on a clean file, and when only warnings and info remain', () => {
    assert.equal(lint(file('clean.csv', `${HEADER}\nAnna,Rossi,anna@company.com,it,E1001,IT,studente\n`)).code, 0);
    const infoOnly = lint(file('info.csv', `${HEADER}\nAnna,Rossi,anna@company.com,it,E1001,IT,\n`));
    assert.equal(infoOnly.code, 0);
    assert.match(infoOnly.stdout, /CG212/);
  });

  it('--format json is one JSON document with 1-based positions', () => {
    const path = file('j.csv', `${HEADER}\nAnna,Rossi,anna@company,it,E1001,IT,studente\n`);
    const result = lint('--format', 'json', path);
    const json = JSON.parse(result.stdout);
    assert.equal(json.files[0].file, path);
    assert.deepEqual(
      json.files[0].problems.map((p: { code: string; line: number; column: number }) => [p.code, p.line, p.column]),
      [['CG202', 2, 12]],
    );
    assert.equal(json.files[0].userCount, 1);
  });

  it('--format sarif is SARIF 2.1.0 with the rule catalog, help URIs and 1-based regions', () => {
    const path = file('s.csv', `\uFEFF${HEADER}\nAnna,Rossi,anna@company.com,IT,E1001,IT,studente\n`);
    const sarif = JSON.parse(lint('--format', 'sarif', path).stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'CG207');
    assert.equal(rule.name, 'language-code');
    assert.match(rule.helpUri, /\/CG207\.md$/);
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'CG207');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 2, startColumn: 29, endLine: 2, endColumn: 31 });
    const bom = run.results.find((r: { ruleId: string }) => r.ruleId === 'CG002');
    assert.equal(bom.level, 'note');
    assert.equal(run.tool.driver.rules[bom.ruleIndex].id, 'CG002');
  });

  it('--fix applies the safe fixes in place, keeping the BOM, CRLF and the username, then reports what is left', () => {
    const path = file('fix.csv', `\uFEFF${HEADER}\r\n Anna,Rossi,anna@company.com,IT,E 1001,Italia,Studente\r\n,,,,,,\r\n`);
    const result = lint('--fix', path);
    assert.equal(readFileSync(path, 'utf8'), `\uFEFF${HEADER}\r\nAnna,Rossi,anna@company.com,it,E 1001,IT,studente\r\n`);
    assert.match(result.stdout, /applied 5 safe fixes/);
    assert.match(result.stdout, /CG203 no-spaces {2}Username "E 1001"/);
    assert.equal(result.code, 1);
  });

  it('--fix leaves a file that is not UTF-8 untouched and says why', () => {
    const bytes = Buffer.from(`${HEADER}\nNicolò,Rossi,n@company.com,IT,E1001,IT,studente\n`, 'latin1');
    const path = file('latin1.csv', bytes);
    const result = lint('--fix', path);
    assert.deepEqual(readFileSync(path), bytes);
    assert.match(result.stderr, /not fixed: it is not valid UTF-8/);
    assert.match(result.stderr, /\(it is Windows-1252 \(Latin-1\)\)/);
    assert.match(result.stdout, /:1:1 {2}error {4}CG001 not-utf8 {2}The file is encoded as Windows-1252 \(Latin-1\)/);
  });

  it('reads .cyberguru.json from the folder above, or --config', () => {
    const path = file('team.csv', `${HEADER},Department\nAnna,Rossi,anna@company.com,it,E1001,IT,studente,\n`);
    file('.cyberguru.json', '{"teamColumn":"Department","rules":{"CG212":"off"}}');
    assert.match(lint(path).stdout, /CG401 team-value/);
    const other = file('other.json', '{"rules":{"team-value":"off"}}');
    assert.doesNotMatch(lint('--config', other, path).stdout, /CG401/);
    rmSync(join(folder.dir, '.cyberguru.json'));
  });

  it('streams large files (same problems) when not fixing', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `Anna,Rossi,anna${i % 1500}@company.com,${i % 100 ? 'it' : 'IT'},E${i},IT,studente`);
    const path = file('big.csv', `${HEADER}\n${rows.join('\n')}\n`);
    const whole = lint('--format', 'json', path);
    const streamed = lint('--format', 'json', '--stream-above', '1000', path);
    const key = (out: string) => JSON.parse(out).files[0].problems.map((p: { code: string; line: number; column: number }) => `${p.code}@${p.line}:${p.column}`).sort();
    assert.deepEqual(key(streamed.stdout), key(whole.stdout));
    assert.equal(key(whole.stdout).length, 530); // 500 repeated e-mails, 20 upper-case languages, 10 two-character usernames
    assert.equal(streamed.code, whole.code);
  });

  it('lints a large file on two threads with exactly the output of one thread', () => {
    // 30,000 generated users (about 2.8 MB, above the two-thread threshold), mistakes and duplicates
    // across the two halves included; CRLF line ends and quoted names as the generator writes them.
    const path = file('two-threads.csv', generateUserList(30_000));
    const one = lint('--format', 'json', '--threads', '1', path);
    const two = lint('--format', 'json', '--threads', '2', path);
    assert.equal(two.stderr, '');
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.code, one.code);
    const problems = JSON.parse(two.stdout).files[0].problems as Array<{ code: string; line: number }>;
    assert.ok(problems.some((p) => p.code === 'CG303' && p.line > 20_000), 'a repeated row in the second part');
  });

  it('a second lint thread never keeps the CLI running when the file cannot be read', () => {
    // A sparse 3 GB file read whole (streaming turned off) fails in Node's readFile after the second
    // thread was started for it; the CLI must still end at once with exit code 2.
    const path = join(folder.dir, 'too-big-to-read.csv');
    writeFileSync(path, '');
    truncateSync(path, 3 * 2 ** 30);
    const result = spawnSync(process.execPath, [CLI, 'lint', '--threads', '2', '--stream-above', String(2 ** 40), path], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.signal, null, 'ended by itself, not by the timeout');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /too-big-to-read\.csv/);
  });

  it('usage and I/O errors exit 2 with a clear message naming the file', () => {
    const missing = lint(join(folder.dir, 'missing.csv'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.csv: no such file/);
    assert.equal(missing.stdout, '');
    const onFolder = lint(folder.dir);
    assert.equal(onFolder.code, 2);
    assert.match(onFolder.stderr, /not a file/);
    const badConfig = lint('--config', file('bad.json', '{"rules":{"CG999":"off"}}'), file('ok.csv', `${HEADER}\n`));
    assert.equal(badConfig.code, 2);
    assert.match(badConfig.stderr, /rules\.CG999: unknown rule/);
  });
});
