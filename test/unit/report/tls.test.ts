// A refused server certificate is named (untrusted, expired, another host name), not reported as
// "connection failed", and is not retried: waiting does not fix a certificate.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ReportClient, ReportError } from '../../../src/report';
import { CLI_PATH, runCli } from './cliRun';
import { rejectionOf, TEST_SECRET } from './harness';

const TLS_FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'tls');

function fixture(name: string): string {
  return readFileSync(join(TLS_FIXTURES, name), 'utf8');
}

/** An HTTPS server on loopback with the given certificate; counts the connections made to it. */
async function httpsServer(cert: string, key: string): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server: Server = createServer({ cert, key }, (_req, res) => res.end('{}'));
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('report client: TLS certificate errors are named', function () {
  this.timeout(30_000);

  it('a self-signed certificate: TLS_CERTIFICATE naming the problem, tried once', async () => {
    const server = await httpsServer(fixture('selfSigned.crt'), fixture('selfSigned.key'));
    try {
      const client = new ReportClient({ tenant: 'demo', apiUrl: server.url, loginUrl: server.url }, async () => TEST_SECRET, {
        retryBaseDelayMs: 1,
      });
      const error = await rejectionOf(client.verifyCredentials());
      assert.ok(error instanceof ReportError);
      assert.equal(error.code, 'TLS_CERTIFICATE');
      assert.match(error.message, /^Could not connect securely to the login server at 127\.0\.0\.1:\d+: its certificate is not trusted \(self-signed\) \(DEPTH_ZERO_SELF_SIGNED_CERT\)\./);
      assert.doesNotMatch(error.message, /connection failed/);
      assert.equal(client.stats.retries, 0);
      assert.equal(server.connections(), 1);
    } finally {
      await server.close();
    }
  });

  it('loading several teams: one TLS_CERTIFICATE for the run, not one error per team', async () => {
    const server = await httpsServer(fixture('selfSigned.crt'), fixture('selfSigned.key'));
    try {
      const client = new ReportClient({ tenant: 'demo', apiUrl: server.url, loginUrl: server.url }, async () => TEST_SECRET);
      const error = await rejectionOf(client.teamCompletion(['Sales', 'Finance']));
      assert.ok(error instanceof ReportError);
      assert.equal(error.code, 'TLS_CERTIFICATE');
    } finally {
      await server.close();
    }
  });

  it('a trusted certificate for another host name, through the CLI: named as a host name mismatch', async function () {
    if (!require('node:fs').existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run "node esbuild.mjs" first`);
    const server = await httpsServer(fixture('otherHost.crt'), fixture('otherHost.key'));
    try {
      const result = await runCli(['report', '--tenant', 'demo', '--api-url', server.url, '--login-url', server.url], {
        env: { CYBERGURU_CLIENT_SECRET: TEST_SECRET, NODE_EXTRA_CA_CERTS: join(TLS_FIXTURES, 'ca.crt') },
      });
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, /TLS_CERTIFICATE: Could not connect securely to the login server at 127\.0\.0\.1:\d+: its certificate is for a different host name \(ERR_TLS_CERT_ALTNAME_INVALID\)/);
    } finally {
      await server.close();
    }
  });

  it('an expired certificate, as fetch reports it (TypeError with the socket error as cause)', async () => {
    const expired = Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' });
    const fetch: typeof globalThis.fetch = async () => {
      throw new TypeError('fetch failed', { cause: expired });
    };
    const client = new ReportClient({ tenant: 'demo', apiUrl: 'https://api.example.com' }, async () => TEST_SECRET, { fetch });
    const error = await rejectionOf(client.fetchPage(1));
    assert.ok(error instanceof ReportError);
    assert.equal(error.code, 'TLS_CERTIFICATE');
    assert.match(error.message, /its certificate has expired \(CERT_HAS_EXPIRED\)/);
  });

  it('a refused connection is still a network error, retried', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    let calls = 0;
    const fetch: typeof globalThis.fetch = async () => {
      calls++;
      throw new TypeError('fetch failed', { cause: refused });
    };
    const client = new ReportClient({ tenant: 'demo', apiUrl: 'https://api.example.com' }, async () => TEST_SECRET, {
      fetch,
      maxRetries: 2,
      retryBaseDelayMs: 1,
    });
    const error = await rejectionOf(client.verifyCredentials());
    assert.ok(error instanceof ReportError);
    assert.equal(error.code, 'TOKEN_ENDPOINT_UNAVAILABLE');
    assert.equal(calls, 3);
  });
});
