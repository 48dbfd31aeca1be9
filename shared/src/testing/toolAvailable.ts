import fs from 'node:fs';

/**
 * Whether tests that need a program installed on the machine (Chromium, Prometheus) can
 * run. Without it they are skipped with a one-line reason that names them, so `pnpm test`
 * passes on a machine without it; with the `require` variable set to 1 (CI sets it) a
 * missing program fails instead, as REQUIRE_MYSQL=1 does for MySQL.
 */
export function toolAvailable(
  testName: string,
  tool: { name: string; executable: string; require: string; install: string; pathVariable: string },
  env: NodeJS.ProcessEnv,
): boolean {
  if (fs.existsSync(tool.executable)) return true;
  if (env[tool.require] === '1') {
    throw new Error(
      `${tool.require}=1 but there is no ${tool.name} at ${tool.executable}: "${testName}" cannot run (${tool.install})`,
    );
  }
  console.warn(
    `skipped "${testName}": no ${tool.name} at ${tool.executable} (${tool.install}, or set ${tool.pathVariable})`,
  );
  return false;
}
