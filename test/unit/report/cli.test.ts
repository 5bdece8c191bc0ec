import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset, isReported } from '../../../src/emulator/dataset';
import { aggregate } from '../../../src/report';
import { TEST_SECRET, useEmulator } from './harness';
import { CLI_PATH, runCli } from './cliRun';

function reported(team?: string) {
  return buildDataset({ seed: 'demo', users: 230 })
    .filter((u) => isReported(u) && (team === undefined || u.team === team))
    .map((u) => u.record);
}

describe('cyberguru report (the bundled CLI against the emulator)', function () {
  this.timeout(30_000);
  const emulator = useEmulator({ users: 230 });
  const base = () => ['report', '--tenant', emulator().tenant, '--api-url', emulator().url, '--login-url', emulator().url];
  const withSecret = { env: { CYBERGURU_CLIENT_SECRET: TEST_SECRET } };

  before(function () {
    if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run "node esbuild.mjs" first`);
  });

  it('exports the whole company as JSON, with a progress line on stderr', async () => {
    const result = await runCli([...base(), '--page-size', '50'], withSecret);
    assert.equal(result.code, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(json), ['generated_at', 'total_users', 'users']);
    assert.equal(json.total_users, 230);
    assert.deepEqual(json.users, reported());
    assert.match(result.stderr, /Reading company: page 5\/5, 230\/230 users/);
  });

  it('exports chosen teams as CSV with a team column', async () => {
    const result = await runCli([...base(), '--team', 'Finance', '--team', 'Legal & Compliance', '--format', 'csv'], withSecret);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trimEnd().split('\r\n');
    assert.ok(lines[0]?.startsWith('team,email,assigned_total,'));
    assert.equal(lines.filter((l) => l.startsWith('Finance,')).length, reported('Finance').length);
    assert.equal(lines.filter((l) => l.startsWith('Legal & Compliance,')).length, reported('Legal & Compliance').length);
    assert.equal(lines.length, 1 + reported('Finance').length + reported('Legal & Compliance').length);
  });

  it('--all-teams adds every team of the platform list with its figures', async () => {
    const result = await runCli([...base(), '--all-teams'], withSecret);
    assert.equal(result.code, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(new Set(json.teams.map((t: { name: string }) => t.name)), new Set(emulator().teams.filter((t) => reported(t).length > 0)));
    for (const team of json.teams) {
      const expected = aggregate(reported(team.name), 80);
      assert.deepEqual([team.users, team.completion_rate, team.awareness, team.channel], [expected.users, expected.completion_rate, expected.awareness, expected.channel]);
    }
    assert.equal(json.total_users, 230);
  });

  it('an unknown team names the team and EXT_1004, exits 1 and writes no report', async () => {
    const result = await runCli([...base(), '--team', 'Finance', '--team', 'Marketing'], withSecret);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /team "Marketing": EXT_1004 \(HTTP 422\): The team "Marketing" does not exist in the company/);
    assert.match(result.stderr, /No report written/);
    assert.equal(result.stdout, '');
  });

  it('reads the secret from stdin with --client-secret-stdin', async () => {
    const result = await runCli([...base(), '--client-secret-stdin', '--team', 'Finance'], { input: `${TEST_SECRET}\n` });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).total_users, reported('Finance').length);
  });

  it('without a secret: exit 2 and says where to put it', async () => {
    const result = await runCli(base());
    assert.equal(result.code, 2);
    assert.match(result.stderr, /No client secret: set CYBERGURU_CLIENT_SECRET or pipe it in with --client-secret-stdin/);
  });

  it('has no flag that takes the secret on the command line', async () => {
    const result = await runCli([...base(), '--client-secret', TEST_SECRET]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown option '--client-secret'/);
  });

  it('a wrong secret: exit 1 with AUTH_INVALID', async () => {
    const result = await runCli(base(), { env: { CYBERGURU_CLIENT_SECRET: 'Wrong-secret-7731' } });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /AUTH_INVALID: .*\(HTTP 401\)\. Check the client secret/);
  });

  it('an unknown tenant: exit 1 with TENANT_UNKNOWN', async () => {
    const result = await runCli(['report', '--tenant', 'other', '--api-url', emulator().url, '--login-url', emulator().url], withSecret);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /TENANT_UNKNOWN: .*does not know the tenant "other" \(HTTP 404\)/);
  });

  it('plain HTTP to another host is refused before anything is sent (exit 2)', async () => {
    const result = await runCli(['report', '--tenant', 'demo', '--api-url', 'http://api.example.com'], withSecret);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /INSECURE_URL: The API URL must use HTTPS/);
  });

  it('--output writes the file and says how many users it holds', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cg-report-')), 'report.csv');
    const result = await runCli([...base(), '--format', 'csv', '--output', file], withSecret);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /Wrote 230 users to /);
    assert.equal(readFileSync(file, 'utf8').split('\r\n').length, 1 + 230 + 1);
    assert.equal(result.stdout, '');
  });

  (process.platform === 'win32' ? it.skip : it)('--output creates the file readable by the user only (0600): it lists every employee', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cg-report-')), 'report.json');
    const result = await runCli([...base(), '--output', file], withSecret);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).total_users, 230);
  });

  it("shows controls in the platform's error messages as visible escapes, never raw", async () => {
    const hostile = 'Bad team \u001b]52;c;ZWNobyBwd25lZA==\u0007\u001b[2J\u202Eevil';
    emulator().setFaults({ forcedError: { count: 9, status: 400, code: 'EXT_1000', message: hostile } });
    const result = await runCli([...base(), '--team', 'Finance'], withSecret);
    assert.equal(result.code, 1, result.stderr);
    assert.doesNotMatch(result.stderr, /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    // The right-to-left override is shown where it was (ESC and BEL the client already blanks).
    assert.match(result.stderr, /Bad team .*2J\\u202Eevil/);
  });
});
