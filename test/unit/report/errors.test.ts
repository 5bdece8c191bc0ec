import * as assert from 'node:assert/strict';
import { ReportClient, ReportError } from '../../../src/report';
import type { ErrorBodyStyle } from '../../../src/emulator';
import { connectionTo, makeClient, rejectionOf, useEmulator } from './harness';

async function reportError(promise: Promise<unknown>): Promise<ReportError> {
  const error = await rejectionOf(promise);
  assert.ok(error instanceof ReportError, `expected a ReportError, got ${String(error)}`);
  return error;
}

describe('report client: every documented error has its own code and message', () => {
  const emulator = useEmulator({ users: 120 });

  it('EXT_1000 (400): a page that does not exist, with the platform explanation', async () => {
    const { client } = makeClient(emulator());
    const error = await reportError(client.fetchPage(9, { pageSize: 100 }));
    assert.equal(error.code, 'EXT_1000');
    assert.equal(error.status, 400);
    assert.match(error.message, /rejected a request parameter: The requested page does not exist: 2 pages available/);
  });

  it('EXT_1000 (400): an invalid parameter reported by the platform', async () => {
    emulator().setFaults({ forcedError: { count: 1, status: 400, code: 'EXT_1000', message: "Invalid parameter 'limit'" } });
    const { client } = makeClient(emulator());
    const error = await reportError(client.fetchUsers());
    assert.equal(error.code, 'EXT_1000');
    assert.match(error.message, /Invalid parameter 'limit'.*Check the team name and the page size \(1-1000\)/);
  });

  it('EXT_1003 (404): error retrieving data', async () => {
    emulator().setFaults({ forcedError: { count: 1, status: 404, code: 'EXT_1003' } });
    const { client } = makeClient(emulator());
    const error = await reportError(client.fetchUsers());
    assert.deepEqual([error.code, error.status], ['EXT_1003', 404]);
    assert.match(error.message, /could not retrieve the data\. Check the API URL/);
  });

  it('EXT_1004 (422): the team does not exist, naming the team', async () => {
    const { client } = makeClient(emulator());
    const error = await reportError(client.fetchUsers({ team: 'Marketing' }));
    assert.deepEqual([error.code, error.status, error.team], ['EXT_1004', 422, 'Marketing']);
    assert.match(error.message, /The team "Marketing" does not exist in the company\. Check the exact spelling/);
  });

  it('EXT_1001 (500): an expired token gets one fresh token and the request succeeds', async () => {
    const { client } = makeClient(emulator());
    await client.fetchPage(1);
    emulator().setFaults({ revokeTokens: { after: 0 } });
    const page = await client.fetchPage(1);
    assert.equal(page.total_users, 120);
    assert.equal(client.stats.tokenRequests, 2);
  });

  it('EXT_1001 (500) again after the fresh token: one renewal only, then a clear error', async () => {
    emulator().setFaults({ forcedError: { count: 5, status: 500, code: 'EXT_1001', message: 'Token expired or invalid' } });
    const { client } = makeClient(emulator());
    const error = await reportError(client.fetchPage(1));
    assert.deepEqual([error.code, error.status], ['EXT_1001', 500]);
    assert.match(error.message, /rejected the access token .* Sign in again/);
    assert.equal(client.stats.tokenRequests, 2);
    assert.equal(emulator().stats.apiRequests, 2);
  });

  it('AUTH_INVALID (401 from the token endpoint): wrong client secret', async () => {
    const { client } = makeClient(emulator(), { secret: 'not-the-right-secret' });
    const error = await reportError(client.verifyCredentials());
    assert.deepEqual([error.code, error.status], ['AUTH_INVALID', 401]);
    assert.match(error.message, /refused the client credentials for tenant "demo" \(HTTP 401\)\. Check the client secret/);
    assert.equal(error.needsSignIn, true);
  });

  it('AUTH_INVALID (401 from the token endpoint): unknown client id', async () => {
    const { client } = makeClient(emulator(), { connection: { clientId: 'someone-else' } });
    const error = await reportError(client.verifyCredentials());
    assert.deepEqual([error.code, error.status], ['AUTH_INVALID', 401]);
  });

  it('TENANT_UNKNOWN (404 from the token endpoint)', async () => {
    const { client } = makeClient(emulator(), { connection: { tenant: 'other-company' } });
    const error = await reportError(client.verifyCredentials());
    assert.deepEqual([error.code, error.status], ['TENANT_UNKNOWN', 404]);
    assert.match(error.message, /does not know the tenant "other-company"/);
  });

  it('AUTH_INVALID without asking the server when no secret is stored', async () => {
    const client = new ReportClient(connectionTo(emulator()), async () => '');
    const error = await reportError(client.verifyCredentials());
    assert.equal(error.code, 'AUTH_INVALID');
    assert.equal(emulator().stats.tokenRequests, 0);
  });

  for (const style of ['flat', 'nested', 'text', 'empty'] as ErrorBodyStyle[]) {
    it(`finds the code in a "${style}" error body (or falls back on the HTTP status)`, async () => {
      emulator().setFaults({ errorBodyStyle: style });
      const { client } = makeClient(emulator());
      const error = await reportError(client.fetchUsers({ team: 'Marketing' }));
      assert.deepEqual([error.code, error.status], ['EXT_1004', 422]);
    });
  }

  it('FORBIDDEN (403) tells the admin to ask for the reporting permission', async () => {
    emulator().setFaults({ forcedError: { count: 1, status: 403, code: 'none' } });
    const { client } = makeClient(emulator());
    const error = await reportError(client.fetchPage(1));
    assert.deepEqual([error.code, error.status, error.needsSignIn], ['FORBIDDEN', 403, true]);
  });

  it('an HTML error page with status 500 is an HTTP error, not a token problem', async () => {
    emulator().setFaults({ htmlErrorPage: { count: 1, status: 500 } });
    const { client } = makeClient(emulator());
    const error = await reportError(client.fetchPage(1));
    assert.deepEqual([error.code, error.status], ['HTTP_ERROR', 500]);
    assert.match(error.message, /HTML page instead of JSON/);
    assert.equal(client.stats.tokenRequests, 1);
  });
});

