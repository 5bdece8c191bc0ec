import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ReportClient, validateConnection, type ReportConnection } from '../../../src/report';
import { recordingFetch } from './recordingFetch';

const SECRET = 'S3cr3t&grant_type=password&x=%26';

function client(connection: Partial<ReportConnection>, fetch: typeof globalThis.fetch, secretReads?: string[]): ReportClient {
  return new ReportClient(
    { tenant: 'acme', apiUrl: 'https://api.example.com', loginUrl: 'https://login.example.com', ...connection },
    async () => {
      secretReads?.push('read');
      return SECRET;
    },
    { fetch, maxRetries: 0, requestTimeoutMs: 2_000 },
  );
}

describe('connection URLs: HTTPS only, and nothing a user types can redirect a request', () => {
  const insecure = [
    'http://api.example.com',
    'HTTP://API.EXAMPLE.COM',
    'http://127.0.0.1.evil.example',
    'http://localhost.evil.example',
    'http://evil.example#@127.0.0.1',
    'http://127.0.0.1@evil.example',
    'http://[::ffff:7f00:1].evil.example',
    'http://10.0.0.1',
    'ftp://api.example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ];

  it('refuses plain HTTP to any host but this machine, for the API and the login URL, before reading the secret', async () => {
    for (const url of insecure) {
      for (const field of ['apiUrl', 'loginUrl'] as const) {
        const { fetch, requests } = recordingFetch();
        const secretReads: string[] = [];
        assert.throws(() => client({ [field]: url }, fetch, secretReads), (err: Error & { code?: string }) => {
          assert.ok(err.code === 'INSECURE_URL' || err.code === 'INVALID_INPUT', `${field}=${url}: ${err.code}`);
          return true;
        });
        assert.equal(requests.length, 0);
        assert.equal(secretReads.length, 0);
      }
    }
  });

  it('allows plain HTTP to loopback only (the emulator)', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://localhost:3000', 'http://[::1]:9000', 'http://127.0.0.2']) {
      assert.doesNotThrow(() => validateConnection({ tenant: 'acme', apiUrl: url, loginUrl: url }), url);
    }
  });

  it('refuses URLs carrying a user name, password, query or fragment', () => {
    for (const url of ['https://user:pw@api.example.com', 'https://api.example.com/?team=x', 'https://api.example.com/#frag']) {
      assert.throws(() => validateConnection({ tenant: 'acme', apiUrl: url }), { code: 'INVALID_INPUT' });
    }
  });

  it('refuses tenants that would change the token URL: traversal, "?", "#", "@", "/", encoded forms, spaces', () => {
    const hostile = ['..', '../admin', 'acme/../../x', 'acme?x=1', 'acme#x', 'evil@acme', 'a/b', '%2e%2e', 'acme%2Fadmin', 'ac me', 'ac\nme', '.hidden', ''];
    for (const tenant of hostile) {
      assert.throws(() => validateConnection({ tenant, apiUrl: 'https://api.example.com' }), { code: 'INVALID_INPUT' }, JSON.stringify(tenant));
    }
  });

  it('any accepted tenant lands as exactly one path segment of the token URL on the login host (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('a', 'Z', '0', '.', '-', '_', '/', '?', '#', '@', '%', ' ', ':', '\\', 'é'), minLength: 1, maxLength: 12 }), async (tenant) => {
        let valid = true;
        try {
          validateConnection({ tenant, apiUrl: 'https://api.example.com' });
        } catch {
          valid = false;
        }
        if (!valid) return;
        const { fetch, requests } = recordingFetch();
        await client({ tenant }, fetch).verifyCredentials();
        const [token] = requests;
        assert.equal(token.url.origin, 'https://login.example.com');
        // Surrounding spaces are trimmed as typing slips; nothing else is changed or let through.
        assert.equal(token.url.pathname, `/realms/${tenant.trim()}/protocol/openid-connect/token`);
        assert.equal(token.url.search + token.url.hash, '');
      }),
      { numRuns: 200 },
    );
  });

  it('any team name travels only as the value of `team=` on the API host (property)', async () => {
    const teamText = fc.string({ unit: fc.constantFrom('a', 'Sales', ' ', '&', '=', '?', '#', '/', '..', '%26', '%', '+', '@', 'é', '\u{1F600}', 'limit=1'), minLength: 1, maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(teamText, async (team) => {
        const { fetch, requests } = recordingFetch();
        try {
          await client({}, fetch).fetchPage(1, { team, pageSize: 10 });
        } catch (err) {
          // A team name the client refuses up front is fine; one it sends must be sent intact.
          assert.equal((err as { code?: string }).code, 'INVALID_INPUT');
          return;
        }
        const page = requests.find((r) => r.url.pathname.endsWith('/users-progress-completion'));
        assert.ok(page);
        assert.equal(page.url.origin, 'https://api.example.com');
        assert.equal(page.url.pathname, '/ext/report/users-progress-completion');
        assert.equal(page.url.hash, '');
        assert.deepEqual([...page.url.searchParams.keys()].sort(), ['limit', 'page', 'team']);
        assert.equal(page.url.searchParams.get('team'), team);
        assert.equal(page.url.searchParams.get('limit'), '10');
      }),
      { numRuns: 200 },
    );
  });

  it('the client secret travels only in the form body of the token request, encoded so it cannot add fields', async () => {
    const { fetch, requests } = recordingFetch();
    await client({}, fetch).fetchPage(1, { team: 'Sales' });
    const [token, page] = requests;
    assert.equal(token.method, 'POST');
    const form = new URLSearchParams(token.body);
    assert.deepEqual([...form.keys()].sort(), ['client_id', 'client_secret', 'grant_type']);
    assert.equal(form.get('client_secret'), SECRET);
    assert.equal(form.get('grant_type'), 'client_credentials');
    for (const r of requests) assert.ok(!r.url.href.includes('S3cr3t'), 'the secret is in a URL');
    assert.ok(!page.body.includes('S3cr3t') && ![...page.headers.values()].some((v) => v.includes('S3cr3t')));
    assert.equal(page.headers.get('authorization'), 'Bearer tok-0123456789-abcdef');
  });

  it('never follows a redirect, so neither the secret nor the token is re-sent to another host', async () => {
    const { fetch, requests } = recordingFetch((url) =>
      url.pathname.endsWith('/token') ? new Response(null, { status: 307, headers: { location: 'https://evil.example/steal' } }) : undefined,
    );
    await assert.rejects(client({}, fetch).verifyCredentials(), (err: Error) => {
      assert.ok(!err.message.includes('S3cr3t'));
      return true;
    });
    assert.ok(requests.every((r) => r.url.hostname === 'login.example.com'), requests.map((r) => r.url.href).join(' '));
    assert.ok(requests.every((r) => r.redirect === 'manual'), 'a request was sent without redirect: manual');
  });
});
