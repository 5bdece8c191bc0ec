// Self-test of the integration runner: a failing suite makes it exit non-zero, a hanging suite is cut by
// the timeout or by Ctrl-C, and in every case no code-server, extension host or Chromium process is left.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/host/paths.mjs';
import { spawnSync } from 'node:child_process';
import { findProcessesWithEnv, OWNER_MARKER, RUN_MARKER } from '../../scripts/host/processes.mjs';

const runner = join(repoRoot, 'scripts', 'host', 'run-integration.mjs');
const fixtures = join(repoRoot, 'test', 'host', 'fixtures');
/** Inherited by every process the runner starts, so this test can find any it left behind. */
const TAG_VARIABLE = 'CYBERGURU_RUNNER_SELFTEST_TAG';

/** Runs the runner CLI; `interruptWhen(output)` may return true once to send it `signal` (Ctrl-C by default). */
function runRunner(args, { interruptWhen, signal: interruptSignal = 'SIGINT' } = {}) {
  const tag = randomBytes(6).toString('hex');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, ...args], {
      cwd: repoRoot,
      env: { ...process.env, [TAG_VARIABLE]: tag },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let interrupted = false;
    const collect = (chunk) => {
      output += chunk.toString();
      if (interruptWhen && !interrupted && interruptWhen(output)) {
        interrupted = true;
        child.kill(interruptSignal);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output, tag }));
  });
}

function assertNothingLeft(tag) {
  const left = findProcessesWithEnv(TAG_VARIABLE, tag);
  assert.deepEqual(left.map((p) => `${p.pid} ${p.cmdline.slice(0, 100)}`), [], 'processes left behind by the runner');
}

describe('Integration runner (scripts/host/run-integration.mjs)', function () {
  this.timeout(90000);

  it('exits non-zero when a test fails, after printing mocha\'s result from inside VS Code', async () => {
    const { code, output, tag } = await runRunner(['--suite', join(fixtures, 'failing-suite')]);
    assert.match(output, /running inside VS Code 1\.100\.3/);
    assert.match(output, /1 passing/);
    assert.match(output, /1 failing/);
    assert.match(output, /fails on purpose/);
    assert.equal(code, 1, output);
    assertNothingLeft(tag);
  });

  it('stops everything and exits non-zero when the suite exceeds the overall timeout', async () => {
    const { code, output, tag } = await runRunner(['--suite', join(fixtures, 'hanging-suite'), '--timeout', '6000']);
    assert.match(output, /did not finish within 6000 ms/);
    assert.notEqual(code, 0, output);
    assertNothingLeft(tag);
  });

  it('stops everything on Ctrl-C while the tests are running', async () => {
    const { code, output, tag } = await runRunner(['--suite', join(fixtures, 'hanging-suite')], {
      interruptWhen: (text) => text.includes('never finishes') || text.includes('Runner self-test fixture'),
    });
    assert.match(output, /SIGINT: stopping everything/);
    assert.equal(code, 130, output);
    assertNothingLeft(tag);
  });

  it('refuses a display language it has no language pack for, before starting anything', async () => {
    const { code, output, tag } = await runRunner(['--suite', join(fixtures, 'failing-suite'), '--locale', 'fr']);
    assert.match(output, /no language pack for locale "fr"/);
    assert.doesNotMatch(output, /running inside VS Code/);
    assert.equal(code, 2, output);
    assertNothingLeft(tag);
  });

  it('the leftover check reports a process whose harness is gone, and --kill stops it', async () => {
    // A stand-in for a host left by a crashed harness: marked as a run whose owner pid has exited.
    const deadOwner = spawnSync(process.execPath, ['-e', '']).pid;
    const tag = randomBytes(6).toString('hex');
    const orphan = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, [TAG_VARIABLE]: tag, [RUN_MARKER]: `selftest-${tag}`, [OWNER_MARKER]: String(deadOwner) },
    });
    orphan.unref();
    try {
      await waitUntil(() => findProcessesWithEnv(TAG_VARIABLE, tag).length > 0, 'the stand-in to start');
      const check = checkLeftovers([]);
      assert.equal(check.status, 1, check.stdout + check.stderr);
      assert.match(check.stderr, new RegExp(`${orphan.pid} \\[selftest-${tag}\\]`));
      const kill = checkLeftovers(['--kill']);
      assert.match(kill.stderr, /killed them/);
      await waitUntilGone(tag);
    } finally {
      try { process.kill(orphan.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
  });

  it('after a runner is killed outright, nothing of its run survives the leftover check with --kill', async () => {
    const testsRunning = (text) => text.includes('Runner self-test fixture');
    const { signal, tag } = await runRunner(['--suite', join(fixtures, 'hanging-suite')], { interruptWhen: testsRunning, signal: 'SIGKILL' });
    assert.equal(signal, 'SIGKILL');
    // Whatever did not die with it (code-server may exit by itself when its output pipe breaks) is an
    // orphan: the check (proved able to find one by the test above) stops it.
    checkLeftovers(['--kill']);
    await waitUntilGone(tag);
  });
});

function checkLeftovers(args) {
  return spawnSync(process.execPath, [join(repoRoot, 'scripts', 'host', 'check-leftovers.mjs'), ...args], { encoding: 'utf8' });
}

async function waitUntil(condition, what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function waitUntilGone(tag, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (findProcessesWithEnv(TAG_VARIABLE, tag).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assertNothingLeft(tag);
}
