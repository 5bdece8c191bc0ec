// The reporting guide's two example responses, as printed (the paged one's elided user list is
// completed with the first user of the basic example), read through the real client.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportClient, type UserProgress } from '../../../src/report';
import { makeClient, useEmulator } from './harness';

const fixtures = join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'report', 'fixtures');
const guideText = (name: string) => readFileSync(join(fixtures, name), 'utf8');

const ANNA: UserProgress = {
  email: 'anna.ferrari@company.com',
  assigned_total: 20,
  completed_total: 17,
  completion_rate_total: 85,
  services: {
    awareness: { assigned: 12, completed: 11, completion_rate: 91.67 },
    channel: { assigned: 8, completed: 6, completion_rate: 75 },
  },
};
const MARCO: UserProgress = {
  email: 'marco.rossi@company.com',
  assigned_total: 20,
  completed_total: 20,
  completion_rate_total: 100,
  services: {
    awareness: { assigned: 12, completed: 12, completion_rate: 100 },
    channel: { assigned: 8, completed: 8, completion_rate: 100 },
  },
};

/** A client whose API answers every users request with `body` (and the token endpoint with a token). */
function clientAnswering(body: string): ReportClient {
  const fetchStub: typeof fetch = async (input) => {
    const url = String(input);
    if (url.includes('/openid-connect/token')) {
      return new Response(JSON.stringify({ access_token: 'guide-example-token', expires_in: 300 }), { status: 200 });
    }
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return new ReportClient({ tenant: 'company', apiUrl: 'https://api.example.com' }, async () => 'unused', { fetch: fetchStub });
}

describe("report client: the guide's example responses", () => {
  it('reads the basic response (without pagination) exactly', async () => {
    const report = await clientAnswering(guideText('guide-basic.json')).fetchUsers();
    assert.deepEqual(report.users, [ANNA, MARCO]);
    assert.equal(report.total_users, 2);
    assert.equal(report.pages, 1);
    assert.equal(report.consistent, true);
  });

  it('reads the paged response exactly, pagination object included', async () => {
    const page = await clientAnswering(guideText('guide-paged.json')).fetchPage(1, { pageSize: 10 });
    assert.deepEqual(page, {
      users: [ANNA],
      total_users: 230,
      pagination: {
        current_page: 1,
        per_page: 10,
        total_items: 230,
        total_pages: 23,
        from: 1,
        to: 10,
        has_next: true,
        has_prev: false,
        next_page: 2,
        prev_page: null,
        first_page: 1,
        last_page: 23,
      },
    });
  });

  describe('the emulator serves the same records', () => {
    const emulator = useEmulator({ users: 230 });

    it('as its first two users, with the example pagination for 230 users at 10 per page', async () => {
      const { client } = makeClient(emulator());
      const page = await client.fetchPage(1, { pageSize: 10 });
      assert.deepEqual(page.users.slice(0, 2), [ANNA, MARCO]);
      assert.deepEqual(page.pagination, JSON.parse(guideText('guide-paged.json')).pagination);
    });
  });
});
