import * as assert from 'node:assert/strict';
import { buildDataset, isReported } from '../../../src/emulator/dataset';
import { aggregate, ReportError, type ReportProgress } from '../../../src/report';
import { makeClient, rejectionOf, useEmulator } from './harness';

/** What the API reports for the demo company, straight from the emulator's data set. */
function expectedUsers(users: number, team?: string) {
  return buildDataset({ seed: 'demo', users })
    .filter((u) => isReported(u) && (team === undefined || u.team === team))
    .map((u) => u.record);
}

describe('report client: reading every user page by page', () => {
  const emulator = useEmulator({ users: 1234 });

  it('returns exactly the users the API reports, in API order, over all pages', async () => {
    const { client } = makeClient(emulator());
    const report = await client.fetchUsers({ pageSize: 100 });
    assert.deepEqual(report.users, expectedUsers(1234));
    assert.equal(report.total_users, 1234);
    assert.equal(report.pages, 13);
    assert.equal(report.consistent, true);
    assert.deepEqual(report.warnings, []);
  });

  it('keeps no more requests in flight than its concurrency bound', async () => {
    emulator().setFaults({ latencyMs: 15 });
    const { client } = makeClient(emulator(), { concurrency: 3 });
    await client.fetchUsers({ pageSize: 50 });
    assert.equal(emulator().stats.maxInFlight, 3);
    assert.equal(emulator().stats.apiRequests, 25);
  });

  it('reuses one token across runs until it nears expiry', async () => {
    const { client } = makeClient(emulator());
    await client.fetchUsers({ pageSize: 500 });
    await client.fetchUsers({ pageSize: 500, team: 'Finance' });
    assert.equal(client.stats.tokenRequests, 1);
  });

  it('asks for a new token before expires_in runs out (clock moved past it)', async () => {
    emulator().setFaults({ expiresInSeconds: 60 });
    let now = 1_000_000;
    const { client } = makeClient(emulator(), { now: () => now, tokenRefreshMarginSeconds: 30 });
    await client.fetchPage(1);
    now += 29_000;
    await client.fetchPage(1);
    assert.equal(client.stats.tokenRequests, 1, 'still fresh at 29 s of 60 s');
    now += 2_000;
    await client.fetchPage(1);
    assert.equal(client.stats.tokenRequests, 2, 'renewed 30 s before expiry');
  });

  it('reports progress after every page', async () => {
    const { client } = makeClient(emulator());
    const seen: ReportProgress[] = [];
    await client.fetchUsers({ pageSize: 200, onProgress: (p) => seen.push(p) });
    assert.equal(seen.length, 7);
    assert.deepEqual(seen[0], { team: undefined, pagesDone: 1, pagesTotal: 7, usersSoFar: 200, totalUsers: 1234 });
    assert.deepEqual(seen.at(-1), { team: undefined, pagesDone: 7, pagesTotal: 7, usersSoFar: 1234, totalUsers: 1234 });
  });

  it('says so when users are added during the run, and drops the repeated records', async () => {
    // 3 users appear at the front after page 1: later pages shift, so records repeat and counts differ.
    emulator().setFaults({ dataChange: { after: 1, delta: 3 } });
    const { client } = makeClient(emulator(), { concurrency: 2 });
    const report = await client.fetchUsers({ pageSize: 100 });
    assert.equal(report.consistent, false);
    assert.equal(report.duplicates, 3);
    assert.equal(new Set(report.users.map((u) => u.email)).size, report.users.length);
    assert.match(report.warnings.join(' '), /changed during the run \(from 1234 to 1237\)/);
    assert.match(report.warnings.join(' '), /run the report again/);
  });

  it('says so when users disappear during the run and a last page no longer exists', async () => {
    emulator().setFaults({ dataChange: { after: 1, delta: -150 } });
    const { client } = makeClient(emulator(), { concurrency: 2 });
    const report = await client.fetchUsers({ pageSize: 100 });
    assert.equal(report.consistent, false);
    assert.match(report.warnings.join(' '), /Page\(s\) 12, 13 no longer existed/);
  });

  it('reads one team, with a name that needs URL encoding', async () => {
    const { client } = makeClient(emulator());
    const report = await client.fetchUsers({ team: 'Legal & Compliance', pageSize: 10 });
    assert.deepEqual(report.users, expectedUsers(1234, 'Legal & Compliance'));
    assert.ok(report.users.length > 10);
  });

  it('lists the company teams from the rankings endpoint', async () => {
    const { client } = makeClient(emulator());
    const result = await client.listTeams();
    assert.equal(result.available, true);
    assert.deepEqual(new Set(result.available ? result.teams : []), new Set(emulator().teams));
  });

  for (const status of [403, 404] as const) {
    it(`says "team list not available" when the rankings endpoint answers ${status}`, async () => {
      emulator().setFaults({ rankings: status });
      const { client } = makeClient(emulator());
      const result = await client.listTeams();
      assert.deepEqual(result, { available: false, reason: `Team list not available (HTTP ${status}); using the configured team names.` });
    });
  }

  it('aggregates each team, and an unknown team fails alone with EXT_1004', async () => {
    const { client } = makeClient(emulator());
    const results = await client.teamCompletion(['Finance', 'Nope Team', 'Engineering'], { threshold: 70 });
    assert.deepEqual(results.map((r) => [r.team, r.ok]), [['Finance', true], ['Nope Team', false], ['Engineering', true]]);
    const finance = results[0];
    assert.ok(finance?.ok);
    assert.deepEqual(finance.summary, aggregate(expectedUsers(1234, 'Finance'), 70));
    const unknown = results[1];
    assert.ok(unknown && !unknown.ok);
    assert.equal(unknown.error.code, 'EXT_1004');
    assert.equal(unknown.error.status, 422);
    assert.match(unknown.error.message, /The team "Nope Team" does not exist in the company/);
  });

  it('throws for all teams when the credentials are wrong instead of failing team by team', async () => {
    const { client } = makeClient(emulator(), { secret: 'wrong-secret-value' });
    const error = await rejectionOf(client.teamCompletion(['Finance', 'Engineering']));
    assert.ok(error instanceof ReportError);
    assert.equal(error.code, 'AUTH_INVALID');
    assert.equal(client.stats.tokenRequests, 1, 'one token request shared by both teams');
  });

  it('throws once for all teams when even a fresh token is rejected (EXT_1001): sign in again', async () => {
    emulator().setFaults({ forcedError: { count: 99, status: 500, code: 'EXT_1001' } });
    const { client } = makeClient(emulator());
    const error = await rejectionOf(client.teamCompletion(['Finance', 'Engineering']));
    assert.ok(error instanceof ReportError);
    assert.deepEqual([error.code, error.needsSignIn], ['EXT_1001', true]);
  });
});
