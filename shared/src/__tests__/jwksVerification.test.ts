import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { readAuthConfig } from '../auth/authConfig';
import { CallerVerifier } from '../auth/verifyCaller';
import { ConfigError } from '../envReaders';
import { logger } from '../observability/logger';
import { startJwksServer, startSilentServer, type JwksServer } from '../testing/startJwksServer';

/** RS256 tokens from an identity provider's JWKS: issuer and audience required, clock tolerance, cached keys, quick refusal when the keys cannot be fetched. */
// RSA key generation and token signing are slow on a busy machine.
jest.setTimeout(60_000);

const issuer = 'https://idp.example';
const audience = 'partnership-graph';
const now = () => Math.floor(Date.now() / 1000);

function verifierFor(env: Record<string, string>): CallerVerifier {
  return new CallerVerifier(readAuthConfig({ JWT_ISSUER: issuer, JWT_AUDIENCE: audience, ...env }));
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect((error as { extensions?: { code?: string } }).extensions?.code).toBe('UNAUTHENTICATED');
    return (error as Error).message;
  }
  throw new Error('the token was accepted');
}

describe('the configuration of JWKS mode', () => {
  it('refuses to start without JWT_ISSUER and JWT_AUDIENCE, naming what is missing', () => {
    const url = 'http://127.0.0.1:9/jwks.json';
    expect(() => readAuthConfig({ JWT_JWKS_URL: url })).toThrow(
      new ConfigError(
        'JWT_JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE set too: the identity provider signs tokens for other applications as well',
      ),
    );
    expect(() => readAuthConfig({ JWT_JWKS_URL: url, JWT_ISSUER: issuer })).toThrow(/needs JWT_AUDIENCE set too/);
    expect(() => readAuthConfig({ JWT_JWKS_URL: url, JWT_AUDIENCE: audience })).toThrow(/needs JWT_ISSUER set too/);
    expect(() => readAuthConfig({ JWT_JWKS_URL: 'not a url', JWT_ISSUER: issuer, JWT_AUDIENCE: audience })).toThrow(
      /JWT_JWKS_URL must be a URL/,
    );
    expect(() =>
      readAuthConfig({ JWT_JWKS_URL: 'file:///etc/jwks.json', JWT_ISSUER: issuer, JWT_AUDIENCE: audience }),
    ).toThrow(/JWT_JWKS_URL must be an http\(s\) URL/);
  });

  it('has a 30 s clock tolerance, a short key fetch timeout and a cool-down by default, each configurable', () => {
    const config = readAuthConfig({ JWT_JWKS_URL: 'http://127.0.0.1:9/', JWT_ISSUER: issuer, JWT_AUDIENCE: audience });
    expect(config).toMatchObject({
      clockToleranceMs: 30_000,
      jwksTimeoutMs: 2_000,
      jwksCooldownMs: 30_000,
      jwksCacheMs: 600_000,
    });
    expect(readAuthConfig({ JWT_CLOCK_TOLERANCE_MS: '0' }).clockToleranceMs).toBe(0);
    expect(() => readAuthConfig({ JWT_CLOCK_TOLERANCE_MS: 'soon' })).toThrow(
      /JWT_CLOCK_TOLERANCE_MS must be an integer/,
    );
    expect(() => readAuthConfig({ JWT_JWKS_TIMEOUT_MS: '60000' })).toThrow(
      /JWT_JWKS_TIMEOUT_MS must be an integer between 100 and 10000/,
    );
  });
});

