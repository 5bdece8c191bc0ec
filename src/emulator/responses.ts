// Building blocks of the emulator's answers: JSON, platform errors in a chosen body style, and the
// pagination object exactly as the guide lists its fields.
import type { ServerResponse } from 'node:http';
import type { Pagination } from '../report/types';
import type { ErrorBodyStyle } from './faults';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string, contentType: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A platform error (`EXT_100x`) in one of the body styles the client must understand. */
export function sendPlatformError(res: ServerResponse, status: number, code: string, message: string, style: ErrorBodyStyle = 'flat'): void {
  switch (style) {
    case 'nested':
      return sendJson(res, status, { error: { code, message } });
    case 'text':
      return sendText(res, status, `${code} - ${message}`, 'text/plain; charset=utf-8');
    case 'empty':
      res.writeHead(status, { 'content-length': 0 });
      res.end();
      return;
    default:
      return sendJson(res, status, { code, message, status });
  }
}

export function htmlErrorPage(status: number): string {
  return `<!DOCTYPE html>\n<html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n`;
}

/** The guide's pagination object for `page` of `totalItems` items at `perPage` per page. */
export function pagination(page: number, perPage: number, totalItems: number): Pagination {
  const totalPages = Math.max(1, Math.ceil(totalItems / perPage));
  const from = totalItems === 0 ? null : (page - 1) * perPage + 1;
  const to = totalItems === 0 ? null : Math.min(page * perPage, totalItems);
  return {
    current_page: page,
    per_page: perPage,
    total_items: totalItems,
    total_pages: totalPages,
    from,
    to,
    has_next: page < totalPages,
    has_prev: page > 1,
    next_page: page < totalPages ? page + 1 : null,
    prev_page: page > 1 ? page - 1 : null,
    first_page: 1,
    last_page: totalPages,
  };
}

export type PagingParams = { paged: false } | { paged: true; page: number; limit: number };

/**
 * Reads `limit` and `page` as the API does: neither -> unpaged answer; a bad value -> the message
 * of the EXT_1000 error to send.
 */
export function readPaging(params: URLSearchParams): PagingParams | { error: string } {
  const limitText = params.get('limit');
  const pageText = params.get('page');
  if (limitText === null && pageText === null) return { paged: false };
  const limit = limitText === null ? 10 : Number(limitText);
  if (!/^\d+$/.test(limitText ?? '10') || limit < 1 || limit > 1000) {
    return { error: "Invalid parameter 'limit': allowed values are whole numbers from 1 to 1000" };
  }
  const page = pageText === null ? 1 : Number(pageText);
  if (!/^\d+$/.test(pageText ?? '1') || page < 1) {
    return { error: "Invalid parameter 'page': allowed values are whole numbers from 1" };
  }
  return { paged: true, page, limit };
}
