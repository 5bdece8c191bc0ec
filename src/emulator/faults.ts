// Switchable faults of the emulator. Counted faults hit API requests number after+1 .. after+count,
// counted from the last setFaults call, so tests can say "the 3rd and 4th request fail".

/** Requests `after`+1 to `after`+`count` (counted since setFaults) are hit. */
export interface CountedFault {
  count: number;
  after?: number;
}

/** How error bodies look (the real format is not documented; the client must cope with all). */
export type ErrorBodyStyle = 'flat' | 'nested' | 'text' | 'empty';

export interface EmulatorFaults {
  /** Delay before every answer, token endpoint included. */
  latencyMs?: number;
  /** Once `after` API requests were served, every token issued so far is rejected (EXT_1001). */
  revokeTokens?: { after: number };
  /**
   * Every `N` ms (counted from setFaults), every token issued so far is revoked, whatever
   * `expires_in` said: a proxy or a short server-side lifetime.
   */
  revokeTokensEveryMs?: number;
  /** 200 with `{"users":[{},{},...]}` of about `megabytes` MB (Content-Length given). */
  hugeBody?: CountedFault & { megabytes: number };
  /** 200 with a body that never ends (`{"users":[{},{},...` until the client hangs up). */
  endlessBody?: CountedFault;
  /** Gateway-style 502/503/504 (default 503). */
  transient?: CountedFault & { status?: 502 | 503 | 504 };
  /** HTTP 429 with Retry-After. */
  rateLimit?: CountedFault & { retryAfterSeconds: number };
  /** An HTML error page (default status 502) as proxies send. */
  htmlErrorPage?: CountedFault & { status?: number };
  /** A platform error with the given status and code, e.g. 404 EXT_1003. */
  forcedError?: CountedFault & { status: number; code: string; message?: string };
  /** 200 with a body that is not JSON. */
  malformedJson?: CountedFault;
  /** 200 whose body stops halfway (Content-Length matches the cut body). */
  truncatedBody?: CountedFault;
  /** Headers and half the body, then the connection is destroyed. */
  connectionReset?: CountedFault;
  /** Headers and half the body, then nothing (the client's timeout must end it). */
  stallBody?: CountedFault;
  /** A user record with `completed_total` as a string. */
  badField?: CountedFault;
  /** Once `after` API requests were served, `delta` users are added (or removed) at the front. */
  dataChange?: { after: number; delta: number };
  /** The token endpoint answers 503 (or resets the connection) for `count` requests. */
  tokenEndpointDown?: CountedFault & { mode?: 'status' | 'reset' };
  /** `expires_in` announced with new tokens (default 300); tokens really expire then. */
  expiresInSeconds?: number;
  errorBodyStyle?: ErrorBodyStyle;
  /** The rankings endpoint answers normally, or with 403/404. */
  rankings?: 'ok' | 403 | 404;
}

/** True when request number `n` (1-based since setFaults) is hit by `fault`. */
export function hits(fault: CountedFault | undefined, n: number): boolean {
  if (!fault) return false;
  const after = fault.after ?? 0;
  return n > after && n <= after + fault.count;
}
