// The reporting API client shared by the sidebar and the CLI.
import { setMaxListeners } from 'node:events';
import { maskingLogger, SecretMasker, silentLogger, type Logger } from '../util/log';
import { aggregate } from './aggregate';
import { apiError } from './apiErrors';
import { MAX_PAGE_SIZE, rankingsUrl, usersUrl, validateConnection, type ValidatedConnection } from './connection';
import { ReportError } from './errors';
import { abortableSleep, cancelledError, Limiter } from './limiter';
import { collectPages } from './paging';
import { reportSchemas, validateListAnswer, type RankingsPage } from './schemas';
import { TokenSource } from './tokens';
import { exceedsJsonValues } from './jsonValueCount';
import { logLine, parseRetryAfter, sendOnce, TransientFailure, withRetries, type RetryPolicy } from './transport';
import type {
  CompletionSummary,
  FetchPageOptions,
  FetchUsersOptions,
  ReportClientOptions,
  ReportConnection,
  SecretGetter,
  TeamCompletionOptions,
  TeamListResult,
  UsersPage,
  UsersReport,
} from './types';

/** One team's outcome in {@link ReportClient.teamCompletion}: figures, or the error to show on its node. */
export type TeamCompletion =
  | { team: string; ok: true; report: UsersReport; summary: CompletionSummary }
  | { team: string; ok: false; error: ReportError };

/** Counters for tests and diagnostics. */
export interface ReportClientStats {
  tokenRequests: number;
  apiRequests: number;
  retries: number;
}

/** Failures that concern every team alike: teamCompletion throws them instead of per-team errors. */
const RUN_WIDE_CODES = new Set(['AUTH_INVALID', 'TENANT_UNKNOWN', 'TOKEN_ENDPOINT_UNAVAILABLE', 'FORBIDDEN', 'EXT_1001', 'TLS_CERTIFICATE', 'CANCELLED']);
const RANKINGS_PAGE_SIZE = 100;
/**
 * Requests in flight per client. 5 keeps the two serial round trips of a run (token, page 1) a small
 * share of the total and stays gentle with the platform; see docs/benchmarks.md.
 */
export const DEFAULT_CONCURRENCY = 5;
const MAX_RANKING_PAGES = 1000;

/**
 * Token renewals one request may make while every token it is handed was accepted at least once
 * before (a platform that revokes tokens early): a bound for a server that never settles.
 */
const MAX_RENEWALS_PER_REQUEST = 20;
/**
 * JSON values allowed per list entry of an answer before it is parsed: a user record has about 25
 * (its fields, services and commas); the rest leaves room for fields the platform may add.
 */
const JSON_VALUES_PER_ENTRY = 200;
/** Characters of an error answer looked at for the platform's code and message. */
const MAX_ERROR_BODY_CHARS = 64 * 1024;

/** An answer and the token it was sent with. */
type Attempt = { token: string } & ({ ok: true; json: unknown } | { ok: false; status: number; text: string; contentType: string | null });

/** An AbortController that also aborts when `parent` does (to stop sibling requests after a failure). */
function linkedController(parent?: AbortSignal): AbortController {
  const controller = new AbortController();
  // Every queued page listens on it; hundreds of listeners are expected, not a leak.
  setMaxListeners(0, controller.signal);
  if (parent?.aborted) controller.abort();
  else parent?.addEventListener('abort', () => controller.abort(), { once: true });
  return controller;
}

function checkTeam(team: string | undefined): void {
  if (team === undefined) return;
  if (!team.trim() || team.length > 200 || /[\u0000-\u001f\u007f]/.test(team)) {
    throw new ReportError('INVALID_INPUT', 'A team name must be 1-200 characters without control characters.', { team });
  }
}

function checkPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new ReportError('INVALID_INPUT', `The page size must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  }
}

/**
 * Client of the Cyber Guru reporting API.
 *
 * - Tokens (client credentials) are cached until shortly before `expires_in`; an `EXT_1001` answer
 *   gets a fresh token and a retry, as long as the tokens handed out keep working at least once.
 * - Users are always read page by page: page 1, then the remaining pages with bounded concurrency.
 * - Every response is validated; every request has a timeout and honours the caller's AbortSignal.
 * - Every failure is a {@link ReportError} with a code, the HTTP status and a safe, actionable message.
 *
 * The constructor validates the connection (tenant, HTTPS unless loopback) and throws a ReportError
 * with code INVALID_INPUT or INSECURE_URL when it is unusable.
 */
export class ReportClient {
  readonly stats: ReportClientStats = { tokenRequests: 0, apiRequests: 0, retries: 0 };
  protected readonly logger: Logger;
  private readonly masker: SecretMasker;
  private readonly conn: ValidatedConnection;
  private readonly tokens: TokenSource;
  private readonly limiter: Limiter;
  private readonly retry: RetryPolicy;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly target: string;

  constructor(
    readonly connection: ReportConnection,
    getSecret: SecretGetter,
    options: ReportClientOptions = {},
  ) {
    this.conn = validateConnection(connection);
    this.masker = options.masker ?? new SecretMasker();
    this.logger = maskingLogger(options.logger ?? silentLogger, this.masker);
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.requestTimeoutMs ?? 30_000;
    this.now = options.now ?? Date.now;
    this.limiter = new Limiter(Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY));
    this.target = `reporting API at ${this.conn.apiUrl.host}`;
    this.retry = {
      maxRetries: options.maxRetries ?? 4,
      baseDelayMs: options.retryBaseDelayMs ?? 500,
      maxDelayMs: options.maxRetryDelayMs ?? 30_000,
      sleep: options.sleep ?? abortableSleep,
      onRetry: (error, delayMs, attempt) => {
        this.stats.retries++;
        logLine(this.logger, 'warn', `Retry ${attempt} in ${Math.round(delayMs)} ms after ${error.describe()}`);
      },
    };
    this.tokens = new TokenSource({
      connection: this.conn,
      getSecret,
      fetch: this.fetchImpl,
      timeoutMs: this.timeoutMs,
      retry: this.retry,
      now: this.now,
      marginSeconds: options.tokenRefreshMarginSeconds ?? 30,
      logger: this.logger,
      masker: this.masker,
      onRequest: () => this.stats.tokenRequests++,
    });
  }

  /** Gets a fresh token (ignoring the cache) to prove tenant, URLs and secret work. Throws ReportError. */
  async verifyCredentials(signal?: AbortSignal): Promise<void> {
    await this.tokens.fresh(signal);
  }

  /** Forgets the cached token (e.g. after sign-out or a secret change). */
  invalidateToken(): void {
    this.tokens.invalidate();
  }

  /** One page as the API returns it (validated). For "load more" style paging. */
  async fetchPage(page: number, options: FetchPageOptions = {}): Promise<UsersPage> {
    const { team, pageSize = MAX_PAGE_SIZE, signal } = options;
    checkTeam(team);
    checkPageSize(pageSize);
    if (!Number.isInteger(page) || page < 1) throw new ReportError('INVALID_INPUT', 'The page number must be 1 or more.');
    const what = `users page ${page} from the ${this.target}`;
    const schemas = reportSchemas();
    return this.getJson(
      usersUrl(this.conn, page, pageSize, team),
      { maxEntries: pageSize, what, read: (json) => validateListAnswer(json, 'users', schemas.usersEnvelope, schemas.user, pageSize, what) },
      team,
      signal,
    );
  }

  /**
   * All users (of a team when `team` is given): page 1, then the other pages with bounded concurrency,
   * de-duplicated by e-mail, cross-checked against `total_users`.
   */
  async fetchUsers(options: FetchUsersOptions = {}): Promise<UsersReport> {
    const { team, pageSize = MAX_PAGE_SIZE, onProgress } = options;
    checkTeam(team);
    checkPageSize(pageSize);
    const started = this.now();
    const controller = linkedController(options.signal);
    const report = await collectPages(
      (page) => this.fetchPage(page, { team, pageSize, signal: controller.signal }),
      { team, pageSize, generatedAt: new Date(started).toISOString(), onProgress, controller, callerSignal: options.signal },
    );
    const scope = team === undefined ? 'company' : `team ${JSON.stringify(team)}`;
    logLine(this.logger, 'info', `Read ${report.users.length} users of the ${scope} in ${report.pages} pages (${this.now() - started} ms)`);
    for (const warning of report.warnings) logLine(this.logger, 'warn', warning);
    return report;
  }

  /**
   * The company's team names from the rankings endpoint (`/ext/report/rankings?type=1`, all pages).
   * Resolves `{ available: false, reason }` when the endpoint answers 403/404, is missing or answers
   * in an unexpected format; other failures (credentials, network after retries, cancellation) throw.
   */
  async listTeams(signal?: AbortSignal): Promise<TeamListResult> {
    const teams: string[] = [];
    const seen = new Set<string>();
    for (let page = 1; page <= MAX_RANKING_PAGES; page++) {
      let answer: RankingsPage;
      try {
        const schemas = reportSchemas();
        const what = `team ranking from the ${this.target}`;
        answer = await this.getJson(
          rankingsUrl(this.conn, page, RANKINGS_PAGE_SIZE),
          {
            maxEntries: RANKINGS_PAGE_SIZE,
            what,
            read: (json) => validateListAnswer(json, 'teams', schemas.rankingsEnvelope, schemas.rankingTeam, RANKINGS_PAGE_SIZE, what),
          },
          undefined,
          signal,
        );
      } catch (err) {
        const unavailable = this.teamListUnavailable(err);
        if (unavailable) return unavailable;
        throw err;
      }
      for (const { team } of answer.teams) {
        const name = team.trim();
        if (!seen.has(name)) {
          seen.add(name);
          teams.push(name);
        }
      }
      const pagination = answer.pagination;
      const lastPage = pagination?.total_pages ?? pagination?.last_page ?? page;
      if (answer.teams.length === 0 || pagination?.has_next === false || page >= lastPage) break;
    }
    return { available: true, teams };
  }

  /**
   * Figures per team. A team that fails (e.g. EXT_1004) yields `{ ok: false, error }` while the others
   * load; failures that concern every team (AUTH_INVALID, TENANT_UNKNOWN, TOKEN_ENDPOINT_UNAVAILABLE,
   * FORBIDDEN, EXT_1001 after a fresh token, TLS_CERTIFICATE, CANCELLED) throw. Teams load concurrently within the client's request bound.
   */
  async teamCompletion(teams: readonly string[], options: TeamCompletionOptions = {}): Promise<TeamCompletion[]> {
    const threshold = options.threshold ?? 80;
    const controller = linkedController(options.signal);
    const names = [...new Set(teams)];
    try {
      return await Promise.all(
        names.map(async (team): Promise<TeamCompletion> => {
          try {
            const report = await this.fetchUsers({
              team,
              pageSize: options.pageSize,
              signal: controller.signal,
              onProgress: options.onProgress,
            });
            return { team, ok: true, report, summary: aggregate(report.users, threshold) };
          } catch (err) {
            if (!(err instanceof ReportError) || RUN_WIDE_CODES.has(err.code)) throw err;
            return { team, ok: false, error: err };
          }
        }),
      );
    } catch (err) {
      controller.abort();
      throw options.signal?.aborted ? cancelledError() : err;
    }
  }

  private teamListUnavailable(err: unknown): TeamListResult | undefined {
    if (!(err instanceof ReportError)) return undefined;
    if (err.status === 403 || err.status === 404) {
      return { available: false, reason: `Team list not available (HTTP ${err.status}); using the configured team names.` };
    }
    if (err.code === 'MALFORMED_RESPONSE') {
      return { available: false, reason: 'Team list not available (unexpected answer format); using the configured team names.' };
    }
    return undefined;
  }

  /**
   * GET with the bearer token and retries for transient failures; `read` validates the JSON. On
   * EXT_1001 the token is renewed as often as the tokens handed out keep working at least once; the
   * run fails when tokens never used before are rejected twice in a row for this request (a fresh
   * token from the login server refused: credentials or rights, not timing).
   */
  private async getJson<T>(
    url: string,
    answer: { maxEntries: number; what: string; read: (json: unknown) => T },
    team: string | undefined,
    signal?: AbortSignal,
  ): Promise<T> {
    let unusedTokensRejected = 0;
    for (let renewals = 0; ; renewals++) {
      const result = await withRetries(() => this.attempt(url, answer, signal), this.retry, signal);
      if (result.ok) {
        this.tokens.markAccepted(result.token);
        return answer.read(result.json);
      }
      const error = apiError(result.status, result.text, result.contentType, {
        team,
        target: this.target,
        maxRetries: this.retry.maxRetries,
        masker: this.masker,
      });
      if (error.code !== 'EXT_1001') {
        this.tokens.markAccepted(result.token);
        throw error;
      }
      // A token that worked before was revoked early: renew. One never used before was refused
      // outright; twice in a row means fresh tokens do not work at all.
      unusedTokensRejected = this.tokens.wasAccepted(result.token) ? 0 : unusedTokensRejected + 1;
      if (unusedTokensRejected >= 2 || renewals >= MAX_RENEWALS_PER_REQUEST) throw error;
      logLine(this.logger, 'info', `Token rejected (HTTP ${result.status}); getting a fresh one`);
      this.tokens.dropRejected(result.token);
    }
  }

  /**
   * One GET: transient statuses and unreadable JSON become TransientFailure for the retry loop. The
   * token is taken once the concurrency slot is granted, so a request that waited sends the newest
   * token. The slot is held only while the request is on the wire, so the next page is already
   * travelling while this one is parsed.
   */
  private async attempt(url: string, answer: { maxEntries: number; what: string }, signal?: AbortSignal): Promise<Attempt> {
    const started = this.now();
    const { response, token } = await this.limiter.run(async () => {
      const current = await this.tokens.get(signal);
      this.stats.apiRequests++;
      const sent = await sendOnce(
        this.fetchImpl,
        url,
        { method: 'GET', headers: { authorization: `Bearer ${current}`, accept: 'application/json' } },
        this.timeoutMs,
        signal,
        this.target,
      );
      return { response: sent, token: current };
    }, signal);
    logLine(this.logger, 'trace', `GET ${url} -> ${response.status} (${this.now() - started} ms)`);
    const contentType = response.headers.get('content-type');
    // An error body only yields a code and a short message: its head is enough, and a huge one is not parsed.
    if (response.status !== 200) response.text = response.text.slice(0, MAX_ERROR_BODY_CHARS);
    if (response.status === 429) {
      throw new TransientFailure(
        apiError(429, response.text, contentType, { target: this.target, maxRetries: this.retry.maxRetries, masker: this.masker }),
        parseRetryAfter(response.headers.get('retry-after'), Date.now()),
      );
    }
    if (response.status === 502 || response.status === 503 || response.status === 504) {
      throw new TransientFailure(apiError(response.status, response.text, contentType, { target: this.target, maxRetries: this.retry.maxRetries, masker: this.masker }));
    }
    if (response.status !== 200) return { token, ok: false, status: response.status, text: response.text, contentType };
    if (exceedsJsonValues(response.text, (answer.maxEntries + 1) * JSON_VALUES_PER_ENTRY)) {
      throw new ReportError(
        'MALFORMED_RESPONSE',
        `The ${answer.what} holds far more values than ${answer.maxEntries} entries can; it was not read. ` +
          'Check the API URL; if it is right, report this to Cyber Guru support.',
        { status: 200 },
      );
    }
    try {
      return { token, ok: true, json: JSON.parse(response.text) };
    } catch {
      // Cut-off bodies and proxy pages are usually passing trouble: worth the bounded retries.
      const html = /^\s*</.test(response.text);
      throw new TransientFailure(
        new ReportError(
          'MALFORMED_RESPONSE',
          html
            ? `The ${this.target} sent an HTML page instead of JSON (a proxy or login page may be in the way). Check the API URL.`
            : `The ${this.target} sent an answer that is not valid JSON (possibly cut off). Try again later.`,
          { status: 200 },
        ),
      );
    }
  }
}
