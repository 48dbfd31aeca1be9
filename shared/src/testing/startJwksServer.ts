import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

export interface JwksServer {
  /** Where the key set is published. */
  url: string;
  /** How many times the key set was fetched. */
  fetches: () => number;
  /** A token signed with the current key; `iss`, `aud`, `sub` and a 5-minute `exp` unless the claims say otherwise. */
  sign: (claims?: JWTPayload & { roles?: string[] }, options?: { kid?: string }) => Promise<string>;
  /** Replaces the published key with a new one (a key rotation); tokens signed before name the old key. */
  rotate: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * A local identity provider for tests: an RS256 key pair whose public key is served as
 * a JWKS on loopback, and a signer for tokens with any issuer, audience and times.
 */
export async function startJwksServer(defaults: { issuer: string; audience: string }): Promise<JwksServer> {
  let key = await newKey(1);
  // The next key is made ahead (RSA key generation is slow), so a rotation is instant.
  let next = newKey(2);
  let fetches = 0;
  const server = http.createServer((_req, res) => {
    fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [key.jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  return {
    url,
    fetches: () => fetches,
    sign: (claims = {}, options = {}) =>
      new SignJWT({
        iss: defaults.issuer,
        aud: defaults.audience,
        sub: 'idp-user',
        exp: Math.floor(Date.now() / 1000) + 300,
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? key.jwk.kid })
        .setIssuedAt()
        .sign(key.privateKey),
    rotate: async () => {
      key = await next;
      next = newKey(Number(key.jwk.kid.replace('key-', '')) + 1);
    },
    close: async () => {
      await next;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function newKey(n: number) {
  const pair = await generateKeyPair('RS256');
  return {
    privateKey: pair.privateKey,
    jwk: { ...(await exportJWK(pair.publicKey)), kid: `key-${n}`, alg: 'RS256', use: 'sig' },
  };
}

/** A server that accepts connections and never answers: an identity provider that hangs. */
export async function startSilentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = http.createServer(() => undefined);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
