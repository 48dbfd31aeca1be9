import path from 'node:path';
import { toolAvailable } from './toolAvailable';

/** A program the tests run from the machine, named as Debian installs it. */
export interface InstalledTool {
  /** Debian's path, e.g. /usr/bin/chromium; `<BASENAME>_PATH` (CHROMIUM_PATH) names another. */
  defaultPath: string;
  /** The variable that makes its absence a failure rather than a skip (CI sets it). */
  require: string;
  /** The Debian package, when it is not named as the program is (mariadbd is in mariadb-server). */
  debianPackage?: string;
}

/** The tool's path (its variable, else Debian's) and whether a test needing it can run (see toolAvailable). */
export function installedTool(tool: InstalledTool) {
  const basename = path.basename(tool.defaultPath);
  const pathVariable = `${basename.toUpperCase().replace(/-/g, '_')}_PATH`;
  const install = `apt-get install ${tool.debianPackage ?? basename}`;
  const name = basename;
  const executable = (env: NodeJS.ProcessEnv = process.env): string => env[pathVariable] ?? tool.defaultPath;
  return {
    path: executable,
    available: (testName: string, env: NodeJS.ProcessEnv = process.env): boolean =>
      toolAvailable(testName, { ...tool, name, pathVariable, install, executable: executable(env) }, env),
  };
}
