// A refresh that fails for a passing reason (platform down) keeps the figures read before, marked with
// when they were read and why; "Last updated" does not move; an unknown team still fails as before.
import * as assert from 'node:assert/strict';
import { startEmulator, type EmulatorHandle } from '../../../src/emulator';
import { ReportClient, ReportError } from '../../../src/report';
import { ReportModel } from '../../../src/sidebar/model/reportModel';

describe('sidebar last good data', () => {
  let emulator: EmulatorHandle;
  let port: number;
  beforeEach(async () => {
    emulator = await startEmulator({ users: 90, seed: 'last-good' });
    port = Number(new URL(emulator.url).port);
  });
  afterEach(async () => {
    await emulator.close();
  });

  it('keeps every figure after the platform goes away, and loads fresh ones once it is back', async () => {
    let clock = new Date('2026-03-01T09:00:00Z');
    const model = new ReportModel({ pageSize: 10, now: () => clock });
    model.setTeamNames('settings', ['Finance', 'Ghost Team']);
    const client = new ReportClient({ tenant: emulator.tenant, apiUrl: emulator.url, loginUrl: emulator.url }, async () => emulator.clientSecret, {
      retryBaseDelayMs: 1,
      maxRetries: 1,
      requestTimeoutMs: 3000,
    });
    model.setSource(client);
    await model.ensureLoaded();
    const before = model.company;
    assert.equal(before?.status, 'loaded');
    const teamsBefore = new Map(model.loadedTeams().map((t) => [t.name, t.summary.completion_rate]));
    assert.ok(teamsBefore.size >= 3);

    await emulator.close();
    clock = new Date('2026-03-01T10:00:00Z');
    const outcome = await model.refresh();
    assert.ok(outcome.stale, 'the outcome says the figures are from before');
    assert.deepEqual(outcome.stale.readAt, new Date('2026-03-01T09:00:00Z'));
    assert.ok(outcome.stale.error instanceof ReportError && ['NETWORK', 'TIMEOUT'].includes(outcome.stale.error.code), String(outcome.stale.error));
    const company = model.company;
    assert.equal(company?.status, 'loaded');
    assert.equal(company.summary.completion_rate, before.summary.completion_rate);
    assert.deepEqual(company.stale?.readAt, new Date('2026-03-01T09:00:00Z'));
    assert.deepEqual(new Map(model.loadedTeams().map((t) => [t.name, t.summary.completion_rate])), teamsBefore, 'every team keeps its figures');
    assert.ok(model.loadedTeams().every((t) => model.team(t.name)?.status === 'loaded'));
    assert.deepEqual(model.failedTeams().map((t) => t.name), ['Ghost Team'], 'a team that never loaded still says why');
    assert.deepEqual(model.lastUpdated, new Date('2026-03-01T09:00:00Z'), '"Last updated" does not move');
    assert.equal(model.teamListNote, undefined, 'no second message about the team list');

    emulator = await startEmulator({ users: 90, seed: 'last-good', port });
    clock = new Date('2026-03-01T11:00:00Z');
    const back = await model.refresh();
    assert.equal(back.stale, undefined);
    const fresh = model.company;
    assert.equal(fresh?.status, 'loaded');
    assert.equal(fresh.stale, undefined);
    assert.deepEqual(model.lastUpdated, new Date('2026-03-01T11:00:00Z'));
  });
});
