import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, isLoopbackHost, readAuthConfig } from '../auth/authConfig';
import { ConfigError } from '../envReaders';

const ownSecrets = {
  JWT_SECRET: 'an-operator-chosen-jwt-secret-0123456789abcdef',
  SUBGRAPH_SECRET: 'an-operator-chosen-subgraph-secret-0123456789ab',
};

describe('which listen addresses are loopback', () => {
  it.each(['127.0.0.1', '127.3.2.1', 'localhost', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'])(
    '%s is loopback',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );
  it.each(['0.0.0.0', '::', '192.168.1.10', '10.0.0.2', 'example.org', '::ffff:10.0.0.1', '::2', ''])(
    '%s is not',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});

describe('the public development secrets', () => {
  it('are used on loopback outside production', () => {
    const config = readAuthConfig({}, { host: '127.0.0.1', variable: 'HOST' });
    expect(config.jwtSecret).toBe(DEV_JWT_SECRET);
    expect(config.subgraphSecret).toBe(DEV_SUBGRAPH_SECRET);
  });

  it.each([undefined, '', 'development', 'test', 'staging'])(
    'are refused on 0.0.0.0 whatever NODE_ENV says (%s), naming both variables in one message',
    (nodeEnv) => {
      const read = () => readAuthConfig({ NODE_ENV: nodeEnv }, { host: '0.0.0.0', variable: 'HOST' });
      expect(read).toThrow(ConfigError);
      expect(read).toThrow(/HOST=0\.0\.0\.0 is not a loopback address.*set JWT_SECRET .* and SUBGRAPH_SECRET/);
    },
  );

  it('names only the variable still on its development default', () => {
    expect(() => readAuthConfig({ JWT_SECRET: ownSecrets.JWT_SECRET }, { host: '::', variable: 'HOST' })).toThrow(
      /set SUBGRAPH_SECRET \(/,
    );
    expect(() =>
      readAuthConfig({ SUBGRAPH_SECRET: ownSecrets.SUBGRAPH_SECRET }, { host: '10.1.2.3', variable: 'HOST' }),
    ).toThrow(/set JWT_SECRET \(.*\)$/);
    // Setting a variable to the development value itself is no way round the check.
    expect(() =>
      readAuthConfig({ ...ownSecrets, JWT_SECRET: DEV_JWT_SECRET }, { host: '0.0.0.0', variable: 'HOST' }),
    ).toThrow(/set JWT_SECRET/);
  });

  it('are refused in production even on loopback, and without a listen address (scripts)', () => {
    expect(() => readAuthConfig({ NODE_ENV: 'production' }, { host: '127.0.0.1', variable: 'HOST' })).toThrow(
      /NODE_ENV=production/,
    );
    expect(() => readAuthConfig({ NODE_ENV: 'production' })).toThrow(/NODE_ENV=production/);
  });

  it('are not needed when the operator set both secrets, wherever the service listens', () => {
    expect(readAuthConfig(ownSecrets, { host: '0.0.0.0', variable: 'HOST' })).toMatchObject({
      jwtSecret: ownSecrets.JWT_SECRET,
      subgraphSecret: ownSecrets.SUBGRAPH_SECRET,
    });
  });
});
