import fs from 'node:fs';

/** Where browser tests find Debian's Chromium (`CHROMIUM_PATH` overrides). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Whether the browser tests can run. Without Chromium they are skipped with a one-line
 * reason that names them, so `pnpm test` passes on a machine without a browser; with
 * REQUIRE_BROWSER=1 (CI sets it) a missing browser fails instead, as REQUIRE_MYSQL=1
 * does for MySQL.
 */
export function browserAvailable(testName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const executable = chromiumPath(env);
  if (fs.existsSync(executable)) return true;
  if (env.REQUIRE_BROWSER === '1') {
    throw new Error(`REQUIRE_BROWSER=1 but there is no browser at ${executable}: "${testName}" cannot run (apt-get install chromium)`);
  }
  console.warn(`skipped "${testName}": no Chromium at ${executable} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return false;
}
