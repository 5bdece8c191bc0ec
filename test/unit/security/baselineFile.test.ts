// A baseline named by a repository's .cyberguru.json is someone else's input: `cyberguru lint` (the
// bundled dist/cli.js, as a user or CI runs it) must end promptly on a device or a FIFO, refuse a file
// outside the repository, and refuse a file past the 64 MB limit; `--baseline` on the command line may
// still name any regular file.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_BASELINE_BYTES, readBaselineFile } from '../../../src/lint/baseline/baselineFile';
import { csv } from '../lint/helpers';

const CLI = join(__dirname, '../../../../dist/cli.js');
const ANNA = 'Anna,Rossi,anna.rossi@company.com,it,E1001,IT,studente';
const OUTSIDE_SECRET = 'hunter2-password';
/** Long enough for a slow shared machine; a run that reads /dev/zero or waits on a FIFO never ends. */
const RUN_TIMEOUT_MS = 20_000;

describe('baseline files a config or the command line names (CLI)', function () {
  this.timeout(60_000);
  let dir = '';
  let repo = '';
  let list = '';
  let rssProbe = '';

  /** Runs the CLI in a child process with a timeout; reports its peak RSS (MB) from the child itself. */
  function run(...args: string[]) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', rssProbe, CLI, ...args], { encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const rss = /peak-rss-kb=(\d+)/.exec(result.stderr)?.[1];
    const peakMb = rss ? Number(rss) / 1024 : NaN;
    return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr.replace(/peak-rss-kb=\d+\n/, ''), ms, peakMb };
  }

  function config(baseline: string) {
    writeFileSync(join(repo, '.cyberguru.json'), JSON.stringify({ baseline }));
  }

  before(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node esbuild.mjs" first`);
    dir = mkdtempSync(join(tmpdir(), 'cyberguru-baseline-file-'));
    repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'lists'));
    list = join(repo, 'users.csv');
    writeFileSync(list, csv(ANNA.replace('E1001', 'ARossi')));
    writeFileSync(join(dir, 'outside.csv'), csv(ANNA.replace('E1001', OUTSIDE_SECRET)));
    rssProbe = join(dir, 'rss-probe.js');
    writeFileSync(rssProbe, "process.on('exit', () => process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\\n`));\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--baseline /dev/zero ends at once with a clear error, without reading it', function () {
    if (!existsSync('/dev/zero')) this.skip();
    const result = run('lint', '--baseline', '/dev/zero', list);
    console.log(`      /dev/zero: exit ${result.code} in ${result.ms.toFixed(0)} ms, peak RSS ${result.peakMb.toFixed(1)} MB`);
    assert.equal(result.signal, null, 'the run was killed by the timeout');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /\/dev\/zero: cannot read the baseline \(not a regular file\)/);
    assert.ok(result.peakMb < 200, `peak RSS ${result.peakMb} MB`);
  });

  it('a FIFO named by the config ends at once with a clear error instead of waiting on it', function () {
    if (process.platform === 'win32') this.skip();
    assert.equal(spawnSync('mkfifo', [join(repo, 'pipe.csv')]).status, 0, 'mkfifo');
    config('pipe.csv');
    const result = run('lint', list);
    console.log(`      FIFO: exit ${result.code} in ${result.ms.toFixed(0)} ms, peak RSS ${result.peakMb.toFixed(1)} MB`);
    assert.equal(result.signal, null, 'the run was killed by the timeout');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /pipe\.csv: cannot read the baseline \(not a regular file\)/);
  });

  it('the config cannot name a file outside its repository, by "..", an absolute path or a link', () => {
    const outside = join(dir, 'outside.csv');
    symlinkSync(outside, join(repo, 'linked.csv'));
    for (const baseline of ['../outside.csv', outside, '/dev/zero', 'linked.csv']) {
      config(baseline);
      const result = run('lint', list);
      assert.equal(result.code, 2, baseline);
      assert.match(result.stderr, /is outside the repository .*; a baseline outside it can only be given with --baseline/, baseline);
      assert.doesNotMatch(result.stdout + result.stderr, new RegExp(OUTSIDE_SECRET), baseline);
    }
  });

  it('a config in a sub-folder may name a baseline elsewhere in the repository', () => {
    writeFileSync(join(repo, 'export.csv'), csv(ANNA));
    writeFileSync(join(repo, 'lists', '.cyberguru.json'), JSON.stringify({ baseline: '../export.csv' }));
    writeFileSync(join(repo, 'lists', 'march.csv'), csv(ANNA.replace('E1001', 'ARossi')));
    const result = run('lint', join(repo, 'lists', 'march.csv'));
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /CG501 baseline-username-changed {2}Username "ARossi" differs from "E1001"/);
  });

  it('a repository reached through a linked folder keeps its own baselines', () => {
    writeFileSync(join(repo, 'export.csv'), csv(ANNA));
    config('export.csv');
    const alias = join(dir, 'alias');
    symlinkSync(repo, alias);
    const result = run('lint', join(alias, 'users.csv'));
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /CG501 baseline-username-changed {2}Username "ARossi" differs from "E1001"/);
  });

  it('--baseline on the command line may name a file anywhere', () => {
    config('../outside.csv');
    const result = run('lint', '--baseline', join(dir, 'outside.csv'), list);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, new RegExp(`Username "ARossi" differs from "${OUTSIDE_SECRET}"`));
  });

  it('a baseline over 64 MB is refused with the limit in the message', () => {
    const big = join(dir, 'big.csv');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, MAX_BASELINE_BYTES + 1); // sparse: no 64 MB written to the disk
    closeSync(fd);
    const result = run('lint', '--baseline', big, list);
    console.log(`      64 MB + 1 byte: exit ${result.code} in ${result.ms.toFixed(0)} ms, peak RSS ${result.peakMb.toFixed(1)} MB`);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /big\.csv: cannot read the baseline \(larger than 64 MB\)/);
  });

  it('reads a file up to the limit, and refuses one that is past it when read', () => {
    const small = join(dir, 'eleven.csv');
    writeFileSync(small, '0123456789\n');
    assert.equal(readBaselineFile(small, 11).toString(), '0123456789\n');
    assert.throws(() => readBaselineFile(small, 10), /eleven\.csv: cannot read the baseline \(larger than/);
  });
});
