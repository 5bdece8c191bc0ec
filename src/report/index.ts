/**
 * Public surface of the reporting engine (pure TypeScript, no `vscode`): the API client, aggregation,
 * export formats, the error type and the data types. The sidebar and the CLI import only from here.
 *
 * @example
 * const client = new ReportClient({ tenant: 'acme', apiUrl: 'https://api.example' }, async () => secret);
 * await client.verifyCredentials();
 * const report = await client.fetchUsers({ team: 'Sales', onProgress: (p) => ... });
 * const summary = aggregate(report.users, 80);
 */
export { ReportClient, DEFAULT_CONCURRENCY, type TeamCompletion, type ReportClientStats } from './client';
export { ReportError, isReportError, type ReportErrorCode, type PlatformErrorCode } from './errors';
export { aggregate, completionRate } from './aggregate';
export {
  DEFAULT_LOGIN_URL,
  DEFAULT_CLIENT_ID,
  MAX_PAGE_SIZE,
  validateConnection,
  isLoopbackHost,
} from './connection';
export { reportToJson, usersToCsv, type ReportJson, type TeamJson } from './exportFormats';
export type {
  CompletionSummary,
  FetchPageOptions,
  FetchUsersOptions,
  Pagination,
  ReportClientOptions,
  ReportConnection,
  ReportProgress,
  SecretGetter,
  ServiceProgress,
  ServiceSummary,
  TeamCompletionOptions,
  TeamListResult,
  UserProgress,
  UsersPage,
  UsersReport,
} from './types';
