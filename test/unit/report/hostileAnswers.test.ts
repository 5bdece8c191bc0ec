// One answer from a server cannot take the product down: a huge list of empty users, an endless
// body, a list deeper than the validator's stack, and a page count out of proportion end with the
// malformed-answer error, read within a bounded amount of memory.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { ReportClient, ReportError } from '../../../src/report';
import { validate } from '../../../src/report/schemas';
import { MAX_ANSWER_BYTES } from '../../../src/report/transport';
import { CLI_PATH } from './cliRun';
import { rejectionOf, TEST_SECRET, useEmulator } from './harness';

const PEAK_RSS_PRELOAD = join(__dirname, '..', '..', '..', '..', 'bench', 'memoryPeakRss.cjs');
/** What the CLI may use at its peak while refusing a hostile answer. */
const RSS_LIMIT_MB = 300;

interface MeasuredRun {
  code: number | null;
  stderr: string;
  peakRssMb: number;
}

/** Runs `cyberguru report` in a child process and reads its peak resident set size at exit. */
function runMeasuredReport(args: string[]): Promise<MeasuredRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-rss-'));
  const rssFile = join(dir, 'peak-rss');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', PEAK_RSS_PRELOAD, CLI_PATH, 'report', ...args], {
      env: { ...process.env, CYBERGURU_CLIENT_SECRET: TEST_SECRET, PEAK_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
        resolve({ code, stderr, peakRssMb });
      } catch (err) {
        reject(new Error(`no peak RSS recorded (exit ${code}): ${stderr}`, { cause: err }));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

async function reportError(promise: Promise<unknown>): Promise<ReportError> {
  const error = await rejectionOf(promise);
  assert.ok(error instanceof ReportError, `expected a ReportError, got ${String(error)}`);
  return error;
}

describe('report client: hostile answers', function () {
  this.timeout(60_000);
  const emulator = useEmulator({ users: 230 });
  const base = () => ['--tenant', emulator().tenant, '--api-url', emulator().url, '--login-url', emulator().url];

  it('a 9 MB {"users":[{},{},...]} answer: a clear error, peak RSS under 300 MB (CLI in a child process)', async () => {
    emulator().setFaults({ hugeBody: { count: 100, megabytes: 9 } });
    const run = await runMeasuredReport(base());
    console.log(`      9 MB answer: exit ${run.code}, peak RSS ${run.peakRssMb.toFixed(1)} MB`);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /MALFORMED_RESPONSE.*users page 1 .* holds far more values than 1000 entries can; it was not read/);
    assert.ok(run.peakRssMb < RSS_LIMIT_MB, `peak RSS ${run.peakRssMb.toFixed(1)} MB`);
    assert.equal(emulator().stats.apiRequests, 1, 'a hostile answer is not worth a retry');
  });

  it('an endless answer: stops reading past 16 MB with a clear error, peak RSS under 300 MB (child process)', async () => {
    emulator().setFaults({ endlessBody: { count: 100 } });
    const run = await runMeasuredReport(base());
    console.log(`      endless answer: exit ${run.code}, peak RSS ${run.peakRssMb.toFixed(1)} MB`);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /MALFORMED_RESPONSE.*sent an answer larger than 16 MB/);
    assert.ok(run.peakRssMb < RSS_LIMIT_MB, `peak RSS ${run.peakRssMb.toFixed(1)} MB`);
  });

  it('a Content-Length above the bound is refused before the body is read', async () => {
    emulator().setFaults({ hugeBody: { count: 1, megabytes: 17 } });
    const client = new ReportClient({ tenant: emulator().tenant, apiUrl: emulator().url, loginUrl: emulator().url }, async () => TEST_SECRET);
    const error = await reportError(client.fetchPage(1));
    assert.equal(error.code, 'MALFORMED_RESPONSE');
    assert.match(error.message, /larger than 16 MB/);
    assert.equal(MAX_ANSWER_BYTES, 16 * 1024 * 1024);
  });
});

