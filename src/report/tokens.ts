// Client-credentials tokens: fetched on demand, cached until shortly before `expires_in`, shared by
// concurrent requests (one token request in flight at a time), dropped when the API rejects them.
// The source remembers which recent tokens the API accepted at least once, so the client can tell a
// token revoked early (renew and go on) from a fresh token refused (stop).
import type { Logger, SecretMasker } from '../util/log';
import { ReportError } from './errors';
import { cancelledError } from './limiter';
import { tokenUrl, type ValidatedConnection } from './connection';
import { exceedsJsonValues } from './jsonValueCount';
import { reportSchemas, validate } from './schemas';
import { logLine, parseRetryAfter, sendOnce, TransientFailure, withRetries, type RetryPolicy } from './transport';
import type { SecretGetter } from './types';

/** Used when the token endpoint does not say how long the token lives. */
const DEFAULT_EXPIRES_IN_SECONDS = 60;
/** JSON values a token answer may hold (Keycloak sends about ten fields). */
const MAX_TOKEN_ANSWER_VALUES = 1000;
/** Accepted tokens remembered: a request only ever asks about a token it was handed moments ago. */
const ACCEPTED_TOKENS_KEPT = 16;

export interface TokenSourceDeps {
  connection: ValidatedConnection;
  getSecret: SecretGetter;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  now: () => number;
  marginSeconds: number;
  logger: Logger;
  /** The client's masker: the secret and each token are registered with it. */
  masker: SecretMasker;
  onRequest: () => void;
}

/** Resolves with `promise`, or rejects with CANCELLED when `signal` aborts first. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(cancelledError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

export class TokenSource {
  private current?: { token: string; refreshAt: number };
  private pending?: Promise<string>;
  private readonly accepted = new Set<string>();
  private readonly target: string;

  constructor(private readonly deps: TokenSourceDeps) {
    this.target = `login server at ${deps.connection.loginUrl.host}`;
  }

  /** The cached token, or a new one when none is cached or it is about to expire. */
  get(signal?: AbortSignal): Promise<string> {
    if (this.current && this.deps.now() < this.current.refreshAt) return Promise.resolve(this.current.token);
    return untilAborted(this.request(), signal);
  }

  /**
   * Called after the API rejected `rejected`: the next get() fetches a new token, unless another
   * request already replaced it (then that newer token is used, so one revocation costs one token
   * request).
   */
  dropRejected(rejected: string): void {
    if (this.current?.token === rejected) this.current = undefined;
  }

  /** The API answered a request sent with `token` (it was not rejected as expired or invalid). */
  markAccepted(token: string): void {
    if (this.accepted.has(token)) return;
    this.accepted.add(token);
    if (this.accepted.size > ACCEPTED_TOKENS_KEPT) {
      const oldest = this.accepted.values().next().value;
      if (oldest !== undefined) this.accepted.delete(oldest);
    }
  }

  /** True when the API accepted `token` at least once (so a rejection now means it was revoked early). */
  wasAccepted(token: string): boolean {
    return this.accepted.has(token);
  }

  /** Always asks the token endpoint (to verify credentials), and caches the answer. */
  fresh(signal?: AbortSignal): Promise<string> {
    this.current = undefined;
    return this.get(signal);
  }

  invalidate(): void {
    this.current = undefined;
    this.accepted.clear();
  }

  /** One token request shared by every caller that needs a token meanwhile. */
  private request(): Promise<string> {
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const { connection, retry } = this.deps;
    const secret = await this.readSecret();
    const body = new URLSearchParams({
      client_id: connection.clientId,
      client_secret: secret,
      grant_type: 'client_credentials',
    }).toString();
    const url = tokenUrl(connection);
    return withRetries(async () => {
      this.deps.onRequest();
      const started = this.deps.now();
      const response = await this.send(url, body);
      logLine(this.deps.logger, 'trace', `POST ${url} -> ${response.status} (${this.deps.now() - started} ms)`);
      if (response.status === 200) return this.accept(response.text);
      throw this.failure(response.status, response.headers.get('retry-after'));
    }, retry);
  }

  private async readSecret(): Promise<string> {
    let secret: string | undefined;
    try {
      secret = await this.deps.getSecret();
    } catch {
      secret = undefined;
    }
    if (!secret) {
      throw new ReportError('AUTH_INVALID', 'No client secret is available. Sign in to Cyber Guru again.');
    }
    this.deps.masker.register(secret);
    return secret;
  }

  private async send(url: string, body: string) {
    try {
      return await sendOnce(
        this.deps.fetch,
        url,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body },
        this.deps.timeoutMs,
        undefined,
        this.target,
      );
    } catch (err) {
      if (err instanceof TransientFailure) {
        throw new TransientFailure(new ReportError('TOKEN_ENDPOINT_UNAVAILABLE', err.error.message, { cause: err.error }));
      }
      throw err;
    }
  }

  private accept(text: string): string {
    let json: unknown;
    try {
      // A token answer has a handful of fields: one with thousands of values is not parsed at all.
      if (exceedsJsonValues(text, MAX_TOKEN_ANSWER_VALUES)) throw new Error('not a token answer');
      json = JSON.parse(text);
    } catch {
      throw new TransientFailure(
        new ReportError('MALFORMED_RESPONSE', `The ${this.target} sent a token answer that is not JSON. Check the login URL.`),
      );
    }
    const parsed = validate(reportSchemas().token, json, `${this.target}'s token answer`);
    this.deps.masker.register(parsed.access_token);
    const lifetime = parsed.expires_in ?? DEFAULT_EXPIRES_IN_SECONDS;
    // A short-lived token still gets used for most of its life: the margin is at most half of it.
    const margin = Math.min(this.deps.marginSeconds, lifetime / 2);
    this.current = { token: parsed.access_token, refreshAt: this.deps.now() + (lifetime - margin) * 1000 };
    return parsed.access_token;
  }

  private failure(status: number, retryAfter: string | null): ReportError | TransientFailure {
    const tenant = JSON.stringify(this.deps.connection.tenant);
    if (status === 400 || status === 401 || status === 403) {
      return new ReportError(
        'AUTH_INVALID',
        `The ${this.target} refused the client credentials for tenant ${tenant} (HTTP ${status}). ` +
          'Check the client secret and sign in again.',
        { status },
      );
    }
    if (status === 404) {
      return new ReportError(
        'TENANT_UNKNOWN',
        `The ${this.target} does not know the tenant ${tenant} (HTTP 404). Check the tenant name given by ` +
          'Cyber Guru and the login URL.',
        { status },
      );
    }
    const unavailable = new ReportError(
      'TOKEN_ENDPOINT_UNAVAILABLE',
      `The ${this.target} answered HTTP ${status}. Try again later; check the login URL if it persists.`,
      { status },
    );
    if (status === 429 || status >= 500) {
      return new TransientFailure(unavailable, parseRetryAfter(retryAfter, Date.now()));
    }
    return unavailable;
  }
}
