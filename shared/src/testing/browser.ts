import { chromium, type Browser, type Page } from 'playwright-core';
import { installedTool } from './installedTool';

/** Debian's Chromium (`CHROMIUM_PATH` overrides). */
const chromiumBrowser = installedTool({ defaultPath: '/usr/bin/chromium', require: 'REQUIRE_BROWSER' });

/** Whether the browser tests can run (see toolAvailable; REQUIRE_BROWSER=1 makes a missing Chromium a failure). */
export const browserAvailable = chromiumBrowser.available;

/** Debian's Chromium, headless, asking nothing of the network on its own (no updates, no first-run pages). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumBrowser.path(),
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
