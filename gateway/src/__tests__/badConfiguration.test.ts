import { tryStartService } from '@partnership-graph/shared/testing';

/** Every service reads its configuration once at boot; a bad value stops it with exit code 1 and one line naming the variable, never a stack trace. */
const cases: Array<{ name: string; dir: string; env: Record<string, string>; line: RegExp }> = [
  {
    name: 'gateway',
    dir: 'gateway',
    env: { GATEWAY_PORT: 'four thousand' },
    line: /^gateway refused to start: GATEWAY_PORT must be an integer between 0 and 65535, got "four thousand"$/,
  },
  {
    name: 'gateway',
    dir: 'gateway',
    env: { GATEWAY_PORT: '0', INSTITUTIONS_URL: 'not a url' },
    line: /^gateway refused to start: INSTITUTIONS_URL must be a URL, got "not a url"$/,
  },
  {
    name: 'gateway',
    dir: 'gateway',
    env: { GATEWAY_PORT: '0', CORS_ORIGINS: 'https://app.example.org/' },
    line: /^gateway refused to start: CORS_ORIGINS must list exact origins such as https:\/\/app.example.org \(no path, no trailing slash, no \*\), got "https:\/\/app.example.org\/"$/,
  },
  {
    name: 'gateway',
    dir: 'gateway',
    env: { GATEWAY_PORT: '0', TRUSTED_DOCUMENTS: 'required', TRUSTED_DOCUMENTS_PATH: 'none' },
    line: /^gateway refused to start: TRUSTED_DOCUMENTS=required needs a manifest registering at least one document in TRUSTED_DOCUMENTS_PATH \(none\)$/,
  },
  {
    name: 'gateway',
    dir: 'gateway',
    env: { GATEWAY_PORT: '0', ENTITY_CACHE_ENTRIES: '0' },
    line: /^gateway refused to start: ENTITY_CACHE_ENTRIES must be an integer between 1 and 10000000, got "0"$/,
  },
  {
    name: 'institutions',
    dir: 'subgraphs/institutions',
    env: { INSTITUTIONS_PORT: '0', READ_CACHE_MS: 'soon' },
    line: /^institutions refused to start: READ_CACHE_MS must be an integer between 0 and 3600000, got "soon"$/,
  },
  {
    name: 'agreements',
    dir: 'subgraphs/agreements',
    env: { AGREEMENTS_PORT: '0', JWT_CLOCK_TOLERANCE_MS: '-5' },
    line: /^agreements refused to start: JWT_CLOCK_TOLERANCE_MS must be an integer/,
  },
  {
    name: 'talent',
    dir: 'subgraphs/talent',
    env: { TALENT_PORT: '0', TALENT_MYSQL_URL: 'postgres://127.0.0.1/talent' },
    line: /^talent refused to start: TALENT_MYSQL_URL must start with mysql:\/\//,
  },
];

describe('a service with a bad configuration value', () => {
  it.each(cases)(
    '$name refuses to start with one line naming the variable ($env)',
    async ({ name, dir, env, line }) => {
      const outcome = await tryStartService({
        name,
        dir,
        env: { ...env, SQLITE_DIR: '/nonexistent-never-opened', MYSQL_URL: '' },
      });
      expect({ started: outcome.started, exitCode: outcome.exitCode }).toEqual({ started: false, exitCode: 1 });
      const lines = outcome.output.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
    },
    60_000,
  );
});
