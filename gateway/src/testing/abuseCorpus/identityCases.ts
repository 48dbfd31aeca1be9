import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startJwksServer, startService, tryStartService, type Stack } from '@partnership-graph/shared/testing';
import { post, type Case, type CorpusContext } from './corpusKit';

/**
 * Identity: tokens an identity provider signed for another application or that
 * another issuer signed, sent to a gateway in JWKS mode; and services started beyond
 * loopback on the public development secrets, which must refuse to start. Each case
 * starts what it needs (a JWKS server, a gateway, a service) and stops it before it
 * returns. For a start-up case the answer is the process's: `status` is its exit
 * code (0 if it started and had to be stopped) and `text` what it printed.
 */
const issuer = 'https://idp.corpus.example';
const audience = 'partnership-graph';
const writeAttempt = JSON.stringify({
  query: 'mutation { createEvent(input: { title: "Identity corpus event", kind: FORUM }) { id } }',
});

function urlsEnv(stack: Stack): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stack.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]),
  );
}

/** Starts a JWKS server and a production gateway verifying against it, sends one token, and stops both. */
function viaJwksGateway(secrets: CorpusContext['secrets'], claims: Record<string, unknown>) {
  return async (stack: Stack) => {
    const idp = await startJwksServer({ issuer, audience });
    try {
      const gateway = await startService({
        dir: 'gateway',
        name: 'gateway (JWKS mode)',
        env: {
          ...urlsEnv(stack),
          GATEWAY_PORT: '0',
          NODE_ENV: secrets.NODE_ENV,
          SUBGRAPH_SECRET: secrets.SUBGRAPH_SECRET,
          JWT_SECRET: '',
          JWT_JWKS_URL: idp.url,
          JWT_ISSUER: issuer,
          JWT_AUDIENCE: audience,
        },
      });
      try {
        const token = await idp.sign({ sub: 'corpus-idp-admin', roles: ['admin'], ...claims });
        return await post(gateway.url, writeAttempt, { authorization: `Bearer ${token}` });
      } finally {
        await gateway.stop();
      }
    } finally {
      await idp.close();
    }
  };
}

/** Starts a service expecting it to refuse (on a throwaway SQLite folder, should it start); one that starts is stopped at once. */
function startOutcome(dir: string, env: Record<string, string>) {
  return async () => {
    const sqliteDir = mkdtempSync(path.join(tmpdir(), 'pg-identity-corpus-'));
    try {
      const outcome = await tryStartService({
        dir,
        name: dir,
        env: { SQLITE_DIR: sqliteDir, MYSQL_URL: '', SEED_ON_START: '0', ...env },
      });
      return { status: outcome.started ? 0 : (outcome.exitCode ?? -1), text: outcome.output };
    } finally {
      rmSync(sqliteDir, { recursive: true, force: true });
    }
  };
}

const unauthenticated = (reason: string) => (status: number, text: string) =>
  status === 401 &&
  text.includes('"code":"UNAUTHENTICATED"') &&
  text.includes(`Not authenticated: ${reason}`) &&
  !text.includes('"data"');

const refusedToStart = (pattern: RegExp) => (status: number, text: string) =>
  status === 1 && text.trim().split('\n').length === 1 && pattern.test(text);

export function cases({ secrets }: CorpusContext): Case[] {
  /** No secret of the corpus's own environment: the service gets the public development defaults. */
  const developmentDefaults = { JWT_SECRET: '', SUBGRAPH_SECRET: '', JWT_JWKS_URL: '' };
  return [
    {
      category: 'identity',
      name: 'JWKS gateway: admin token the provider signed for another application (wrong audience)',
      send: viaJwksGateway(secrets, { aud: 'another-application' }),
      expect: unauthenticated('the token is meant for another audience'),
    },
    {
      category: 'identity',
      name: 'JWKS gateway: admin token with no audience',
      send: viaJwksGateway(secrets, { aud: undefined }),
      expect: unauthenticated('the token is meant for another audience'),
    },
    {
      category: 'identity',
      name: 'JWKS gateway: admin token from another issuer',
      send: viaJwksGateway(secrets, { iss: 'https://evil.example' }),
      expect: unauthenticated('the token was issued by another issuer'),
    },
    {
      category: 'identity',
      name: 'gateway in JWKS mode without JWT_AUDIENCE refuses to start',
      send: startOutcome('gateway', {
        GATEWAY_PORT: '0',
        SUBGRAPH_SECRET: secrets.SUBGRAPH_SECRET,
        JWT_SECRET: '',
        JWT_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
        JWT_ISSUER: issuer,
        JWT_AUDIENCE: '',
      }),
      expect: refusedToStart(/^gateway refused to start: JWT_JWKS_URL needs JWT_AUDIENCE set too/),
    },
    {
      category: 'identity',
      name: 'gateway on 0.0.0.0 with the development secrets (NODE_ENV unset) refuses to start',
      send: startOutcome('gateway', { ...developmentDefaults, NODE_ENV: '', HOST: '0.0.0.0', GATEWAY_PORT: '0' }),
      expect: refusedToStart(
        /^gateway refused to start: .*HOST=0\.0\.0\.0 is not a loopback address.*set JWT_SECRET .* and SUBGRAPH_SECRET/,
      ),
    },
    {
      category: 'identity',
      name: 'institutions subgraph on 0.0.0.0 with the development secrets (NODE_ENV=development) refuses to start',
      send: startOutcome('subgraphs/institutions', {
        ...developmentDefaults,
        NODE_ENV: 'development',
        HOST: '0.0.0.0',
        INSTITUTIONS_PORT: '0',
      }),
      expect: refusedToStart(
        /^institutions refused to start: .*HOST=0\.0\.0\.0 is not a loopback address.*set JWT_SECRET .* and SUBGRAPH_SECRET/,
      ),
    },
  ];
}
