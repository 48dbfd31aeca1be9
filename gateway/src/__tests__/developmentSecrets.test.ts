import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tryStartService } from '@partnership-graph/shared/testing';

/**
 * The development JWT and subgraph secrets are public (they are in the repository).
 * A service listening beyond loopback refuses to start on them whatever NODE_ENV
 * says, with one line naming the variables to set.
 */
const services = [
  { name: 'gateway', dir: 'gateway', port: 'GATEWAY_PORT' },
  { name: 'institutions', dir: 'subgraphs/institutions', port: 'INSTITUTIONS_PORT' },
  { name: 'agreements', dir: 'subgraphs/agreements', port: 'AGREEMENTS_PORT' },
  { name: 'talent', dir: 'subgraphs/talent', port: 'TALENT_PORT' },
];
/** No secret of the test runner's own environment reaches the service: it gets the development defaults. */
const developmentDefaults = { JWT_SECRET: '', SUBGRAPH_SECRET: '', JWT_JWKS_URL: '' };
const ownSecrets = {
  JWT_SECRET: 'an-operator-chosen-jwt-secret-0123456789abcdef',
  SUBGRAPH_SECRET: 'an-operator-chosen-subgraph-secret-0123456789ab',
};

describe('services refuse the development secrets off loopback', () => {
  let sqliteDir: string;
  beforeAll(() => {
    sqliteDir = mkdtempSync(path.join(tmpdir(), 'pg-dev-secrets-'));
  });
  afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

  it.each(['', 'development'])(
    'every service on HOST=0.0.0.0 with NODE_ENV=%p exits 1 with one line naming JWT_SECRET and SUBGRAPH_SECRET',
    async (nodeEnv) => {
      const outcomes = await Promise.all(
        services.map((s) =>
          tryStartService({
            name: s.name,
            dir: s.dir,
            env: {
              ...developmentDefaults,
              NODE_ENV: nodeEnv,
              HOST: '0.0.0.0',
              [s.port]: '0',
              SQLITE_DIR: sqliteDir,
              MYSQL_URL: '',
            },
          }),
        ),
      );
      outcomes.forEach((outcome, i) => {
        const name = services[i].name;
        expect({ name, started: outcome.started, exitCode: outcome.exitCode }).toEqual({
          name,
          started: false,
          exitCode: 1,
        });
        const lines = outcome.output.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(
          new RegExp(
            `^${name} refused to start: .*HOST=0\\.0\\.0\\.0 is not a loopback address.*set JWT_SECRET .* and SUBGRAPH_SECRET`,
          ),
        );
      });
    },
    120_000,
  );

  it('an IPv6 wildcard and a LAN address are refused too; one secret set leaves only the other named', async () => {
    const wildcard = await tryStartService({
      name: 'gateway',
      dir: 'gateway',
      env: { ...developmentDefaults, HOST: '::', GATEWAY_PORT: '0' },
    });
    expect(wildcard).toMatchObject({ started: false, exitCode: 1 });
    expect(wildcard.output).toMatch(/HOST=:: is not a loopback address/);
    const halfSet = await tryStartService({
      name: 'institutions',
      dir: 'subgraphs/institutions',
      env: {
        ...developmentDefaults,
        JWT_SECRET: ownSecrets.JWT_SECRET,
        HOST: '192.0.2.1',
        INSTITUTIONS_PORT: '0',
        SQLITE_DIR: sqliteDir,
        MYSQL_URL: '',
      },
    });
    expect(halfSet).toMatchObject({ started: false, exitCode: 1 });
    expect(halfSet.output).toMatch(/set SUBGRAPH_SECRET/);
    expect(halfSet.output).not.toMatch(/set JWT_SECRET/);
  }, 60_000);

  it('with the operator’s own secrets the gateway and a subgraph start on 0.0.0.0', async () => {
    const [gateway, institutions] = await Promise.all([
      tryStartService({
        name: 'gateway',
        dir: 'gateway',
        env: { ...ownSecrets, NODE_ENV: '', HOST: '0.0.0.0', GATEWAY_PORT: '0' },
      }),
      tryStartService({
        name: 'institutions',
        dir: 'subgraphs/institutions',
        env: {
          ...ownSecrets,
          NODE_ENV: '',
          HOST: '0.0.0.0',
          INSTITUTIONS_PORT: '0',
          SQLITE_DIR: sqliteDir,
          MYSQL_URL: '',
          SEED_ON_START: '0',
        },
      }),
    ]);
    expect(gateway.started).toBe(true);
    expect(institutions.started).toBe(true);
  }, 120_000);
});
