// The model behind the Training Completion tree, against the API emulator (and a scripted source for
// the credential cases): what it loads, caches, re-fetches, and how failures land on single teams.
import * as assert from 'node:assert/strict';
import { ReportClient, ReportError, type TeamListResult, type UsersReport } from '../../../src/report';
import { startEmulator, type EmulatorHandle } from '../../../src/emulator';
import { ReportModel, type ModelChange, type ReportSource } from '../../../src/sidebar/model/reportModel';

function clientFor(emulator: EmulatorHandle, secret = emulator.clientSecret): ReportClient {
  return new ReportClient({ tenant: emulator.tenant, apiUrl: emulator.url, loginUrl: emulator.url }, async () => secret, { retryBaseDelayMs: 1, requestTimeoutMs: 5000 });
}

function newModel(pageSize = 10): { model: ReportModel; changes: ModelChange[] } {
  const model = new ReportModel({ pageSize, now: () => new Date('2026-01-02T10:30:00Z') });
  const changes: ModelChange[] = [];
  model.onDidChange((c) => changes.push(c));
  return { model, changes };
}

describe('sidebar report model', () => {
  let emulator: EmulatorHandle;
  beforeEach(async () => {
    emulator = await startEmulator({ users: 120, seed: 'model-tests' });
  });
  afterEach(async () => {
    await emulator.close();
  });

  it('loads the company, every platform team and configured names; an unknown team fails alone', async () => {
    const { model } = newModel();
    model.setTeamNames('settings', ['Finance', 'Ghost Team']);
    model.setSource(clientFor(emulator));
    const outcome = await model.ensureLoaded();
    assert.equal(outcome.superseded, false);
    assert.equal(outcome.failures, 1);
    assert.equal(outcome.signInProblem, undefined);
    const company = model.company;
    assert.equal(company?.status, 'loaded');
    assert.equal(company.summary.users, 120);
    const names = model.teams.map((t) => t.name);
    for (const team of emulator.teams) assert.ok(names.includes(team), `${team} from the platform list`);
    assert.deepEqual(model.teams.find((t) => t.name === 'Finance')?.sources, ['settings', 'platform']);
    const ghost = model.team('Ghost Team');
    assert.equal(ghost?.status, 'failed');
    assert.equal((ghost.error as ReportError).code, 'EXT_1004');
    assert.deepEqual(model.failedTeams().map((t) => t.name), ['Ghost Team']);
    const loadedUsers = model.loadedTeams().reduce((sum, t) => sum + t.summary.users, 0);
    assert.equal(loadedUsers, 120, 'every reported user is in exactly one demo team');
    assert.deepEqual(model.lastUpdated, new Date('2026-01-02T10:30:00Z'));
  });

  it('serves the cached report for the session and re-fetches only on refresh', async () => {
    const { model } = newModel();
    model.setSource(clientFor(emulator));
    await model.ensureLoaded();
    const requests = emulator.stats.apiRequests;
    await model.ensureLoaded();
    assert.equal(emulator.stats.apiRequests, requests, 'no request for the cached report');
    await model.refresh();
    assert.ok(emulator.stats.apiRequests > requests, 'refresh asks the API again');
  });

  it('drops the results of a run that a newer refresh replaced', async () => {
    const { model } = newModel();
    model.setSource(clientFor(emulator));
    emulator.setFaults({ latencyMs: 30 });
    const first = model.refresh();
    const second = model.refresh();
    assert.equal((await first).superseded, true);
    assert.equal((await second).superseded, false);
    assert.equal(model.company?.status, 'loaded');
    for (const entry of model.teams) assert.equal(model.team(entry.name)?.status, 'loaded', entry.name);
  });

  it('refreshes one team on its own and announces exactly that team', async () => {
    const { model, changes } = newModel();
    model.setSource(clientFor(emulator));
    await model.ensureLoaded();
    changes.length = 0;
    await model.refreshTeam('Finance');
    assert.deepEqual(changes, [{ kind: 'team', name: 'Finance' }, { kind: 'team', name: 'Finance' }]);
    assert.equal(model.team('Finance')?.status, 'loaded');
  });

  it('keeps the configured names when the platform team list is forbidden, and says why', async () => {
    emulator.setFaults({ rankings: 403 });
    const { model } = newModel();
    model.setTeamNames('settings', ['Engineering']);
    model.setSource(clientFor(emulator));
    await model.ensureLoaded();
    assert.deepEqual(model.teams.map((t) => t.name), ['Engineering']);
    assert.equal(model.team('Engineering')?.status, 'loaded');
    assert.match(model.teamListNote ?? '', /HTTP 403/);
  });

  it('a wrong secret ends the run once: every part shows the credential problem, not "cancelled"', async () => {
    const { model } = newModel();
    model.setTeamNames('settings', ['Finance', 'Engineering']);
    model.setSource(clientFor(emulator, 'revoked-secret'));
    const outcome = await model.ensureLoaded();
    assert.equal(outcome.signInProblem?.code, 'AUTH_INVALID');
    assert.equal(model.company?.status, 'failed');
    for (const name of ['Finance', 'Engineering']) {
      const state = model.team(name);
      assert.equal(state?.status, 'failed');
      assert.equal((state.error as ReportError).code, 'AUTH_INVALID', name);
    }
  });

  it('lists users lowest completion first, filters by e-mail text, and pages', async () => {
    const { model, changes } = newModel(10);
    model.setSource(clientFor(emulator));
    await model.ensureLoaded();
    const page = model.usersPage({ kind: 'company' });
    assert.ok(page);
    assert.equal(page.users.length, 10);
    assert.equal(page.total, 120);
    const rates = page.users.map((u) => u.completion_rate_total);
    assert.deepEqual(rates, [...rates].sort((a, b) => a - b));
    changes.length = 0;
    model.showMore({ kind: 'company' });
    assert.deepEqual(changes, [{ kind: 'page', scope: { kind: 'company' } }]);
    assert.equal(model.usersPage({ kind: 'company' })?.users.length, 20);
    model.sortOrder = 'highestFirst';
    const high = model.usersPage({ kind: 'company' })!.users.map((u) => u.completion_rate_total);
    assert.deepEqual(high, [...high].sort((a, b) => b - a));
    model.filter = '  ANNA.ferrari@ ';
    const filtered = model.usersPage({ kind: 'company' })!;
    assert.deepEqual(filtered.users.map((u) => u.email), ['anna.ferrari@company.com']);
    assert.equal(filtered.matching, 1);
  });

  it('re-aggregates with a new threshold without asking the API', async () => {
    const { model } = newModel();
    model.setSource(clientFor(emulator));
    await model.ensureLoaded();
    const requests = emulator.stats.apiRequests;
    const before = model.company?.status === 'loaded' ? model.company.summary.users_below_threshold : -1;
    model.threshold = 100;
    const company = model.company;
    assert.equal(company?.status, 'loaded');
    assert.equal(company.summary.threshold, 100);
    assert.equal(company.summary.users_below_threshold, company.summary.users - company.summary.users_complete);
    assert.ok(company.summary.users_below_threshold >= before);
    assert.equal(emulator.stats.apiRequests, requests);
  });

  it('hides a removed team and loads a newly named one in the current session', async () => {
    const { model } = newModel();
    model.setSource(clientFor(emulator));
    await model.ensureLoaded();
    model.setHiddenTeams(new Set(['Finance']));
    assert.ok(!model.teams.some((t) => t.name === 'Finance'));
    model.setTeamNames('userList', ['Ghost Team']);
    assert.equal(model.team('Ghost Team')?.status, 'loading');
    await model.whenIdle();
    assert.equal(model.team('Ghost Team')?.status, 'failed');
  });

  it('forgets everything on sign-out', async () => {
    const { model } = newModel();
    model.setSource(clientFor(emulator));
    await model.ensureLoaded();
    model.setSource(undefined);
    assert.equal(model.connected, false);
    assert.equal(model.company, undefined);
    assert.equal(model.lastUpdated, undefined);
  });
});

describe('sidebar report model with a scripted source', () => {
  it('a team whose request fails for a passing reason shows that error; the others load', async () => {
    const report = (team?: string): UsersReport => ({ team, generated_at: '', users: [], total_users: 0, pages: 1, duplicates: 0, consistent: true, warnings: [] });
    const source: ReportSource = {
      listTeams: async (): Promise<TeamListResult> => ({ available: true, teams: ['A', 'B'] }),
      fetchUsers: async ({ team } = {}) => {
        if (team === 'B') throw new ReportError('TIMEOUT', 'The request timed out.');
        return report(team);
      },
    };
    const model = new ReportModel({ pageSize: 5 });
    model.setSource(source);
    const outcome = await model.ensureLoaded();
    assert.equal(outcome.failures, 1);
    assert.equal(outcome.signInProblem, undefined);
    assert.equal(model.team('A')?.status, 'loaded');
    const b = model.team('B');
    assert.equal(b?.status, 'failed');
    assert.equal((b.error as ReportError).code, 'TIMEOUT');
  });
});
