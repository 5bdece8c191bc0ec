// The one error type of the reporting client: a stable code, the HTTP status when there was one,
// and a short message a user can act on. Messages are built only from codes, statuses, field names
// and user-supplied names (tenant, team), never from secrets, tokens or raw response bodies.

/** Error codes documented by the platform. EXT_1002 is not documented but belongs to the same range. */
export type PlatformErrorCode = 'EXT_1000' | 'EXT_1001' | 'EXT_1002' | 'EXT_1003' | 'EXT_1004';

export type ReportErrorCode =
  | PlatformErrorCode
  /** The token endpoint refused the client id / secret (HTTP 400/401). */
  | 'AUTH_INVALID'
  /** The token endpoint does not know the tenant (HTTP 404). */
  | 'TENANT_UNKNOWN'
  /** The token endpoint is unreachable or failing after retries. */
  | 'TOKEN_ENDPOINT_UNAVAILABLE'
  /** The reporting API refused the token's rights (HTTP 403). */
  | 'FORBIDDEN'
  /** Still HTTP 429 after the bounded retries. */
  | 'RATE_LIMITED'
  /** Any other non-success HTTP status (after retries for 5xx). */
  | 'HTTP_ERROR'
  /** DNS, connection refused/reset, or a body cut short, after retries. */
  | 'NETWORK'
  /** The server's TLS certificate was refused (untrusted, expired, wrong host name); not retried. */
  | 'TLS_CERTIFICATE'
  /** A request did not complete within the timeout, after retries. */
  | 'TIMEOUT'
  /** The caller aborted through its AbortSignal. */
  | 'CANCELLED'
  /** A response that is not JSON or does not match the documented shape (see `field`). */
  | 'MALFORMED_RESPONSE'
  /** A plain-HTTP URL to a non-loopback host, or a URL that is not http(s). */
  | 'INSECURE_URL'
  /** Bad input from the caller: tenant, URL, page size, team name. */
  | 'INVALID_INPUT';

export interface ReportErrorInit {
  status?: number;
  /** The team the failing request was about. */
  team?: string;
  /** For MALFORMED_RESPONSE: the path of the offending field, e.g. "users[3].services.channel.assigned". */
  field?: string;
  /** For EXT_1000 and similar: the platform's explanation, already checked to contain no secret. */
  detail?: string;
  cause?: unknown;
}

/**
 * Every failure of the reporting client. `message` is the short actionable text for the user (safe to
 * show and log); `code` is stable for programs; `status` is the HTTP status if a response arrived.
 */
export class ReportError extends Error {
  override readonly name = 'ReportError';
  readonly status?: number;
  readonly team?: string;
  readonly field?: string;
  readonly detail?: string;

  constructor(
    readonly code: ReportErrorCode,
    message: string,
    init: ReportErrorInit = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.team = init.team;
    this.field = init.field;
    this.detail = init.detail;
  }

  /** "EXT_1004 (HTTP 422): The team ... " — the form the CLI prints (status once, if not in the message). */
  describe(): string {
    const status = this.status === undefined || this.message.includes(`HTTP ${this.status}`) ? '' : ` (HTTP ${this.status})`;
    return `${this.code}${status}: ${this.message}`;
  }

  /** True when signing in again (new secret, tenant or URL) is what fixes it. */
  get needsSignIn(): boolean {
    return this.code === 'AUTH_INVALID' || this.code === 'TENANT_UNKNOWN' || this.code === 'FORBIDDEN' || this.code === 'EXT_1001';
  }
}

export function isReportError(err: unknown): err is ReportError {
  return err instanceof ReportError;
}
