// Connection validation and URL building. The tenant and team come from users and are always
// validated and percent-encoded; URLs must be HTTPS unless they point at this machine (emulator).
import { ReportError } from './errors';
import type { ReportConnection } from './types';

export const DEFAULT_LOGIN_URL = 'https://login.platform.cyberguru.eu';
export const DEFAULT_CLIENT_ID = 'ext-api';
export const MAX_PAGE_SIZE = 1000;

/** Realm names: letters, digits, dot, dash, underscore; no leading dot so it can never be "..". */
const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const CLIENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** True for 127.0.0.0/8, ::1 and localhost: the only hosts plain HTTP may reach. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return v4 !== null && v4.slice(1).every((part) => Number(part) <= 255);
}

/** Parses a base URL: http(s) only, HTTPS unless loopback, no credentials, query or fragment. */
export function parseBaseUrl(label: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ReportError('INVALID_INPUT', `The ${label} is not a valid URL. Enter it as https://host[/path].`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ReportError('INSECURE_URL', `The ${label} must start with https://.`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ReportError('INSECURE_URL', `The ${label} must use HTTPS (plain HTTP is allowed only for 127.0.0.1 or localhost).`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ReportError('INVALID_INPUT', `The ${label} must not contain a user name, password, query or fragment.`);
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** A connection with defaults applied and every part checked. */
export interface ValidatedConnection {
  tenant: string;
  clientId: string;
  apiUrl: URL;
  loginUrl: URL;
}

/**
 * Checks tenant, client id and both URLs; throws ReportError (INVALID_INPUT or INSECURE_URL) with a
 * message that names the bad field. Useful to validate a sign-in form before any request.
 */
export function validateConnection(connection: ReportConnection): ValidatedConnection {
  const tenant = connection.tenant?.trim() ?? '';
  if (!TENANT_PATTERN.test(tenant)) {
    throw new ReportError(
      'INVALID_INPUT',
      'The tenant must be your company realm name: letters, digits, ".", "-" or "_" (as given by Cyber Guru).',
    );
  }
  const clientId = connection.clientId?.trim() || DEFAULT_CLIENT_ID;
  if (!CLIENT_ID_PATTERN.test(clientId)) {
    throw new ReportError('INVALID_INPUT', 'The client id may contain only letters, digits, ".", ":", "-" or "_".');
  }
  return {
    tenant,
    clientId,
    apiUrl: parseBaseUrl('API URL', connection.apiUrl ?? ''),
    loginUrl: parseBaseUrl('login URL', connection.loginUrl?.trim() || DEFAULT_LOGIN_URL),
  };
}

/** Appends path segments (already encoded) and query parameters to a base URL. */
function join(base: URL, path: string, query: Record<string, string | number | undefined> = {}): string {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.href;
}

export function tokenUrl(c: ValidatedConnection): string {
  return join(c.loginUrl, `/realms/${encodeURIComponent(c.tenant)}/protocol/openid-connect/token`);
}

export function usersUrl(c: ValidatedConnection, page: number, limit: number, team?: string): string {
  return join(c.apiUrl, '/ext/report/users-progress-completion', { team, limit, page });
}

export function rankingsUrl(c: ValidatedConnection, page: number, limit: number): string {
  return join(c.apiUrl, '/ext/report/rankings', { type: 1, limit, page });
}
