// One HTTP exchange with a timeout and cancellation, and the bounded retry loop around it.
// The whole body is read inside the timeout, so a server that stalls mid-body cannot hang a run, and
// at most MAX_ANSWER_BYTES of it, so a huge or endless answer cannot exhaust the host's memory.
import type { Logger } from '../util/log';
import { ReportError } from './errors';
import { cancelledError } from './limiter';
import { certificateProblem } from './tlsErrors';

/**
 * The most bytes read of one answer. A full page of 1,000 users is about 300 KB; 16 MB is far above
 * any real answer yet small enough that reading it cannot hurt the extension host.
 */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Thrown inside an attempt to ask the retry loop for another try (after `retryAfterMs` if given). */
export class TransientFailure {
  constructor(
    readonly error: ReportError,
    readonly retryAfterMs?: number,
  ) {}
}

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  onRetry: (error: ReportError, delayMs: number, attempt: number) => void;
}

/**
 * Sends one request. Resolves with any HTTP status; throws CANCELLED (caller aborted) or a
 * TransientFailure with TIMEOUT or NETWORK (refused, reset, body cut short).
 */
export async function sendOnce(
  fetchImpl: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  target: string,
  maxBytes = MAX_ANSWER_BYTES,
): Promise<HttpResponse> {
  if (signal?.aborted) throw cancelledError();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal, redirect: 'manual' });
    const text = await readBounded(response, maxBytes, controller, target);
    return { status: response.status, headers: response.headers, text };
  } catch (err) {
    if (err instanceof ReportError) throw err;
    // The cause may quote the URL or headers; it is deliberately not kept, only a certificate code.
    if (signal?.aborted) throw cancelledError();
    if (timedOut) {
      throw new TransientFailure(
        new ReportError('TIMEOUT', `The ${target} did not answer within ${duration(timeoutMs)}. Try again later.`),
      );
    }
    const certificate = certificateProblem(err, target);
    if (certificate) throw new ReportError('TLS_CERTIFICATE', certificate);
    throw new TransientFailure(
      new ReportError(
        'NETWORK',
        `Could not reach the ${target} (connection failed or was cut off). Check the URL and your network.`,
      ),
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Thrown past `maxBytes`: the answer is not one the API sends, and reading on would only cost memory. */
function tooLarge(target: string, maxBytes: number): ReportError {
  return new ReportError(
    'MALFORMED_RESPONSE',
    `The ${target} sent an answer larger than ${Math.round(maxBytes / (1024 * 1024))} MB, far more than any page of the ` +
      'documented format; it was not read. Check the API URL; if it is right, report this to Cyber Guru support.',
  );
}

/**
 * The body as UTF-8 text, read chunk by chunk and abandoned (connection aborted) as soon as it
 * passes `maxBytes`; a Content-Length above the bound stops it before the first chunk.
 */
async function readBounded(response: Response, maxBytes: number, controller: AbortController, target: string): Promise<string> {
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > maxBytes) {
    controller.abort();
    throw tooLarge(target, maxBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      void reader.cancel().catch(() => undefined);
      throw tooLarge(target, maxBytes);
    }
    chunks.push(value);
  }
  // TextDecoder drops a leading BOM as fetch's text() does.
  return new TextDecoder().decode(Buffer.concat(chunks, size));
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/** Seconds or an HTTP date, as in `Retry-After`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Runs `attempt` until it succeeds, throws a non-transient error, or `maxRetries` retries are spent
 * (then the last transient error is thrown). Backoff doubles with jitter; Retry-After wins when
 * given; every wait is capped by `maxDelayMs`.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (!(err instanceof TransientFailure)) throw err;
      if (n >= policy.maxRetries) throw err.error;
      const backoff = policy.baseDelayMs * 2 ** n * (0.5 + Math.random() / 2);
      const delay = Math.min(policy.maxDelayMs, err.retryAfterMs ?? backoff);
      policy.onRetry(err.error, delay, n + 1);
      await policy.sleep(delay, signal);
    }
  }
}

/** A log line (the client's logger masks it: see maskingLogger). */
export function logLine(logger: Logger, level: 'trace' | 'info' | 'warn', text: string): void {
  logger[level](text);
}
