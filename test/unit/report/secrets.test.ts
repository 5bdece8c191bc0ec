// Proves that neither the client secret nor any access token reaches an error message, a log line
// or the CLI's output, across successful runs and every kind of failure.
import * as assert from 'node:assert/strict';
import type { EmulatorFaults } from '../../../src/emulator';
import { makeClient, TEST_SECRET, useEmulator } from './harness';
import { runCli } from './cliRun';

const WRONG_SECRET = 'Wrong-secret-Zq81-value';

describe('report secrets never appear in errors, logs or CLI output', function () {
  this.timeout(30_000);
  const emulator = useEmulator({ users: 300 });

  it('holds for every fault and error the client can meet', async () => {
    const texts: string[] = [];
    const scenarios: { faults: EmulatorFaults; secret?: string; team?: string }[] = [
      { faults: {} },
      { faults: {}, secret: WRONG_SECRET },
      { faults: {}, team: 'Marketing' },
      { faults: { revokeTokens: { after: 1 } } },
      { faults: { forcedError: { count: 9, status: 500, code: 'EXT_1001' } } },
      { faults: { forcedError: { count: 9, status: 400, code: 'EXT_1000' } } },
      { faults: { forcedError: { count: 9, status: 404, code: 'EXT_1003' }, errorBodyStyle: 'text' } },
      { faults: { transient: { count: 9 } } },
      { faults: { rateLimit: { count: 9, retryAfterSeconds: 1 } } },
      { faults: { malformedJson: { count: 9 } } },
      { faults: { badField: { count: 9 } } },
      { faults: { truncatedBody: { count: 9 } } },
      { faults: { connectionReset: { count: 9 } } },
      { faults: { htmlErrorPage: { count: 9, status: 500 } } },
      { faults: { tokenEndpointDown: { count: 9 } } },
      { faults: { tokenEndpointDown: { count: 9, mode: 'reset' } } },
    ];
    let failures = 0;
    for (const scenario of scenarios) {
      emulator().setFaults(scenario.faults);
      const { client, logLines } = makeClient(emulator(), { secret: scenario.secret, maxRetries: 1 });
      try {
        await client.fetchUsers({ pageSize: 100, team: scenario.team });
      } catch (err) {
        failures++;
        const e = err as Error & { describe?: () => string; cause?: unknown };
        texts.push(e.message, String(e.stack), e.describe?.() ?? '', JSON.stringify(e), String(e.cause ?? ''));
      }
      texts.push(...logLines);
    }
    emulator().setFaults({});
    const cli = await runCli(['report', '--tenant', 'demo', '--api-url', emulator().url, '--login-url', emulator().url, '--all-teams'], {
      env: { CYBERGURU_CLIENT_SECRET: TEST_SECRET },
    });
    const cliWrong = await runCli(['report', '--tenant', 'demo', '--api-url', emulator().url, '--login-url', emulator().url], {
      env: { CYBERGURU_CLIENT_SECRET: WRONG_SECRET },
    });
    texts.push(cli.stdout, cli.stderr, cliWrong.stdout, cliWrong.stderr);

    // The proof is only worth something if there was plenty to search.
    assert.ok(failures >= scenarios.length - 3, `${failures} scenarios failed as intended`);
    assert.ok(texts.join('\n').includes('Bearer ***') || texts.some((t) => /GET http/.test(t)), 'request lines were logged');
    const tokens = emulator().issuedTokens();
    assert.ok(tokens.length >= 5, 'tokens were issued');
    const haystack = texts.join('\n');
    for (const secret of [TEST_SECRET, WRONG_SECRET, ...tokens]) {
      assert.equal(haystack.includes(secret), false, 'a secret or token leaked into output');
    }
  });
});
