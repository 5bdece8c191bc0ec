import * as assert from 'node:assert/strict';
import { buildDataset, isReported } from '../../../src/emulator/dataset';
import { startEmulator, type EmulatorHandle } from '../../../src/emulator';
import { TEST_SECRET, useEmulator } from './harness';

async function token(emulator: EmulatorHandle, form: Record<string, string>, tenant = emulator.tenant): Promise<Response> {
  return fetch(`${emulator.url}/realms/${encodeURIComponent(tenant)}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

const goodForm = { client_id: 'ext-api', client_secret: TEST_SECRET, grant_type: 'client_credentials' };

async function getJson(emulator: EmulatorHandle, path: string, bearer?: string): Promise<{ status: number; body: any }> {
  if (bearer === undefined) bearer = ((await (await token(emulator, goodForm)).json()) as { access_token: string }).access_token;
  const response = await fetch(`${emulator.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
  return { status: response.status, body: await response.json() };
}

describe('report emulator (the API as the guide documents it)', () => {
  const emulator = useEmulator({ users: 45 });

  it('issues a client-credentials token with expires_in', async () => {
    const response = await token(emulator(), goodForm);
    assert.equal(response.status, 200);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(typeof body.access_token, 'string');
    assert.equal(body.expires_in, 300);
    assert.equal(body.token_type, 'Bearer');
  });

  it('refuses a wrong secret (401), an unknown tenant (404) and another grant type (400)', async () => {
    assert.equal((await token(emulator(), { ...goodForm, client_secret: 'nope' })).status, 401);
    assert.equal((await token(emulator(), goodForm, 'other-company')).status, 404);
    assert.equal((await token(emulator(), { ...goodForm, grant_type: 'password' })).status, 400);
  });

  it('pages with every documented pagination field', async () => {
    const { status, body } = await getJson(emulator(), '/ext/report/users-progress-completion?limit=10&page=2');
    assert.equal(status, 200);
    assert.equal(body.users.length, 10);
    assert.equal(body.total_users, 45);
    assert.deepEqual(body.pagination, {
      current_page: 2, per_page: 10, total_items: 45, total_pages: 5, from: 11, to: 20,
      has_next: true, has_prev: true, next_page: 3, prev_page: 1, first_page: 1, last_page: 5,
    });
  });

  it('answers without a pagination object when neither limit nor page is given', async () => {
    const { body } = await getJson(emulator(), '/ext/report/users-progress-completion');
    assert.equal(body.users.length, 45);
    assert.equal(body.pagination, undefined);
  });

  it('leaves out deleted, suspended and unlicensed users and users without modules', async () => {
    const dataset = buildDataset({ seed: 'demo', users: 45 });
    const excluded = dataset.filter((u) => !isReported(u));
    assert.deepEqual(new Set(excluded.map((u) => (u.record.assigned_total === 0 ? 'no-modules' : u.status))), new Set(['deleted', 'suspended', 'unlicensed', 'no-modules']));
    const { body } = await getJson(emulator(), '/ext/report/users-progress-completion');
    const returned = new Set((body.users as { email: string }[]).map((u) => u.email));
    for (const user of excluded) assert.ok(!returned.has(user.record.email), `${user.record.email} must not be returned`);
  });

  it('returns the documented error codes and statuses', async () => {
    const e = emulator();
    const cases: [string, number, string][] = [
      ['/ext/report/users-progress-completion?limit=0', 400, 'EXT_1000'],
      ['/ext/report/users-progress-completion?limit=1001', 400, 'EXT_1000'],
      ['/ext/report/users-progress-completion?limit=10&page=6', 400, 'EXT_1000'],
      ['/ext/report/users-progress-completion?team=No%20Such%20Team', 422, 'EXT_1004'],
    ];
    for (const [path, status, code] of cases) {
      const answer = await getJson(e, path);
      assert.equal(answer.status, status, path);
      assert.equal(answer.body.code, code, path);
    }
    const badToken = await getJson(e, '/ext/report/users-progress-completion', 'not-a-token');
    assert.deepEqual([badToken.status, badToken.body.code], [500, 'EXT_1001']);
    e.setFaults({ forcedError: { count: 1, status: 404, code: 'EXT_1003' } });
    const forced = await getJson(e, '/ext/report/users-progress-completion');
    assert.deepEqual([forced.status, forced.body.code], [404, 'EXT_1003']);
  });

  it('says how many pages exist when the page does not', async () => {
    const { body } = await getJson(emulator(), '/ext/report/users-progress-completion?limit=10&page=9');
    assert.match(body.message, /5 pages/);
  });

  it('lists the teams in the ranking with string-typed numbers', async () => {
    const { body } = await getJson(emulator(), '/ext/report/rankings?type=1&limit=100&page=1');
    assert.ok(body.teams.length > 1);
    assert.equal(body.teams[0].position, '1');
    assert.ok(body.teams.every((t: { team: string }) => emulator().teams.includes(t.team)));
  });

  it('filters by team, including a name that needs URL encoding', async () => {
    const { status, body } = await getJson(emulator(), `/ext/report/users-progress-completion?team=${encodeURIComponent('Sales EMEA')}`);
    assert.equal(status, 200);
    assert.equal(body.total_users, buildDataset({ seed: 'demo', users: 45 }).filter((u) => isReported(u) && u.team === 'Sales EMEA').length);
  });

  it('refuses to bind a non-loopback address', async () => {
    await assert.rejects(startEmulator({ host: '0.0.0.0' }), /loopback/);
  });

  it('gives the same company for the same seed', () => {
    assert.deepEqual(buildDataset({ seed: 'demo', users: 300 }), buildDataset({ seed: 'demo', users: 300 }));
    assert.notDeepEqual(buildDataset({ seed: 'demo', users: 300 }), buildDataset({ seed: 'other', users: 300 }));
    assert.equal(buildDataset({ seed: 'demo', users: 300 }).filter(isReported).length, 300);
  });
});
