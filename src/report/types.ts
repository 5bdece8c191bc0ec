// Data shapes of the Cyber Guru reporting API as the client hands them out (already validated).
// Field names follow the API (snake_case) so a report can be exported unchanged.
import type { Logger, SecretMasker } from '../util/log';

/** Modules assigned/completed for one service (Awareness or Channel). */
export interface ServiceProgress {
  assigned: number;
  completed: number;
  /** 0..100, two decimals; 0 when nothing is assigned. */
  completion_rate: number;
}

/** One user record of `GET /ext/report/users-progress-completion`. */
export interface UserProgress {
  email: string;
  assigned_total: number;
  completed_total: number;
  /** 0..100, two decimals. */
  completion_rate_total: number;
  services: { awareness: ServiceProgress; channel: ServiceProgress };
}

/** The `pagination` object of a paged response (all fields as documented). */
export interface Pagination {
  current_page: number;
  per_page: number;
  total_items: number;
  total_pages: number;
  from: number | null;
  to: number | null;
  has_next: boolean;
  has_prev: boolean;
  next_page: number | null;
  prev_page: number | null;
  first_page: number;
  last_page: number;
}

/** One page of users as returned by the API. `pagination` is absent on unpaged responses. */
export interface UsersPage {
  users: UserProgress[];
  total_users: number;
  pagination?: Pagination;
}

/** Where and as whom to connect. The secret is never part of it (see {@link SecretGetter}). */
export interface ReportConnection {
  /** Keycloak realm of the company, e.g. "acme". Validated; never spliced raw into a URL. */
  tenant: string;
  /** Base URL of the reporting API, e.g. "https://api.platform.cyberguru.eu". HTTPS unless loopback. */
  apiUrl: string;
  /** Base URL of the login server. Default {@link DEFAULT_LOGIN_URL}. HTTPS unless loopback. */
  loginUrl?: string;
  /** OAuth client id. Default {@link DEFAULT_CLIENT_ID}. */
  clientId?: string;
}

/** Returns the client secret when a token is needed (e.g. from VS Code SecretStorage or an env var). */
export type SecretGetter = () => Promise<string>;

/** Tuning and test seams. Every field is optional; defaults suit production. */
export interface ReportClientOptions {
  /** Injected fetch (defaults to the global fetch of Node 20 / VS Code). */
  fetch?: typeof globalThis.fetch;
  /** Per-request timeout in ms (connect + full body). Default 30000. */
  requestTimeoutMs?: number;
  /** Maximum API requests in flight at once for this client (pages and teams together). Default 5. */
  concurrency?: number;
  /** Retries for transient failures (network, 429, 502/503/504, truncated body). Default 4. */
  maxRetries?: number;
  /** First backoff delay in ms; doubles per attempt with jitter. Default 500. */
  retryBaseDelayMs?: number;
  /** Upper bound for any single wait, including a server's Retry-After, in ms. Default 30000. */
  maxRetryDelayMs?: number;
  /** Renew the token this many seconds before `expires_in` runs out. Default 30. */
  tokenRefreshMarginSeconds?: number;
  /** Receives trace/info/warn lines; every line is masked first (see masker). */
  logger?: Logger;
  /** Masks log lines and error messages; the client registers its secret and tokens with it. Default: one of its own. */
  masker?: SecretMasker;
  /** Clock for token expiry (ms since epoch). Default Date.now. */
  now?: () => number;
  /** Waits between retries; must reject when `signal` aborts. Test seam (records the delays asked for). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Progress of a paged run, reported after page 1 and after every further page. */
export interface ReportProgress {
  team?: string;
  pagesDone: number;
  pagesTotal: number;
  usersSoFar: number;
  /** `total_users` as announced by page 1. */
  totalUsers: number;
}

export interface FetchUsersOptions {
  /** Only this team's users (`team=`). */
  team?: string;
  /** `limit` per page, 1..1000. Default 1000. */
  pageSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ReportProgress) => void;
}

export interface FetchPageOptions {
  team?: string;
  pageSize?: number;
  signal?: AbortSignal;
}

/** All users of a company or team, read page by page and de-duplicated by e-mail. */
export interface UsersReport {
  team?: string;
  /** ISO time the run started. */
  generated_at: string;
  users: UserProgress[];
  /** `total_users` announced by the first page. */
  total_users: number;
  pages: number;
  /** Records dropped because their e-mail (case-insensitive) had already arrived. */
  duplicates: number;
  /** False when the data changed under the run (counts disagree); see `warnings`. */
  consistent: boolean;
  /** Human-readable notes, e.g. "The data changed during the run: ...". */
  warnings: string[];
}

/** Result of team discovery through the rankings endpoint. */
export type TeamListResult =
  | { available: true; teams: string[] }
  | { available: false; /** e.g. "Team list not available (HTTP 403)." */ reason: string };

/** Aggregated figures of one service across a set of users. */
export interface ServiceSummary {
  assigned: number;
  completed: number;
  /** completed / assigned x 100, two decimals; 0 when nothing is assigned. */
  completion_rate: number;
  /** Users with this service at 100 % (among those with something assigned). */
  users_complete: number;
}

/** Aggregated figures of a set of users (a company or a team). */
export interface CompletionSummary {
  users: number;
  assigned_total: number;
  completed_total: number;
  /** completed_total / assigned_total x 100, two decimals (the API's per-user rule). */
  completion_rate: number;
  /** Users whose completion_rate_total is 100. */
  users_complete: number;
  /** Users whose completion_rate_total is below `threshold`. */
  users_below_threshold: number;
  threshold: number;
  awareness: ServiceSummary;
  channel: ServiceSummary;
}

export interface TeamCompletionOptions {
  pageSize?: number;
  /** Percentage for `users_below_threshold`. Default 80. */
  threshold?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ReportProgress) => void;
}
