// The emulator's request handling: token endpoint, users report, team ranking, and the faults.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { completionRate } from '../report/aggregate';
import type { UserProgress } from '../report/types';
import { buildDataset, DEMO_TEAMS, isReported, lateUser, userRecord, type EmulatedUser } from './dataset';
import { hits, type EmulatorFaults } from './faults';
import { sendEndlessBody, sendHugeBody } from './hostileBodies';
import { htmlErrorPage, pagination, readPaging, sendJson, sendPlatformError, sendText } from './responses';

export interface EmulatorIdentity {
  tenant: string;
  clientId: string;
  clientSecret: string;
}

/** Live counters; `maxInFlight` shows how many API requests a client had open at once. */
export interface EmulatorStats {
  tokenRequests: number;
  tokensIssued: number;
  apiRequests: number;
  inFlight: number;
  maxInFlight: number;
  faultsInjected: number;
}

const TOKEN_PATH = /^\/realms\/([^/]+)\/protocol\/openid-connect\/token$/;
const USERS_PATH = '/ext/report/users-progress-completion';
const RANKINGS_PATH = '/ext/report/rankings';
const MAX_FORM_BYTES = 16 * 1024;

function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export class EmulatorState {
  readonly stats: EmulatorStats = { tokenRequests: 0, tokensIssued: 0, apiRequests: 0, inFlight: 0, maxInFlight: 0, faultsInjected: 0 };
  /** Emits 'closed' whenever an API request's connection or answer is finished (lets tests wait). */
  readonly events = new EventEmitter();
  private faults: EmulatorFaults = {};
  private apiSeq = 0;
  private tokenSeq = 0;
  private revoked = false;
  private dataChanged = false;
  private faultsSetAt = Date.now();
  private readonly tokens = new Map<string, { issuedAt: number; expiresAt: number; revoked: boolean }>();
  private reportedByTeam = new Map<string | null, UserProgress[]>();
  /** Each user's JSON, serialized once: pages are then cheap to build (benchmarks read 100 pages). */
  private readonly recordJson = new WeakMap<UserProgress, string>();
  /** User pages by query until the data changes (keeps the emulator's own work out of benchmarks). */
  private readonly bodyCache = new Map<string, Buffer>();

  constructor(
    private users: EmulatedUser[],
    readonly teams: readonly string[],
    private readonly identity: EmulatorIdentity,
  ) {}

  static create(seed: string, users: number, identity: EmulatorIdentity): EmulatorState {
    return new EmulatorState(buildDataset({ seed, users }), DEMO_TEAMS, identity);
  }

  /** Replaces the faults and restarts their request counters. */
  setFaults(faults: EmulatorFaults): void {
    this.faults = { ...faults };
    this.faultsSetAt = Date.now();
    this.apiSeq = 0;
    this.tokenSeq = 0;
    this.revoked = false;
    this.dataChanged = false;
  }

  /** Every token handed out so far (lets tests prove no token leaks into output). */
  issuedTokens(): string[] {
    return [...this.tokens.keys()];
  }

  /**
   * Progress between two reads (history tests): the first `count` reported users below 100 % finish
   * every module. Returns their e-mails.
   */
  completeUsers(count: number): string[] {
    const finished: string[] = [];
    for (const user of this.users) {
      if (finished.length >= count) break;
      const r = user.record;
      if (!isReported(user) || r.completed_total >= r.assigned_total) continue;
      user.record = userRecord(r.email, [r.services.awareness.assigned, r.services.awareness.assigned], [r.services.channel.assigned, r.services.channel.assigned]);
      finished.push(r.email);
    }
    this.reportedByTeam.clear();
    this.bodyCache.clear();
    return finished;
  }

  /** The users the API reports, in API order (company-wide or for one team). */
  reported(team: string | null): UserProgress[] {
    let list = this.reportedByTeam.get(team);
    if (!list) {
      list = this.users.filter((u) => isReported(u) && (team === null || u.team === team)).map((u) => u.record);
      this.reportedByTeam.set(team, list);
    }
    return list;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const token = TOKEN_PATH.exec(url.pathname);
    if (req.method === 'POST' && token) return this.handleToken(req, res, token[1] ?? '');
    if (req.method === 'GET' && (url.pathname === USERS_PATH || url.pathname === RANKINGS_PATH)) return this.handleApi(req, res, url);
    await wait(this.faults.latencyMs ?? 0);
    sendJson(res, 404, { message: 'Not Found' });
  }

  private async handleToken(req: IncomingMessage, res: ServerResponse, realm: string): Promise<void> {
    const n = ++this.tokenSeq;
    this.stats.tokenRequests++;
    const form = new URLSearchParams(await readBody(req));
    await wait(this.faults.latencyMs ?? 0);
    const down = this.faults.tokenEndpointDown;
    if (hits(down, n)) {
      this.stats.faultsInjected++;
      if (down?.mode === 'reset') {
        req.socket.destroy();
        return;
      }
      return sendJson(res, 503, { error: 'temporarily_unavailable' });
    }
    let tenant: string;
    try {
      tenant = decodeURIComponent(realm);
    } catch {
      tenant = '';
    }
    if (tenant !== this.identity.tenant) return sendJson(res, 404, { error: 'Realm does not exist' });
    if (form.get('grant_type') !== 'client_credentials') {
      return sendJson(res, 400, { error: 'unsupported_grant_type', error_description: 'Unsupported grant_type' });
    }
    if (form.get('client_id') !== this.identity.clientId || form.get('client_secret') !== this.identity.clientSecret) {
      return sendJson(res, 401, { error: 'unauthorized_client', error_description: 'Invalid client or Invalid client credentials' });
    }
    const expiresIn = this.faults.expiresInSeconds ?? 300;
    const accessToken = randomBytes(24).toString('base64url');
    this.tokens.set(accessToken, { issuedAt: Date.now(), expiresAt: Date.now() + expiresIn * 1000, revoked: false });
    this.stats.tokensIssued++;
    sendJson(res, 200, {
      access_token: accessToken,
      expires_in: expiresIn,
      refresh_expires_in: 0,
      token_type: 'Bearer',
      'not-before-policy': 0,
      scope: 'profile email',
    });
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const n = ++this.apiSeq;
    this.stats.apiRequests++;
    this.stats.inFlight++;
    this.stats.maxInFlight = Math.max(this.stats.maxInFlight, this.stats.inFlight);
    res.on('close', () => {
      this.stats.inFlight--;
      this.events.emit('closed');
    });
    this.applyDataChanges(n);
    // The token is checked on arrival, as a gateway does, not after the simulated latency.
    const authorized = this.authorized(req.headers.authorization);
    await wait(this.faults.latencyMs ?? 0);
    if (res.destroyed) return;
    if (this.gatewayFault(res, n)) return;
    if (!authorized) {
      return this.platformError(res, 500, 'EXT_1001', 'Token expired or invalid');
    }
    const forced = this.faults.forcedError;
    if (forced && hits(forced, n)) {
      this.stats.faultsInjected++;
      return this.platformError(res, forced.status, forced.code, forced.message ?? 'Error retrieving data');
    }
    const key = `${url.pathname}${url.search}`;
    let body = this.bodyCache.get(key);
    if (body === undefined) {
      const text = url.pathname === USERS_PATH ? this.usersBody(res, url.searchParams) : this.rankingsBody(res, url.searchParams);
      if (text === undefined) return; // an error answer was sent
      body = Buffer.from(text, 'utf8');
      if (url.pathname === USERS_PATH && this.bodyCache.size < 1000) this.bodyCache.set(key, body);
    }
    this.sendBody(res, body, n);
  }

  /** Revocation and data changes happen when request number `after`+1 arrives. */
  private applyDataChanges(n: number): void {
    const revoke = this.faults.revokeTokens;
    if (revoke && !this.revoked && n > revoke.after) {
      this.revoked = true;
      for (const entry of this.tokens.values()) entry.revoked = true;
    }
    const change = this.faults.dataChange;
    if (change && !this.dataChanged && n > change.after) {
      this.dataChanged = true;
      if (change.delta > 0) {
        const added = Array.from({ length: change.delta }, (_, i) => lateUser(i, this.teams[0] ?? 'Team'));
        this.users = [...added, ...this.users];
      } else {
        let toRemove = -change.delta;
        for (const user of this.users) {
          if (toRemove === 0) break;
          if (isReported(user)) {
            user.status = 'deleted';
            toRemove--;
          }
        }
      }
      this.reportedByTeam.clear();
      this.bodyCache.clear();
    }
  }

  private gatewayFault(res: ServerResponse, n: number): boolean {
    const f = this.faults;
    if (hits(f.transient, n)) {
      sendJson(res, f.transient?.status ?? 503, { message: 'Service Unavailable' });
    } else if (f.rateLimit && hits(f.rateLimit, n)) {
      sendJson(res, 429, { message: 'Too Many Requests' }, { 'retry-after': String(f.rateLimit.retryAfterSeconds) });
    } else if (hits(f.htmlErrorPage, n)) {
      const status = f.htmlErrorPage?.status ?? 502;
      sendText(res, status, htmlErrorPage(status), 'text/html');
    } else {
      return false;
    }
    this.stats.faultsInjected++;
    return true;
  }

  private authorized(header: string | undefined): boolean {
    const match = /^Bearer (\S+)$/i.exec(header ?? '');
    const entry = match ? this.tokens.get(match[1] ?? '') : undefined;
    return entry !== undefined && !entry.revoked && Date.now() < entry.expiresAt && !this.revokedByTick(entry.issuedAt);
  }

  /** With revokeTokensEveryMs: true when a revocation tick passed since the token was issued. */
  private revokedByTick(issuedAt: number): boolean {
    const every = this.faults.revokeTokensEveryMs;
    if (!every) return false;
    const tick = (time: number) => Math.floor((time - this.faultsSetAt) / every);
    return tick(Date.now()) > tick(issuedAt);
  }

  private platformError(res: ServerResponse, status: number, code: string, message: string): void {
    sendPlatformError(res, status, code, message, this.faults.errorBodyStyle);
  }

  private usersJson(users: UserProgress[]): string {
    return `[${users
      .map((u) => {
        let json = this.recordJson.get(u);
        if (json === undefined) {
          json = JSON.stringify(u);
          this.recordJson.set(u, json);
        }
        return json;
      })
      .join(',')}]`;
  }

  private usersBody(res: ServerResponse, params: URLSearchParams): string | undefined {
    const paging = readPaging(params);
    if ('error' in paging) return void this.platformError(res, 400, 'EXT_1000', paging.error);
    const team = params.get('team');
    if (team !== null && !this.teams.includes(team)) {
      return void this.platformError(res, 422, 'EXT_1004', 'The specified team does not exist in the company');
    }
    const list = this.reported(team);
    if (!paging.paged) return `{"users":${this.usersJson(list)},"total_users":${list.length}}`;
    const pages = pagination(paging.page, paging.limit, list.length);
    if (paging.page > pages.total_pages) {
      return void this.platformError(res, 400, 'EXT_1000', `The requested page does not exist: ${pages.total_pages} pages available`);
    }
    const users = list.slice((paging.page - 1) * paging.limit, paging.page * paging.limit);
    return `{"users":${this.usersJson(users)},"total_users":${list.length},"pagination":${JSON.stringify(pages)}}`;
  }

  /** Company team ranking (type=1); numbers as strings, as the platform sends them. */
  private rankingsBody(res: ServerResponse, params: URLSearchParams): string | undefined {
    const availability = this.faults.rankings ?? 'ok';
    if (availability !== 'ok') return void sendJson(res, availability, { message: availability === 403 ? 'Forbidden' : 'Not Found' });
    if (params.get('type') !== '1') return void this.platformError(res, 400, 'EXT_1000', "Invalid parameter 'type': allowed values: 1");
    const paging = readPaging(params);
    if ('error' in paging) return void this.platformError(res, 400, 'EXT_1000', paging.error);
    const ranked = this.teams
      .map((team) => {
        const users = this.reported(team);
        const assigned = users.reduce((sum, u) => sum + u.assigned_total, 0);
        const completed = users.reduce((sum, u) => sum + u.completed_total, 0);
        return { team, users: users.length, rate: completionRate(completed, assigned) };
      })
      .filter((t) => t.users > 0)
      .sort((a, b) => b.rate - a.rate || a.team.localeCompare(b.team))
      .map((t, i) => ({ position: String(i + 1), team: t.team, completion_rate: t.rate.toFixed(2), users: String(t.users) }));
    if (!paging.paged) return JSON.stringify({ teams: ranked });
    const pages = pagination(paging.page, paging.limit, ranked.length);
    return JSON.stringify({ teams: ranked.slice((paging.page - 1) * paging.limit, paging.page * paging.limit), pagination: pages });
  }

  /** A 200 answer, unless a body fault is due for request `n`. */
  private sendBody(res: ServerResponse, body: Buffer, n: number): void {
    const f = this.faults;
    if (f.hugeBody && hits(f.hugeBody, n)) {
      this.stats.faultsInjected++;
      return sendHugeBody(res, f.hugeBody.megabytes);
    }
    if (hits(f.endlessBody, n)) {
      this.stats.faultsInjected++;
      return sendEndlessBody(res);
    }
    const bodyFault = [f.badField, f.malformedJson, f.truncatedBody, f.connectionReset, f.stallBody].some((fault) => hits(fault, n));
    if (!bodyFault) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
      return;
    }
    let text = body.toString('utf8');
    if (hits(f.badField, n)) {
      const parsed = JSON.parse(text) as { users?: Record<string, unknown>[] };
      const first = parsed.users?.[0];
      if (first) {
        this.stats.faultsInjected++;
        first.completed_total = String(first.completed_total);
        text = JSON.stringify(parsed);
      }
    }
    const half = text.slice(0, Math.floor(text.length / 2));
    if (hits(f.malformedJson, n)) {
      this.stats.faultsInjected++;
      return sendText(res, 200, text.replace('[', '[,'), 'application/json');
    }
    if (hits(f.truncatedBody, n)) {
      this.stats.faultsInjected++;
      return sendText(res, 200, half, 'application/json');
    }
    if (hits(f.connectionReset, n) || hits(f.stallBody, n)) {
      this.stats.faultsInjected++;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.write(half);
      if (hits(f.connectionReset, n)) setImmediate(() => res.socket?.destroy());
      return;
    }
    sendText(res, 200, text, 'application/json');
  }
}
