import { ConfigError, mintToken, readAuthConfig, type Role } from '@partnership-graph/shared';

/**
 * `pnpm run token --role editor:agreements [--role …] [--institution ID] [--sub NAME] [--expires 8h]`
 * mints a token signed with the local JWT_SECRET (the development default unless
 * set), for trying the write API and the roles locally. Prints the token alone.
 */
const roles: Role[] = [
  'viewer',
  'analyst',
  'editor:institutions',
  'editor:agreements',
  'editor:talent',
  'registrar',
  'admin',
];

export function parseTokenArgs(argv: string[]): {
  roles: Role[];
  institutionId: string | null;
  sub: string;
  expires: string;
} {
  const options = { roles: [] as Role[], institutionId: null as string | null, sub: 'local-developer', expires: '8h' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--role') {
      if (!roles.includes(value as Role)) throw new Error(`unknown role "${value}"; one of: ${roles.join(', ')}`);
      options.roles.push(value as Role);
    } else if (flag === '--institution') options.institutionId = value;
    else if (flag === '--sub') options.sub = value;
    else if (flag === '--expires') options.expires = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (!options.roles.length)
    throw new Error(`usage: pnpm run token --role <${roles.join('|')}> [--institution ID] [--sub NAME] [--expires 8h]`);
  return options;
}

async function main(): Promise<void> {
  try {
    const options = parseTokenArgs(process.argv.slice(2));
    const { jwtSecret } = readAuthConfig();
    if (!jwtSecret)
      throw new ConfigError('JWT_SECRET is not set (tokens from a JWKS provider are minted there, not here)');
    const token = await mintToken(
      jwtSecret,
      { sub: options.sub, roles: options.roles, institutionId: options.institutionId },
      options.expires,
    );
    process.stdout.write(`${token}\n`);
  } catch (error) {
    console.error(`token: ${(error as Error).message}`);
    process.exit(1);
  }
}

if (require.main === module) void main();
