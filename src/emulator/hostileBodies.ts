// Answers no real platform sends, for proving the client reads a bounded amount of any answer: a
// huge list of empty users and a body that never ends.
import type { ServerResponse } from 'node:http';

const OPEN = '{"users":[';
const CLOSE = '{}],"total_users":1}';
/** One write of the endless body: 64 KB of `{},`. */
const ENDLESS_CHUNK = Buffer.from('{},'.repeat(21_845), 'utf8');

/** `{"users":[{},{},...],"total_users":1}` of about `megabytes` MB, with its Content-Length. */
export function sendHugeBody(res: ServerResponse, megabytes: number): void {
  const repeats = Math.max(0, Math.floor((megabytes * 1024 * 1024 - OPEN.length - CLOSE.length) / 3));
  const body = Buffer.from(OPEN + '{},'.repeat(repeats) + CLOSE, 'utf8');
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
}

/** `{"users":[{},{},...` written as fast as the client reads, until the client hangs up. */
export function sendEndlessBody(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write(OPEN);
  const pump = (): void => {
    while (!res.destroyed && !res.writableEnded) {
      if (!res.write(ENDLESS_CHUNK)) {
        res.once('drain', pump);
        return;
      }
    }
  };
  pump();
}
