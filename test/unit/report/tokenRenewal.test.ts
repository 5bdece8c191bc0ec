// Long paged runs whose tokens die early (a proxy, a clock skew, a short server-side lifetime): the
// client renews as often as needed while each new token works, and stops only when a token fresh
// from the login server is refused.
import * as assert from 'node:assert/strict';
import { ReportError } from '../../../src/report';
import { makeClient, rejectionOf, useEmulator } from './harness';

describe('report client: tokens revoked before expires_in', function () {
  this.timeout(30_000);
  const emulator = useEmulator({ users: 2400 });

  it('a company report of 24 pages (page size 100) whose tokens are revoked every 0.4 s completes with every user', async () => {
    emulator().setFaults({ revokeTokensEveryMs: 400, expiresInSeconds: 300, latencyMs: 120 });
    const { client } = makeClient(emulator());
    const report = await client.fetchUsers({ pageSize: 100 });
    assert.equal(report.pages, 24);
    assert.equal(report.users.length, 2400);
    assert.equal(report.consistent, true);
    // The run outlived several tokens: it really was renewed more than once.
    assert.ok(emulator().stats.tokensIssued >= 3, `${emulator().stats.tokensIssued} tokens issued`);
  });

  it('stops with EXT_1001 when a token fresh from the login server is refused', async () => {
    emulator().setFaults({ forcedError: { count: 1000, status: 500, code: 'EXT_1001' } });
    const { client } = makeClient(emulator());
    const error = await rejectionOf(client.fetchUsers({ pageSize: 100 }));
    assert.ok(error instanceof ReportError);
    assert.equal(error.code, 'EXT_1001');
    assert.equal(emulator().stats.tokensIssued, 2);
  });
});
