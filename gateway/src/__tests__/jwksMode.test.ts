import {
  postGraphQL,
  startJwksServer,
  startService,
  startSilentServer,
  startStack,
  type JwksServer,
  type RunningService,
  type Stack,
} from '@partnership-graph/shared/testing';

/**
 * The gateway and a subgraph verifying RS256 tokens against an identity provider's
 * JWKS, as in production: a token for this graph is served; a token the same provider
 * signed for another application, or another issuer's, is UNAUTHENTICATED; a provider
 * that hangs is a quick UNAUTHENTICATED, never a subgraph timeout.
 */
const issuer = 'https://idp.example';
const audience = 'partnership-graph';
const query = '{ institution(id: "aztu") { id acronym } }';

describe('JWKS mode through the gateway', () => {
  let idp: JwksServer;
  let stack: Stack;
  beforeAll(async () => {
    idp = await startJwksServer({ issuer, audience });
    const env = { JWT_JWKS_URL: idp.url, JWT_ISSUER: issuer, JWT_AUDIENCE: audience };
    stack = await startStack({ subgraphs: ['institutions'], database: 'sqlite', gatewayEnv: env, subgraphEnv: env });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await idp?.close();
  });

  const ask = async (token: string) =>
    postGraphQL(stack.gatewayUrl, query, undefined, { authorization: `Bearer ${token}` });

  it('serves a caller whose token the provider signed for this graph (verified by the gateway and again by the subgraph)', async () => {
    const { status, body } = await ask(await idp.sign({ roles: ['viewer'] }));
    expect(status).toBe(200);
    expect(body).toEqual({ data: { institution: { id: 'aztu', acronym: 'AzTU' } } });
  });

  it.each([
    ['another application', { aud: 'another-application' }, 'the token is meant for another audience'],
    ['another issuer', { iss: 'https://evil.example' }, 'the token was issued by another issuer'],
  ])('refuses an admin token for %s with 401 UNAUTHENTICATED', async (_label, claims, reason) => {
    const { status, body } = await ask(await idp.sign({ roles: ['admin'], ...claims }));
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: `Not authenticated: ${reason}`,
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      }),
    ]);
  });

  it('answers UNAUTHENTICATED within the key fetch timeout when the provider hangs, not a subgraph timeout', async () => {
    const silent = await startSilentServer();
    let gateway: RunningService | null = null;
    try {
      gateway = await startService({
        dir: 'gateway',
        name: 'gateway',
        env: {
          GATEWAY_PORT: '0',
          INSTITUTIONS_URL: stack.subgraphUrls.institutions,
          JWT_JWKS_URL: silent.url,
          JWT_ISSUER: issuer,
          JWT_AUDIENCE: audience,
          JWT_JWKS_TIMEOUT_MS: '500',
          SUBGRAPH_TIMEOUT_MS: '5000',
        },
      });
      const started = Date.now();
      const { status, body } = await postGraphQL(gateway.url, query, undefined, {
        authorization: `Bearer ${await idp.sign()}`,
      });
      const elapsed = Date.now() - started;
      expect(status).toBe(401);
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: "Not authenticated: the identity provider's signing keys could not be fetched; try again shortly",
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ]);
      expect(elapsed).toBeLessThan(5_000);
      expect(gateway.output()).toContain(`JWT_JWKS_URL ${silent.url}: the signing keys could not be fetched`);
    } finally {
      await gateway?.stop();
      await silent.close();
    }
  }, 60_000);
});
