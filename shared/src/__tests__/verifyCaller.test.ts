import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { readAuthConfig } from '../auth/authConfig';
import { mintToken } from '../auth/mintToken';
import { CallerVerifier } from '../auth/verifyCaller';

/** Tokens: HS256 with a local secret, RS256 against an identity provider's JWKS. */
describe('verifying callers', () => {
  it('turns a valid HS256 token into a caller, keeping only known roles and a well-formed institution', async () => {
    const config = readAuthConfig({});
    const token = await mintToken(config.jwtSecret as string, { sub: 'ana', roles: ['registrar', 'emperor' as never], institutionId: 'aztu' });
    expect(await new CallerVerifier(config).fromAuthorizationHeader(`Bearer ${token}`)).toEqual({
      id: 'ana',
      roles: ['registrar'],
      institutionId: 'aztu',
    });
  });

  it('treats no header as anonymous and a malformed header as unauthenticated', async () => {
    const verifier = new CallerVerifier(readAuthConfig({}));
    expect(await verifier.fromAuthorizationHeader(undefined)).toEqual({ id: null, roles: [], institutionId: null });
    await expect(verifier.fromAuthorizationHeader('Basic abc')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses development secrets in production', () => {
    expect(() => readAuthConfig({ NODE_ENV: 'production' })).toThrow(/development secrets are refused/);
  });

  describe('with RS256 keys from a JWKS URL', () => {
    let server: http.Server;
    let jwksUrl: string;
    let privateKey: CryptoKey;
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey as CryptoKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
      server = http.createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const sign = (key: CryptoKey | Uint8Array, alg: string) =>
      new SignJWT({ roles: ['editor:agreements'] })
        .setProtectedHeader({ alg, kid: 'test-key' })
        .setSubject('idp-user')
        .setIssuer('https://idp.example')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(key);

    it('accepts a token signed by the provider, with the expected issuer', async () => {
      const verifier = new CallerVerifier(readAuthConfig({ JWT_JWKS_URL: jwksUrl, JWT_ISSUER: 'https://idp.example' }));
      expect(await verifier.verify(await sign(privateKey, 'RS256'))).toEqual({ id: 'idp-user', roles: ['editor:agreements'], institutionId: null });
    });

    it('refuses an HS256 token and a token from another issuer', async () => {
      const verifier = new CallerVerifier(readAuthConfig({ JWT_JWKS_URL: jwksUrl, JWT_ISSUER: 'https://other.example' }));
      await expect(verifier.verify(await sign(privateKey, 'RS256'))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      const hs = await sign(new TextEncoder().encode('x'.repeat(40)), 'HS256');
      await expect(verifier.verify(hs)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    });
  });
});
