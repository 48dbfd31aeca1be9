import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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
    throw new Error(
      `REQUIRE_BROWSER=1 but there is no browser at ${executable}: "${testName}" cannot run (apt-get install chromium)`,
    );
  }
  console.warn(`skipped "${testName}": no Chromium at ${executable} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return false;
}

/** Debian's Chromium, headless, asking nothing of the network on its own (no updates, no first-run pages). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** What a page did wrong, recorded as it happens (see watchPage). */
export interface PageTrouble {
  /** Requests to any host but this machine. */
  outside: string[];
  /** Requests that failed, or were answered with HTTP 400 or more. */
  failed: string[];
  /** Console errors and uncaught exceptions. */
  consoleErrors: string[];
}

/** Records every request leaving the machine, every failed request and every console error of `page`. */
export function watchPage(page: Page): PageTrouble {
  const trouble: PageTrouble = { outside: [], failed: [], consoleErrors: [] };
  page.on('request', (request) => {
    const { hostname } = new URL(request.url());
    if (hostname !== '127.0.0.1' && hostname !== 'localhost') trouble.outside.push(request.url());
  });
  page.on('requestfailed', (request) => trouble.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) trouble.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => trouble.consoleErrors.push(error.message));
  return trouble;
}
