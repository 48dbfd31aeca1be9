import { readAuthConfig } from '../auth/authConfig';
import { mintToken } from '../auth/mintToken';
import { CallerVerifier } from '../auth/verifyCaller';

/** Tokens: HS256 with a local secret, RS256 against an identity provider's JWKS. */
describe('verifying callers', () => {
  it('turns a valid HS256 token into a caller, keeping only known roles and a well-formed institution', async () => {
    const config = readAuthConfig({});
    const token = await mintToken(config.jwtSecret as string, {
      sub: 'ana',
      roles: ['registrar', 'emperor' as never],
      institutionId: 'aztu',
    });
    expect(await new CallerVerifier(config).fromAuthorizationHeader(`Bearer ${token}`)).toEqual({
      id: 'ana',
      roles: ['registrar'],
      institutionId: 'aztu',
    });
  });

  it('treats no header as anonymous and a malformed header as unauthenticated', async () => {
    const verifier = new CallerVerifier(readAuthConfig({}));
    expect(await verifier.fromAuthorizationHeader(undefined)).toEqual({ id: null, roles: [], institutionId: null });
    await expect(verifier.fromAuthorizationHeader('Basic abc')).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses development secrets in production', () => {
    expect(() => readAuthConfig({ NODE_ENV: 'production' })).toThrow(/development secrets are refused/);
  });
});
