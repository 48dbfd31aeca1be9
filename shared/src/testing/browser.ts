import { toolAvailable } from './toolAvailable';

/** Where browser tests find Debian's Chromium (`CHROMIUM_PATH` overrides). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Whether the browser tests can run (see toolAvailable; REQUIRE_BROWSER=1 makes a missing Chromium a failure). */
export function browserAvailable(testName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return toolAvailable(testName, { name: 'Chromium', executable: chromiumPath(env), require: 'REQUIRE_BROWSER', install: 'apt-get install chromium', pathVariable: 'CHROMIUM_PATH' }, env);
}
