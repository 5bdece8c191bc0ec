// Turns a failed reporting-API answer into a ReportError. The error body format is not documented,
// so the EXT_ code is looked for in common JSON fields first, then anywhere in the text, and
// finally derived from the HTTP status as the guide's table pairs them.
import { SecretMasker } from '../util/log';
import { ReportError, type PlatformErrorCode } from './errors';

const CODE_PATTERN = /\bEXT_(100[0-4])\b/;
const CODE_FIELDS = ['code', 'error_code', 'errorCode', 'error', 'status_code', 'type'];
const MESSAGE_FIELDS = ['message', 'detail', 'description', 'error_description', 'msg', 'error'];

/** The guide's status -> code table, used when the body names no code. */
const CODE_BY_STATUS: Record<number, PlatformErrorCode> = { 400: 'EXT_1000', 404: 'EXT_1003', 422: 'EXT_1004', 500: 'EXT_1001' };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Objects to look into: the body, its `error`, and the first of `errors`. */
function candidates(body: unknown): Record<string, unknown>[] {
  if (typeof body !== 'object' || body === null) return [];
  const root = body as Record<string, unknown>;
  const out = [root];
  if (typeof root.error === 'object' && root.error !== null) out.push(root.error as Record<string, unknown>);
  if (Array.isArray(root.errors) && typeof root.errors[0] === 'object' && root.errors[0] !== null) {
    out.push(root.errors[0] as Record<string, unknown>);
  }
  return out;
}

/** The EXT_100x code in the body, wherever it is. */
export function findPlatformCode(text: string): PlatformErrorCode | undefined {
  for (const obj of candidates(parseJson(text))) {
    for (const field of CODE_FIELDS) {
      const match = typeof obj[field] === 'string' ? CODE_PATTERN.exec(obj[field] as string) : null;
      if (match) return `EXT_${match[1]}` as PlatformErrorCode;
    }
  }
  const match = CODE_PATTERN.exec(text);
  return match ? (`EXT_${match[1]}` as PlatformErrorCode) : undefined;
}

/** The platform's own explanation (e.g. which parameter is wrong), cleaned and kept short. */
export function findPlatformMessage(text: string, masker: SecretMasker = new SecretMasker()): string | undefined {
  const body = parseJson(text);
  let message: string | undefined;
  for (const obj of candidates(body)) {
    for (const field of MESSAGE_FIELDS) {
      const value = obj[field];
      if (typeof value === 'string' && value.trim() && !/^EXT_\d{4}$/.test(value.trim())) {
        message ??= value;
      }
    }
  }
  if (message === undefined && body === undefined && !/^\s*</.test(text)) message = text;
  if (message === undefined) return undefined;
  const clean = masker.mask(message.replace(/\bEXT_\d{4}\b[:\s-]*/g, '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim());
  if (!clean) return undefined;
  return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}

export function looksLikeHtml(text: string, contentType: string | null): boolean {
  return /text\/html/i.test(contentType ?? '') || /^\s*<(!doctype|html|head|body)/i.test(text);
}

export interface ApiErrorContext {
  team?: string;
  /** "reporting API at api.example.com" */
  target: string;
  maxRetries: number;
  /** The client's masker: a platform message that echoes a secret shows it masked. */
  masker?: SecretMasker;
}

/**
 * A ReportError for a non-success answer that is not retried (or no longer). EXT_1001 is returned
 * as is; the caller decides whether a fresh token is worth one retry.
 */
export function apiError(status: number, text: string, contentType: string | null, ctx: ApiErrorContext): ReportError {
  const html = looksLikeHtml(text, contentType);
  const code = findPlatformCode(text) ?? (html ? undefined : CODE_BY_STATUS[status]);
  const detail = html ? undefined : findPlatformMessage(text, ctx.masker);
  const init = { status, team: ctx.team, detail };
  const teamName = ctx.team === undefined ? undefined : JSON.stringify(ctx.team);
  switch (code) {
    case 'EXT_1000':
      return new ReportError(
        'EXT_1000',
        `The platform rejected a request parameter${detail ? `: ${detail}` : ''}. ` +
          `Check the team name${teamName ? ` ${teamName}` : ''} and the page size (1-1000), then run again.`,
        init,
      );
    case 'EXT_1001':
      return new ReportError(
        'EXT_1001',
        'The platform rejected the access token (expired or invalid) even after a fresh sign-in. ' +
          'Sign in again; if it persists, ask Cyber Guru to check the API client.',
        init,
      );
    case 'EXT_1003':
      return new ReportError(
        'EXT_1003',
        'The platform could not retrieve the data. Check the API URL; if it is right, try again later ' +
          'or contact Cyber Guru support.',
        init,
      );
    case 'EXT_1004':
      return new ReportError(
        'EXT_1004',
        `The team ${teamName ?? '(none)'} does not exist in the company. Check the exact spelling on the ` +
          'platform, or remove it from the team list.',
        init,
      );
    case 'EXT_1002':
      return new ReportError('EXT_1002', 'The platform answered with an undocumented error. Try again later or contact Cyber Guru support.', init);
    default:
      break;
  }
  if (status === 401) {
    return new ReportError('EXT_1001', 'The platform rejected the access token. Sign in again.', init);
  }
  if (status === 403) {
    return new ReportError(
      'FORBIDDEN',
      'The API client is not allowed to read reports (HTTP 403). Ask Cyber Guru to enable reporting for the client.',
      init,
    );
  }
  if (status === 429) {
    return new ReportError(
      'RATE_LIMITED',
      `The platform is limiting requests and still was after ${ctx.maxRetries} retries. Try again in a few minutes.`,
      init,
    );
  }
  if (status >= 300 && status < 400) {
    return new ReportError('HTTP_ERROR', `The ${ctx.target} redirects elsewhere. Enter the final API URL (https://...).`, init);
  }
  const page = html ? ' with an HTML page instead of JSON (a proxy or login page may be in the way)' : '';
  return new ReportError(
    'HTTP_ERROR',
    `The ${ctx.target} answered HTTP ${status}${page}. Check the API URL; if it is right, try again later.`,
    init,
  );
}
