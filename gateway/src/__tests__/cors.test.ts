import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import {
  startGatewayOver,
  startStack,
  subgraphsOf,
  type RunningService,
  type Stack,
} from '@partnership-graph/shared/testing';

/**
 * A page on another origin calls the gateway from a browser: an origin listed in
 * CORS_ORIGINS gets its preflight answered and may read the answers, any other origin
 * gets no Access-Control-Allow-Origin (its browser keeps the answer from it), every
 * answer varies by Origin, and CSRF prevention still refuses a request that could be
 * sent without a preflight. Subgraphs answer no page at all.
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const app = 'http://app.partnership.test:5173';
const other = 'https://elsewhere.example';
const query = '{ institution(id: "aztu") { acronym } }';

const preflight = (url: string, origin: string, headers = 'content-type, authorization, accept-language') =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });

const post = (url: string, origin: string) =>
  fetch(url, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

describe('CORS at the gateway', () => {
  let stack: Stack;
  let withCredentials: RunningService;
  beforeAll(async () => {
    stack = await startStack({
      subgraphs: subgraphsOf(supergraph),
      database: 'sqlite',
      gatewayEnv: { CORS_ORIGINS: `${app}, http://localhost:3000`, CORS_MAX_AGE_SECONDS: '900' },
    });
    // A second gateway over the same subgraphs, for a page that sends cookies.
    withCredentials = await startGatewayOver(
      stack,
      { CORS_ORIGINS: app, CORS_CREDENTIALS: '1' },
      'gateway-with-credentials',
    );
  }, 120_000);
  afterAll(async () => {
    await withCredentials?.stop();
    await stack?.stop();
  });

  it('answers the preflight of a listed origin with 204, the methods, the headers it reads and how long to keep the answer', async () => {
    const response = await preflight(stack.gatewayUrl, app);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(app);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    const allowed = response.headers.get('access-control-allow-headers')?.split(', ');
    expect(allowed).toEqual(
      expect.arrayContaining([
        'content-type',
        'authorization',
        'accept-language',
        'apollo-require-preflight',
        'x-apollo-operation-name',
      ]),
    );
    expect(response.headers.get('access-control-max-age')).toBe('900');
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    // Credentials only when configured.
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets a page on a listed origin read the answer to its POST, varied by Origin and Accept-Language', async () => {
    const response = await post(stack.gatewayUrl, app);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(app);
    expect(response.headers.get('vary')?.split(', ')).toEqual(expect.arrayContaining(['Origin', 'accept-language']));
    expect(((await response.json()) as { data: unknown }).data).toEqual({ institution: { acronym: 'AzTU' } });
  });

  it('gives an unlisted origin no Access-Control-Allow-Origin, on the preflight or the answer', async () => {
    const refused = await preflight(stack.gatewayUrl, other);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-headers')).toBeNull();
    expect(refused.headers.get('vary')).toMatch(/\bOrigin\b/);
    // A near miss is no match: origins are compared exactly.
    expect(
      (await preflight(stack.gatewayUrl, 'http://app.partnership.test:5174')).headers.get(
        'access-control-allow-origin',
      ),
    ).toBeNull();
    const answered = await post(stack.gatewayUrl, other);
    expect(answered.headers.get('access-control-allow-origin')).toBeNull();
    expect(answered.headers.get('vary')).toMatch(/\bOrigin\b/);
    // Every answer varies by Origin, one without an Origin too: no shared cache mixes them.
    expect((await fetch(new URL('/health/live', stack.gatewayUrl))).headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('still refuses, by CSRF prevention, a request from a listed origin that needs no preflight', async () => {
    const simpleGet = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(query)}`, {
      headers: { origin: app },
    });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/);
    const simplePost = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { origin: app, 'content-type': 'text/plain' },
      body: JSON.stringify({ query }),
    });
    expect(simplePost.status).toBe(400);
    // A GET that forces a preflight is answered.
    const forced = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(query)}`, {
      headers: { origin: app, 'apollo-require-preflight': 'true' },
    });
    expect(forced.status).toBe(200);
    expect(forced.headers.get('access-control-allow-origin')).toBe(app);
  });

  it('allows credentials only where CORS_CREDENTIALS=1', async () => {
    const response = await preflight(withCredentials.url, app);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(app);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect((await post(withCredentials.url, app)).headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('sends no CORS headers from a subgraph', async () => {
    for (const url of Object.values(stack.subgraphUrls)) {
      const response = await preflight(url, app);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.status).not.toBe(204);
    }
  });
});
