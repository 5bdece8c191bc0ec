// `npm start` (scripts/start.mjs): prints a working workbench URL and the emulator's sign-in values, and
// Ctrl-C stops code-server and the emulator, leaving no process behind.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/host/paths.mjs';
import { findProcessesWithEnv } from '../../scripts/host/processes.mjs';

const TAG_VARIABLE = 'CYBERGURU_START_SELFTEST_TAG';

describe('npm start (scripts/start.mjs)', function () {
  this.timeout(120000);

  it('serves the workbench and the emulator until Ctrl-C, then stops both', async () => {
    const tag = randomBytes(6).toString('hex');
    const child = spawn(process.execPath, [join(repoRoot, 'scripts', 'start.mjs'), '--port', '0'], {
      cwd: repoRoot,
      env: { ...process.env, [TAG_VARIABLE]: tag },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
    const ready = new Promise((resolve, reject) => {
      const onData = (chunk) => {
        output += chunk.toString();
        if (/Press Ctrl-C/.test(output)) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      exited.then((code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
    });
    await ready;

    const workbench = /Open:\s+(\S+)/.exec(output)?.[1];
    assert.ok(workbench, output);
    const page = await fetch(workbench);
    assert.equal(page.status, 200, 'the printed URL serves the workbench');
    assert.match(await page.text(), /<html/i);
    const apiUrl = /API base URL:\s+(\S+)/.exec(output)?.[1];
    if (apiUrl) {
      assert.match(output, /Tenant:\s+\S+/);
      assert.match(output, /Client secret:\s+\S+/);
      const token = await fetch(`${apiUrl}/realms/none/protocol/openid-connect/token`, { method: 'POST' });
      assert.ok(token.status >= 400 && token.status < 500, 'the emulator answers (and refuses a bad sign-in)');
    }

    child.kill('SIGINT');
    assert.equal(await exited, 130, output);
    assert.deepEqual(findProcessesWithEnv(TAG_VARIABLE, tag).map((p) => p.cmdline), [], 'processes left behind');
    await assert.rejects(fetch(workbench), 'code-server no longer answers');
    if (apiUrl) await assert.rejects(fetch(apiUrl), 'the emulator no longer answers');
  });
});