/** A fetch that answers every GET with `body(url)` and every token request with a token. */
function scriptedFetch(body: (url: URL) => string, seen: string[] = []): typeof globalThis.fetch {
  return async (input, init) => {
    const url = new URL(String(input));
    if (init?.method === 'POST') return new Response(JSON.stringify({ access_token: 'token-0123456789', expires_in: 300 }), { status: 200 });
    seen.push(url.search);
    return new Response(body(url), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

function scriptedClient(fetch: typeof globalThis.fetch): ReportClient {
  return new ReportClient({ tenant: 'demo', apiUrl: 'http://127.0.0.1:9', loginUrl: 'http://127.0.0.1:9' }, async () => TEST_SECRET, {
    fetch,
    retryBaseDelayMs: 1,
  });
}

const USER = {
  email: 'anna@example.com',
  assigned_total: 4,
  completed_total: 2,
  completion_rate_total: 50,
  services: { awareness: { assigned: 2, completed: 1, completion_rate: 50 }, channel: { assigned: 2, completed: 1, completion_rate: 50 } },
};

describe('report client: validating hostile pages', () => {
  it('stops at the first invalid user and names it', async () => {
    const users = [USER, USER, { email: 'x@example.com' }, ...Array.from({ length: 500 }, () => ({}))];
    const client = scriptedClient(scriptedFetch(() => JSON.stringify({ users, total_users: 503 })));
    const error = await reportError(client.fetchPage(1, { pageSize: 1000 }));
    assert.equal(error.code, 'MALFORMED_RESPONSE');
    assert.equal(error.field, 'users[2].assigned_total');
  });

  it('more users on a page than asked for is malformed, before any user is checked', async () => {
    const users = Array.from({ length: 11 }, () => USER);
    const client = scriptedClient(scriptedFetch(() => JSON.stringify({ users, total_users: 11 })));
    const error = await reportError(client.fetchPage(1, { pageSize: 10 }));
    assert.equal(error.code, 'MALFORMED_RESPONSE');
    assert.match(error.message, /at "users" \(11 entries, more than the 10 asked for\)/);
  });

  it('a list nested deeper than the validator can follow is malformed, not an unexpected error', () => {
    // A recursive schema really overflows zod's stack on a 100,000-deep value.
    const tree: z.ZodMiniType<unknown> = z.object({
      get children() {
        return z.array(tree);
      },
    });
    let value: unknown = { children: [] };
    for (let i = 0; i < 100_000; i++) value = { children: [value] };
    assert.throws(() => tree.safeParse(value), RangeError);
    assert.throws(
      () => validate(tree, value, 'users page 1', ['users', 0]),
      (err: unknown) => err instanceof ReportError && err.code === 'MALFORMED_RESPONSE' && /at "users\[0\]" \(nested too deeply\)/.test(err.message),
    );
  });

  it('a page of a million empty objects is refused before it is parsed', async () => {
    const body = `{"users":[${'{},'.repeat(1_000_000)}{}],"total_users":1}`;
    const client = scriptedClient(scriptedFetch(() => body));
    const error = await reportError(client.fetchPage(1));
    assert.equal(error.code, 'MALFORMED_RESPONSE');
    assert.match(error.message, /holds far more values than 1000 entries can/);
  });

  it('a huge error answer is not parsed: its head still yields the platform code', async () => {
    const body = `{"code":"EXT_1003","message":"Error retrieving data","junk":[${'{},'.repeat(3_000_000)}{}]}`;
    const fetch: typeof globalThis.fetch = async (_input, init) =>
      init?.method === 'POST'
        ? new Response(JSON.stringify({ access_token: 'token-0123456789', expires_in: 300 }), { status: 200 })
        : new Response(body, { status: 404, headers: { 'content-type': 'application/json' } });
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await reportError(scriptedClient(fetch).fetchPage(1));
    assert.deepEqual([error.code, error.status], ['EXT_1003', 404]);
    // Parsing it would build 3 million objects (well over 100 MB of heap).
    assert.ok(process.memoryUsage().heapUsed - heapBefore < 100 * 1024 * 1024);
  });

  it('a token answer with a million values is refused before it is parsed', async () => {
    const fetch: typeof globalThis.fetch = async () =>
      new Response(`{"access_token":"token-0123456789","x":[${'{},'.repeat(1_000_000)}{}]}`, { status: 200 });
    const client = new ReportClient({ tenant: 'demo', apiUrl: 'http://127.0.0.1:9', loginUrl: 'http://127.0.0.1:9' }, async () => TEST_SECRET, {
      fetch,
      maxRetries: 1,
      retryBaseDelayMs: 1,
    });
    const error = await reportError(client.verifyCredentials());
    assert.equal(error.code, 'MALFORMED_RESPONSE');
    assert.match(error.message, /token answer that is not JSON/);
  });

  it('total_pages is capped by what total_users and the page size imply', async () => {
    const seen: string[] = [];
    const fetch = scriptedFetch((url) => {
      const page = Number(url.searchParams.get('page'));
      const users = page <= 3 ? Array.from({ length: 10 }, (_, i) => ({ ...USER, email: `u${page}-${i}@example.com` })) : [];
      return JSON.stringify({
        users,
        total_users: 30,
        pagination: {
          current_page: page, per_page: 10, total_items: 30, total_pages: 99_999, from: 1, to: 10,
          has_next: true, has_prev: page > 1, next_page: page + 1, prev_page: null, first_page: 1, last_page: 99_999,
        },
      });
    }, seen);
    const report = await scriptedClient(fetch).fetchUsers({ pageSize: 10 });
    assert.equal(report.users.length, 30);
    assert.equal(seen.length, 3, `pages requested: ${seen.join(' ')}`);
  });
});