describe('report client: connection checks before any request', () => {
  const noSecret = async () => 'unused';

  it('refuses plain HTTP to a non-loopback host', () => {
    assert.throws(
      () => new ReportClient({ tenant: 'acme', apiUrl: 'http://api.example.com' }, noSecret),
      (e: unknown) => e instanceof ReportError && e.code === 'INSECURE_URL' && /API URL must use HTTPS/.test(e.message),
    );
    assert.throws(
      () => new ReportClient({ tenant: 'acme', apiUrl: 'https://api.example.com', loginUrl: 'http://login.example.com' }, noSecret),
      (e: unknown) => e instanceof ReportError && e.code === 'INSECURE_URL' && /login URL/.test(e.message),
    );
  });

  it('allows plain HTTP to loopback addresses only', () => {
    for (const host of ['127.0.0.1', 'localhost', '[::1]', '127.1.2.3']) {
      assert.doesNotThrow(() => new ReportClient({ tenant: 'acme', apiUrl: `http://${host}:8080`, loginUrl: `http://${host}:8080` }, noSecret));
    }
    assert.throws(() => new ReportClient({ tenant: 'acme', apiUrl: 'http://127.0.0.1.evil.example' }, noSecret), /HTTPS/);
  });

  it('refuses a tenant that could change the URL', () => {
    for (const tenant of ['../master', 'a/b', 'acme?x=1', 'acme#x', '', ' ', 'a%2fb', '..']) {
      assert.throws(
        () => new ReportClient({ tenant, apiUrl: 'https://api.example.com' }, noSecret),
        (e: unknown) => e instanceof ReportError && e.code === 'INVALID_INPUT',
        tenant,
      );
    }
  });

  it('refuses URLs with credentials, queries or fragments', () => {
    for (const apiUrl of ['https://user:pw@api.example.com', 'https://api.example.com/?x=1', 'https://api.example.com/#a', 'ftp://api.example.com', 'not a url']) {
      assert.throws(() => new ReportClient({ tenant: 'acme', apiUrl }, noSecret), ReportError, apiUrl);
    }
  });

  it('keeps a team value inside its query parameter', async () => {
    const urls: string[] = [];
    const fetchStub: typeof fetch = async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ access_token: 'token-for-the-stub', expires_in: 300 }), { status: 200 });
    };
    const client = new ReportClient({ tenant: 'acme', apiUrl: 'https://api.example.com/base' }, noSecret, { fetch: fetchStub, maxRetries: 0 });
    await client.fetchPage(1, { team: 'R&D/x?limit=1#&page=9' }).catch(() => undefined);
    const apiCall = new URL(urls[1] ?? '');
    assert.equal(apiCall.pathname, '/base/ext/report/users-progress-completion');
    assert.equal(apiCall.searchParams.get('team'), 'R&D/x?limit=1#&page=9');
    assert.equal(apiCall.searchParams.get('limit'), '1000');
    assert.equal(apiCall.searchParams.get('page'), '1');
    assert.equal(urls[0], 'https://login.platform.cyberguru.eu/realms/acme/protocol/openid-connect/token');
  });

  it('does not follow redirects (the bearer token would go to another host)', async () => {
    const redirects: RequestInit['redirect'][] = [];
    const fetchStub: typeof fetch = async (input, init) => {
      redirects.push(init?.redirect);
      if (String(input).includes('/token')) return new Response(JSON.stringify({ access_token: 'token-for-the-stub', expires_in: 300 }));
      return new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } });
    };
    const client = new ReportClient({ tenant: 'acme', apiUrl: 'https://api.example.com' }, noSecret, { fetch: fetchStub });
    const error = await reportError(client.fetchPage(1));
    assert.deepEqual([error.code, error.status], ['HTTP_ERROR', 302]);
    assert.match(error.message, /redirects elsewhere/);
    assert.deepEqual(redirects, ['manual', 'manual']);
  });

  it('refuses a page size outside 1..1000 before sending anything', async () => {
    const client = new ReportClient({ tenant: 'acme', apiUrl: 'https://api.example.com' }, noSecret, {
      fetch: () => Promise.reject(new Error('must not be called')),
    });
    for (const pageSize of [0, 1001, 2.5]) {
      const error = await reportError(client.fetchUsers({ pageSize }));
      assert.equal(error.code, 'INVALID_INPUT');
    }
  });
});