describe('verifying tokens against a JWKS', () => {
  let idp: JwksServer;
  beforeAll(async () => {
    idp = await startJwksServer({ issuer, audience });
  });
  afterAll(() => idp.close());

  it('accepts a token for this graph from the configured issuer', async () => {
    const verifier = verifierFor({ JWT_JWKS_URL: idp.url });
    expect(await verifier.verify(await idp.sign({ roles: ['editor:agreements'] }))).toEqual({
      id: 'idp-user',
      roles: ['editor:agreements'],
      institutionId: null,
    });
  });

  it('refuses a token signed by the same provider for another application, or by another issuer, saying which', async () => {
    const verifier = verifierFor({ JWT_JWKS_URL: idp.url });
    expect(await refusal(verifier.verify(await idp.sign({ aud: 'another-application', roles: ['admin'] })))).toBe(
      'Not authenticated: the token is meant for another audience',
    );
    expect(await refusal(verifier.verify(await idp.sign({ aud: undefined, roles: ['admin'] })))).toBe(
      'Not authenticated: the token is meant for another audience',
    );
    expect(await refusal(verifier.verify(await idp.sign({ iss: 'https://evil.example', roles: ['admin'] })))).toBe(
      'Not authenticated: the token was issued by another issuer',
    );
    const hs256 = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'key-1' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject('x')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    expect(await refusal(verifier.verify(hs256))).toBe('Not authenticated: the token is not valid');
  });

  it('allows clocks to disagree by the configured tolerance, no more', async () => {
    const lenient = verifierFor({ JWT_JWKS_URL: idp.url });
    const strict = verifierFor({ JWT_JWKS_URL: idp.url, JWT_CLOCK_TOLERANCE_MS: '0' });
    const expired20sAgo = await idp.sign({ exp: now() - 20 });
    const notBeforeIn20s = await idp.sign({ nbf: now() + 20 });
    expect((await lenient.verify(expired20sAgo)).id).toBe('idp-user');
    expect((await lenient.verify(notBeforeIn20s)).id).toBe('idp-user');
    expect(await refusal(lenient.verify(await idp.sign({ exp: now() - 40 })))).toBe(
      'Not authenticated: the token has expired',
    );
    expect(await refusal(strict.verify(expired20sAgo))).toBe('Not authenticated: the token has expired');
    expect(await refusal(strict.verify(notBeforeIn20s))).toBe('Not authenticated: the token is not valid yet');
  });

  it('fetches the keys once, refetches for an unknown key only after the cool-down, and then accepts the rotated key', async () => {
    const cooldownMs = 5_000;
    const verifier = verifierFor({ JWT_JWKS_URL: idp.url, JWT_JWKS_COOLDOWN_MS: String(cooldownMs) });
    const tokens = await Promise.all(Array.from({ length: 5 }, () => idp.sign()));
    const before = idp.fetches();
    const fetches = () => idp.fetches() - before;
    // The fetch happens between these two instants: the cool-down runs from its end.
    const firstFetch = Date.now();
    await Promise.all(tokens.map((token) => verifier.verify(token)));
    const fetchedBy = Date.now();
    for (const token of tokens) await verifier.verify(token);
    expect(fetches()).toBe(1);
    // A token naming a key the set does not hold, within the cool-down: refused without a fetch.
    expect(await refusal(verifier.verify(await idp.sign({}, { kid: 'unknown-key' })))).toBe(
      'Not authenticated: the token is signed with a key the identity provider does not publish',
    );
    expect(fetches()).toBe(1);
    await idp.rotate();
    const rotated = await idp.sign();
    expect(Date.now() - firstFetch).toBeLessThan(cooldownMs);
    expect(await refusal(verifier.verify(rotated))).toMatch(/a key the identity provider does not publish/);
    expect(fetches()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, cooldownMs + 100 - (Date.now() - fetchedBy)));
    expect((await verifier.verify(rotated)).id).toBe('idp-user');
    expect(fetches()).toBe(2);
  });
});

describe('an identity provider that cannot be reached', () => {
  it('refuses the token quickly with a clear reason when nothing listens there', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const idp = await startJwksServer({ issuer, audience });
    const token = await idp.sign();
    await idp.close();
    // A long fetch timeout: the refusal must come from the refused connection, not from waiting it out.
    const verifier = verifierFor({ JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, JWT_JWKS_TIMEOUT_MS: '10000' });
    const warn = jest.spyOn(logger(), 'warn').mockImplementation(() => undefined);
    const started = Date.now();
    expect(await refusal(verifier.verify(token))).toBe(
      "Not authenticated: the identity provider's signing keys could not be fetched; try again shortly",
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(`JWT_JWKS_URL http://127.0.0.1:${port}/jwks.json: the signing keys could not be fetched`),
    );
    warn.mockRestore();
  });

  it('refuses the token within the fetch timeout when the provider hangs, and shares one fetch between concurrent tokens', async () => {
    const silent = await startSilentServer();
    const idp = await startJwksServer({ issuer, audience });
    const token = await idp.sign();
    await idp.close();
    const warn = jest.spyOn(logger(), 'warn').mockImplementation(() => undefined);
    try {
      const verifier = verifierFor({ JWT_JWKS_URL: silent.url, JWT_JWKS_TIMEOUT_MS: '300' });
      const started = Date.now();
      const reasons = await Promise.all(Array.from({ length: 10 }, () => refusal(verifier.verify(token))));
      const elapsed = Date.now() - started;
      expect(new Set(reasons)).toEqual(
        new Set(["Not authenticated: the identity provider's signing keys could not be fetched; try again shortly"]),
      );
      expect(elapsed).toBeGreaterThanOrEqual(250);
      // jose's own default is 5 s, the gateway's subgraph timeout.
      expect(elapsed).toBeLessThan(4_000);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
      await silent.close();
    }
  });
});
