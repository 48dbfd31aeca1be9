import { toolAvailable } from './toolAvailable';

/** A program the tests run from the machine: where it is looked for, and what to say when it is missing. */
export interface InstalledTool {
  name: string;
  /** The variable that names another path, e.g. CHROMIUM_PATH. */
  pathVariable: string;
  /** Where Debian puts it. */
  defaultPath: string;
  require: string;
  install: string;
}

/** The tool's path (its variable, else Debian's) and whether a test needing it can run (see toolAvailable). */
export function installedTool(tool: InstalledTool) {
  const path = (env: NodeJS.ProcessEnv = process.env): string => env[tool.pathVariable] ?? tool.defaultPath;
  return {
    path,
    available: (testName: string, env: NodeJS.ProcessEnv = process.env): boolean =>
      toolAvailable(testName, { ...tool, executable: path(env) }, env),
  };
}
