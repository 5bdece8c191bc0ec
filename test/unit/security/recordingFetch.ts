// A fetch stand-in that records every request the report client makes and answers like the platform
// (a token, then an empty users page), so URLs and bodies can be checked without any network.
export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string;
  redirect: RequestInit['redirect'];
}

export function recordingFetch(answer?: (url: URL) => Response | undefined): { fetch: typeof globalThis.fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    requests.push({
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : init.body instanceof URLSearchParams ? init.body.toString() : '',
      redirect: init.redirect,
    });
    const custom = answer?.(url);
    if (custom) return custom;
    if (url.pathname.endsWith('/openid-connect/token')) {
      return Response.json({ access_token: 'tok-0123456789-abcdef', expires_in: 300, token_type: 'Bearer' });
    }
    return Response.json({ users: [], total_users: 0 });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}
