// `cyberguru report --snapshot-dir`: a scheduled run stores a history snapshot the extension's format
// can read back, with the same figures as the report it wrote.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate } from '../../../src/report';
import { HistoryStore, nodeHistoryFiles } from '../../../src/report/history';
import { TEST_SECRET, useEmulator } from './harness';
import { CLI_PATH, runCli } from './cliRun';

describe('cyberguru report --snapshot-dir', function () {
  this.timeout(30_000);
  const emulator = useEmulator({ users: 230 });
  const base = () => ['report', '--tenant', emulator().tenant, '--api-url', emulator().url, '--login-url', emulator().url];
  const withSecret = { env: { CYBERGURU_CLIENT_SECRET: TEST_SECRET } };
  let dir: string;

  before(function () {
    if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run "node esbuild.mjs" first`);
  });
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cg-cli-snap-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a snapshot with the company and each team, readable by the history store', async () => {
    const result = await runCli([...base(), '--all-teams', '--output', join(dir, 'report.json'), '--snapshot-dir', join(dir, 'history')], withSecret);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /Stored the snapshot of 230 users in .*history \(\d+ bytes\)/);
    const store = new HistoryStore(nodeHistoryFiles(join(dir, 'history')));
    const [time] = await store.times();
    assert.ok(time);
    const snapshot = await store.read(time);
    assert.equal(snapshot?.company.users, 230);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    for (const team of report.teams) assert.equal(snapshot?.teams[team.name]?.rate, team.completion_rate, team.name);
    assert.equal(snapshot?.users?.emails.split('\n').length, 230);
    assert.equal(snapshot?.company.rate, aggregate(report.users, 80).completion_rate);
  });

  it('refuses a retention that is not a whole number of days, and writes no snapshot', async () => {
    const result = await runCli([...base(), '--snapshot-dir', join(dir, 'history'), '--retention-days', 'soon'], withSecret);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--retention-days must be a whole number/);
    assert.equal(result.stdout, '', 'nothing was read or written');
    assert.equal(existsSync(join(dir, 'history')) && readdirSync(join(dir, 'history')).length > 0, false);
  });
});
