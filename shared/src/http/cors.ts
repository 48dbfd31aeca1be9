import type { IncomingMessage, ServerResponse } from 'node:http';

/** Which browser pages on other origins may call a service, and how. */
export interface CorsPolicy {
  /** Exact origins (`https://app.example.org`): no wildcard, no path. */
  origins: readonly string[];
  /** Whether a listed page may send cookies or HTTP authentication (`Access-Control-Allow-Credentials`). */
  credentials: boolean;
  /** How long a browser may reuse a preflight's answer (`Access-Control-Max-Age`). */
  maxAgeSeconds: number;
  /** The request headers a listed page may send (`Access-Control-Allow-Headers`). */
  allowedHeaders: readonly string[];
  /** The methods a listed page may use (`Access-Control-Allow-Methods`). */
  allowedMethods: readonly string[];
}

/** Adds `value` (one header name or several, comma-separated) to the answer's Vary header, keeping what is there. */
export function appendVary(res: ServerResponse, value: string): void {
  const names = (header: unknown) =>
    (Array.isArray(header) ? header.join(',') : String(header ?? ''))
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  const values = names(res.getHeader('vary'));
  for (const name of names(value)) {
    if (!values.some((v) => v === '*' || v.toLowerCase() === name.toLowerCase())) values.push(name);
  }
  res.setHeader('vary', values.join(', '));
}

/**
 * Sets the CORS headers of one answer, and answers a preflight itself (returns true).
 * Every answer varies by Origin, so no shared cache hands one origin's answer to
 * another. A page on an unlisted origin gets no `Access-Control-Allow-Origin`: its
 * browser keeps the answer from it. Nothing here relaxes CSRF prevention: a request
 * without a preflight still needs a header that forces one (see Apollo's csrfPrevention).
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy): boolean {
  appendVary(res, 'Origin');
  const origin = req.headers.origin;
  const listed = typeof origin === 'string' && policy.origins.includes(origin);
  if (listed) {
    res.setHeader('access-control-allow-origin', origin);
    if (policy.credentials) res.setHeader('access-control-allow-credentials', 'true');
  }
  const preflight = req.method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string';
  if (!preflight) return false;
  if (listed) {
    res.setHeader('access-control-allow-methods', policy.allowedMethods.join(', '));
    res.setHeader('access-control-allow-headers', policy.allowedHeaders.join(', '));
    res.setHeader('access-control-max-age', String(policy.maxAgeSeconds));
  }
  res.statusCode = 204;
  res.end();
  req.resume();
  return true;
}
