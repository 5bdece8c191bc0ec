// `node dist/emulator.js` as a developer runs it (built by `node esbuild.mjs`): a fault given on the
// command line reaches the API, and the process stops cleanly when asked.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const EMULATOR = join(__dirname, '..', '..', '..', '..', 'dist', 'emulator.js');

/** Resolves with the first stdout line (the URL), or rejects with stderr if the process ends first. */
function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const end = stdout.indexOf('\n');
      if (end >= 0) resolve(stdout.slice(0, end));
    });
    child.on('exit', (code) => reject(new Error(`the emulator ended (exit ${code}) before printing its URL: ${stderr}`)));
  });
}

describe('node dist/emulator.js (faults from the command line)', function () {
  this.timeout(30_000);
  let child: ChildProcessWithoutNullStreams | undefined;

  before(() => {
    if (!existsSync(EMULATOR)) throw new Error(`${EMULATOR} is missing: run "node esbuild.mjs" first`);
  });
  // Even when a test fails midway, no emulator outlives it.
  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
  });

  it('--rate-limit 1:0 answers the first API request 429 with Retry-After 0, the next one 200, and stops on SIGTERM', async () => {
    const started = spawn(process.execPath, [EMULATOR, '--port', '0', '--users', '5', '--rate-limit', '1:0'], { stdio: 'pipe' });
    child = started;
    const exited = new Promise<number | null>((resolve) => started.on('exit', (code) => resolve(code)));
    const url = await firstLine(started);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);

    const tokenResponse = await fetch(`${url}/realms/demo/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'ext-api', client_secret: 'demo-secret', grant_type: 'client_credentials' }).toString(),
    });
    assert.equal(tokenResponse.status, 200, 'the token endpoint is not hit by API faults');
    const { access_token } = (await tokenResponse.json()) as { access_token: string };
    const get = () => fetch(`${url}/ext/report/users-progress-completion?limit=5&page=1`, { headers: { authorization: `Bearer ${access_token}` } });

    const limited = await get();
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '0');
    await limited.arrayBuffer();
    const answered = await get();
    assert.equal(answered.status, 200);
    assert.equal(((await answered.json()) as { total_users: number }).total_users, 5);

    started.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('a bad fault value: exit 2 and the expected shape on stderr, nothing on stdout', () => {
    const result = spawnSync(process.execPath, [EMULATOR, '--rate-limit', '5'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'emulator: --rate-limit must be COUNT:SECONDS, e.g. 5:2\n');
    assert.equal(result.stdout, '');
  });

  it('--help prints the options and exits 0 without starting a server', () => {
    const result = spawnSync(process.execPath, [EMULATOR, '--help'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Usage: node dist\/emulator\.js \[options\]/);
    assert.match(result.stdout, /--rate-limit COUNT:SECONDS/);
  });
});
