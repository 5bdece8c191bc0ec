// Client-credentials tokens: fetched on demand, cached until shortly before `expires_in`, shared by
// concurrent requests (one request in flight at a time), renewed at most once per rejected token.
import type { Logger, SecretMasker } from '../util/log';
import { ReportError } from './errors';
import { cancelledError } from './limiter';
import { tokenUrl, type ValidatedConnection } from './connection';
import { reportSchemas, validate } from './schemas';
import { logLine, parseRetryAfter, sendOnce, TransientFailure, withRetries, type RetryPolicy } from './transport';
import type { SecretGetter } from './types';

/** Used when the token endpoint does not say how long the token lives. */
const DEFAULT_EXPIRES_IN_SECONDS = 60;

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
   * Called after the API rejected `rejected`: drops it and gets a new one, unless another request
   * already replaced it (then that newer token is used, so one revocation costs one token request).
   */
  renew(rejected: string, signal?: AbortSignal): Promise<string> {
    if (this.current?.token === rejected) this.current = undefined;
    return this.get(signal);
  }

  /** Always asks the token endpoint (to verify credentials), and caches the answer. */
  fresh(signal?: AbortSignal): Promise<string> {
    this.current = undefined;
    return this.get(signal);
  }

  invalidate(): void {
    this.current = undefined;
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
