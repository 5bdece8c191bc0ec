import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import { ReportError } from '../../../src/report';
import { abortableSleep } from '../../../src/report/limiter';
import { makeClient, rejectionOf, useEmulator } from './harness';

async function reportError(promise: Promise<unknown>): Promise<ReportError> {
  const error = await rejectionOf(promise);
  assert.ok(error instanceof ReportError, `expected a ReportError, got ${String(error)}`);
  return error;
}

describe('report client: faults during a run', () => {
  const emulator = useEmulator({ users: 1000 });

  it('a token revoked in the middle of a paged run: finishes with exactly one re-authentication', async () => {
    emulator().setFaults({ revokeTokens: { after: 4 }, latencyMs: 5 });
    const { client } = makeClient(emulator(), { concurrency: 4 });
    const report = await client.fetchUsers({ pageSize: 50 });
    assert.equal(report.users.length, 1000);
    assert.equal(report.consistent, true);
    assert.equal(client.stats.tokenRequests, 2);
    assert.equal(emulator().stats.tokensIssued, 2);
  });

  it('transient 503 pages are retried and the report is complete', async () => {
    emulator().setFaults({ transient: { count: 3, after: 2, status: 503 } });
    const { client, delays } = makeClient(emulator(), { concurrency: 1 });
    const report = await client.fetchUsers({ pageSize: 100 });
    assert.equal(report.users.length, 1000);
    assert.equal(client.stats.retries, 3);
    assert.equal(delays.length, 3);
  });

  it('502 and 504 are retried as well', async () => {
    emulator().setFaults({ transient: { count: 1, status: 502 } });
    const { client } = makeClient(emulator());
    await client.fetchPage(1);
    emulator().setFaults({ transient: { count: 1, status: 504 } });
    await client.fetchPage(1);
    assert.equal(client.stats.retries, 2);
  });

  it('gives up after the bounded number of retries with a clear error', async () => {
    emulator().setFaults({ transient: { count: 100, status: 503 } });
    const { client } = makeClient(emulator(), { maxRetries: 3 });
    const error = await reportError(client.fetchPage(1));
    assert.deepEqual([error.code, error.status], ['HTTP_ERROR', 503]);
    assert.equal(emulator().stats.apiRequests, 4);
  });

  it('429 waits as long as Retry-After says, then succeeds', async () => {
    emulator().setFaults({ rateLimit: { count: 2, retryAfterSeconds: 7 } });
    const { client, delays } = makeClient(emulator());
    await client.fetchPage(1);
    assert.deepEqual(delays, [7000, 7000]);
  });

  it('Retry-After is capped by the longest wait the client accepts', async () => {
    emulator().setFaults({ rateLimit: { count: 1, retryAfterSeconds: 3600 } });
    const { client, delays } = makeClient(emulator(), { maxRetryDelayMs: 20_000 });
    await client.fetchPage(1);
    assert.deepEqual(delays, [20_000]);
  });

  it('a 429 storm ends in RATE_LIMITED after the bounded retries', async () => {
    emulator().setFaults({ rateLimit: { count: 100, retryAfterSeconds: 1 } });
    const { client } = makeClient(emulator(), { maxRetries: 2 });
    const error = await reportError(client.fetchPage(1));
    assert.deepEqual([error.code, error.status], ['RATE_LIMITED', 429]);
    assert.match(error.message, /after 2 retries/);
  });

  it('a body that is not JSON is retried once, then parsed', async () => {
    emulator().setFaults({ malformedJson: { count: 1 } });
    const { client } = makeClient(emulator());
    const page = await client.fetchPage(1, { pageSize: 10 });
    assert.equal(page.users.length, 10);
    assert.equal(client.stats.retries, 1);
  });

  it('a body that stays malformed is a clear MALFORMED_RESPONSE, not a crash', async () => {
    emulator().setFaults({ malformedJson: { count: 100 } });
    const { client } = makeClient(emulator(), { maxRetries: 2 });
    const error = await reportError(client.fetchUsers());
    assert.equal(error.code, 'MALFORMED_RESPONSE');
    assert.match(error.message, /not valid JSON/);
  });

  it('a field of the wrong type is MALFORMED_RESPONSE naming the field', async () => {
    emulator().setFaults({ badField: { count: 1, after: 1 } });
    const { client } = makeClient(emulator(), { concurrency: 1 });
    const error = await reportError(client.fetchUsers({ pageSize: 100 }));
    assert.equal(error.code, 'MALFORMED_RESPONSE');
    assert.equal(error.field, 'users[0].completed_total');
    assert.match(error.message, /at "users\[0\]\.completed_total" \(expected number, received string\)/);
  });

  it('a truncated body is retried and the run completes', async () => {
    emulator().setFaults({ truncatedBody: { count: 2, after: 1 } });
    const { client } = makeClient(emulator());
    const report = await client.fetchUsers({ pageSize: 100 });
    assert.equal(report.users.length, 1000);
    assert.equal(client.stats.retries, 2);
  });

  it('a connection reset in the middle of the body is retried', async () => {
    emulator().setFaults({ connectionReset: { count: 2 } });
    const { client } = makeClient(emulator());
    const report = await client.fetchUsers({ pageSize: 250 });
    assert.equal(report.users.length, 1000);
    assert.equal(client.stats.retries, 2);
  });

  it('resets that do not stop end in NETWORK', async () => {
    emulator().setFaults({ connectionReset: { count: 100 } });
    const { client } = makeClient(emulator(), { maxRetries: 1 });
    const error = await reportError(client.fetchPage(1));
    assert.equal(error.code, 'NETWORK');
    assert.match(error.message, /Could not reach the reporting API at 127\.0\.0\.1:\d+ \(connection failed or was cut off\)/);
  });

  it('an HTML error page from a proxy (502) is retried', async () => {
    emulator().setFaults({ htmlErrorPage: { count: 1, status: 502 } });
    const { client } = makeClient(emulator());
    assert.equal((await client.fetchPage(1)).total_users, 1000);
  });

  it('a body that stalls ends in TIMEOUT instead of hanging', async () => {
    emulator().setFaults({ stallBody: { count: 100 } });
    const { client } = makeClient(emulator(), { requestTimeoutMs: 150, maxRetries: 1 });
    const error = await reportError(client.fetchPage(1));
    assert.equal(error.code, 'TIMEOUT');
    assert.match(error.message, /did not answer within/);
  });

  it('a slow server ends in TIMEOUT (API) or TOKEN_ENDPOINT_UNAVAILABLE (login) after bounded retries', async () => {
    const { client } = makeClient(emulator(), { requestTimeoutMs: 100, maxRetries: 1 });
    await client.verifyCredentials();
    emulator().setFaults({ latencyMs: 400 });
    const apiError = await reportError(client.fetchPage(1));
    assert.equal(apiError.code, 'TIMEOUT');
    assert.match(apiError.message, /reporting API at 127\.0\.0\.1:\d+ did not answer within/);
    const loginError = await reportError(client.verifyCredentials());
    assert.equal(loginError.code, 'TOKEN_ENDPOINT_UNAVAILABLE');
    assert.match(loginError.message, /login server at 127\.0\.0\.1:\d+ did not answer within/);
    assert.equal(client.stats.tokenRequests, 3);
  });

  it('the token endpoint down for a moment is retried', async () => {
    emulator().setFaults({ tokenEndpointDown: { count: 2 } });
    const { client } = makeClient(emulator());
    await client.verifyCredentials();
    assert.equal(client.stats.tokenRequests, 3);
  });

  it('the token endpoint down for good is TOKEN_ENDPOINT_UNAVAILABLE', async () => {
    emulator().setFaults({ tokenEndpointDown: { count: 100, mode: 'reset' } });
    const { client } = makeClient(emulator(), { maxRetries: 2 });
    const error = await reportError(client.fetchUsers());
    assert.equal(error.code, 'TOKEN_ENDPOINT_UNAVAILABLE');
    assert.match(error.message, /login server at 127\.0\.0\.1:\d+/);
  });

  it('a token that dies before its expires_in is renewed once', async () => {
    emulator().setFaults({ expiresInSeconds: 3600, revokeTokens: { after: 1 } });
    const { client } = makeClient(emulator());
    await client.fetchPage(1);
    await client.fetchPage(1);
    assert.equal(client.stats.tokenRequests, 2);
  });

  it('cancellation stops the run at once and leaves no request open', async () => {
    emulator().setFaults({ latencyMs: 30 });
    const { client } = makeClient(emulator(), { concurrency: 2 });
    const controller = new AbortController();
    const run = client.fetchUsers({
      pageSize: 50,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.pagesDone === 3) controller.abort();
      },
    });
    const error = await reportError(run);
    assert.equal(error.code, 'CANCELLED');
    assert.ok(emulator().stats.apiRequests < 20, `only ${emulator().stats.apiRequests} of 20 pages requested`);
    // Requests still open on the server close as soon as the client drops them.
    while (emulator().stats.inFlight > 0) await once(emulator().events, 'closed');
  });

  it('an already aborted signal sends nothing', async () => {
    const { client } = makeClient(emulator());
    const error = await reportError(client.fetchUsers({ signal: AbortSignal.abort() }));
    assert.equal(error.code, 'CANCELLED');
    assert.equal(emulator().stats.tokenRequests + emulator().stats.apiRequests, 0);
  });

  it('cancellation while waiting for Retry-After ends the wait', async () => {
    emulator().setFaults({ rateLimit: { count: 100, retryAfterSeconds: 60 } });
    const controller = new AbortController();
    const { client } = makeClient(emulator(), {
      // The user cancels while the client waits out the minute the server asked for.
      sleep: (ms, signal) => {
        controller.abort();
        return abortableSleep(ms, signal);
      },
    });
    const error = await reportError(client.fetchPage(1, { signal: controller.signal }));
    assert.equal(error.code, 'CANCELLED');
  });
});
