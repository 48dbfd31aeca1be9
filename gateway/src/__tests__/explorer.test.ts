import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { repositoryRoot } from '@partnership-graph/shared';
import {
  browserAvailable,
  launchChromium,
  startStack,
  subgraphsOf,
  watchPage,
  type Stack,
} from '@partnership-graph/shared/testing';

/**
 * A person opens the gateway URL in a browser, gets the self-hosted explorer with
 * the example library as tabs, runs a query and sees the answer. Drives Debian's
 * Chromium headless and keeps a screenshot in test-results/explorer.png. Skipped, with
 * its reason, where there is no Chromium (unless REQUIRE_BROWSER=1).
 */
const screenshot = path.join(repositoryRoot, 'test-results', 'explorer.png');
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');

const title = 'the explorer in a browser';
(browserAvailable(title) ? describe : describe.skip)(title, () => {
  let stack: Stack;
  let browser: Browser;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: subgraphsOf(supergraph), database: 'sqlite' });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('runs an example operation and shows its answer, with no request leaving the machine and none failing', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const { outside, failed, consoleErrors } = watchPage(page);
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').count();
    expect(tabs).toBeGreaterThanOrEqual(2);

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response .CodeMirror, .result-window');
    await page.waitForFunction(
      () => /"data"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
      null,
      {
        timeout: 30_000,
      },
    );
    expect(await result.first().innerText()).toMatch(/"data"/);

    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000);
    expect(outside).toEqual([]);
    // The icon included: the explorer's own, and /favicon.ico for browsers that ask for it anyway.
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    const icon = await fetch(new URL('/favicon.ico', stack.gatewayUrl));
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg /);
  });
});
