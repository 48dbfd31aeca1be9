import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CallerVerifier, readAuthConfig, repositoryRoot } from '@partnership-graph/shared';
import { parseTokenArgs } from '../token';

describe('pnpm run token', () => {
  it('mints a token the services accept, with the roles and institution asked for', async () => {
    const result = spawnSync(
      path.join(repositoryRoot, 'node_modules', '.bin', 'tsx'),
      ['scripts/token.ts', '--role', 'registrar', '--institution', 'aztu'],
      {
        cwd: repositoryRoot,
        encoding: 'utf8',
        env: { ...process.env, JWT_SECRET: '' },
      },
    );
    expect(result.status).toBe(0);
    const caller = await new CallerVerifier(readAuthConfig({})).verify(result.stdout.trim());
    expect(caller).toEqual({ id: 'local-developer', roles: ['registrar'], institutionId: 'aztu' });
  });

  it('refuses an unknown role and a missing role', () => {
    expect(() => parseTokenArgs(['--role', 'boss'])).toThrow(/unknown role "boss"/);
    expect(() => parseTokenArgs([])).toThrow(/usage/);
  });

  it('is refused by services with another secret', async () => {
    const result = spawnSync(
      path.join(repositoryRoot, 'node_modules', '.bin', 'tsx'),
      ['scripts/token.ts', '--role', 'admin'],
      {
        cwd: repositoryRoot,
        encoding: 'utf8',
      },
    );
    const other = new CallerVerifier(readAuthConfig({ JWT_SECRET: 'a-completely-different-secret-of-enough-length' }));
    await expect(other.verify(result.stdout.trim())).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
