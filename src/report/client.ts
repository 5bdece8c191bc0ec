// The reporting API client shared by the sidebar and the CLI.
import { silentLogger, type Logger } from '../util/log';
import type {
  FetchPageOptions,
  FetchUsersOptions,
  ReportClientOptions,
  ReportConnection,
  SecretGetter,
  TeamCompletionOptions,
  TeamListResult,
  UsersPage,
  UsersReport,
  CompletionSummary,
} from './types';
import type { ReportError } from './errors';

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

/**
 * Client of the Cyber Guru reporting API.
 *
 * - Tokens (client credentials) are cached until shortly before `expires_in`; an `EXT_1001` answer
 *   gets one fresh token and one retry.
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

  constructor(
    readonly connection: ReportConnection,
    protected readonly getSecret: SecretGetter,
    protected readonly options: ReportClientOptions = {},
  ) {
    this.logger = options.logger ?? silentLogger;
  }

  /** Gets a fresh token (ignoring the cache) to prove tenant, URLs and secret work. Throws ReportError. */
  async verifyCredentials(_signal?: AbortSignal): Promise<void> {
    throw new Error('not implemented');
  }

  /** Forgets the cached token (e.g. after sign-out or a secret change). */
  invalidateToken(): void {}

  /** One page as the API returns it (validated). For "load more" style paging. */
  async fetchPage(_page: number, _options: FetchPageOptions = {}): Promise<UsersPage> {
    throw new Error('not implemented');
  }

  /**
   * All users (of a team when `team` is given): page 1, then the other pages with bounded concurrency,
   * de-duplicated by e-mail, cross-checked against `total_users`.
   */
  async fetchUsers(_options: FetchUsersOptions = {}): Promise<UsersReport> {
    throw new Error('not implemented');
  }

  /**
   * The company's team names from the rankings endpoint (`/ext/report/rankings?type=1`, all pages).
   * Resolves `{ available: false, reason }` when the endpoint answers 403/404 or is missing; other
   * failures (credentials, network after retries, cancellation) throw ReportError.
   */
  async listTeams(_signal?: AbortSignal): Promise<TeamListResult> {
    throw new Error('not implemented');
  }

  /**
   * Figures per team. A team that fails (e.g. EXT_1004) yields `{ ok: false, error }` while the others
   * load; failures that concern every team (AUTH_INVALID, TENANT_UNKNOWN, FORBIDDEN, CANCELLED) throw.
   */
  async teamCompletion(_teams: readonly string[], _options: TeamCompletionOptions = {}): Promise<TeamCompletion[]> {
    throw new Error('not implemented');
  }
}
