import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repositoryRoot } from '@partnership-graph/shared';
import {
  browserAvailable,
  launchChromium,
  startStack,
  subgraphsOf,
  testDatabases,
  watchPage,
  type PageTrouble,
  type Stack,
} from '@partnership-graph/shared/testing';
import { serveWebPage, type WebPageServer } from '../../serveWebPage';

/**
 * A person opens the reference page (web/), served from its own origin, against a
 * gateway on another origin that lists it in CORS_ORIGINS and answers anonymous
 * callers only registered documents (TRUSTED_DOCUMENTS=required): the page's queries
 * must be in schema/trusted-documents/web-page.json exactly as Apollo Client sends them.
 * Each page is opened for seed records and checked against the seed's facts; screenshots
 * go to test-results/web-*.png. Any console error, failed request or request to another
 * host fails the test. On SQLite, and MySQL with MYSQL_URL. Builds the page first
 * (`pnpm web:build`). Skipped, with its reason, where there is no Chromium (unless
 * REQUIRE_BROWSER=1).
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const screenshotOf = (database: string, name: string) =>
  path.join(repositoryRoot, 'test-results', `web-${name}${database === 'sqlite' ? '' : `-${database}`}.png`);

interface Watched extends PageTrouble {
  page: Page;
  gatewayOrigins: Set<string>;
}

const title = 'the reference web page in a browser';
(browserAvailable(title) ? describe.each(testDatabases()) : describe.skip.each(testDatabases()))(
  `${title} on $label`,
  ({ label }) => {
    let web: WebPageServer;
    let stack: Stack;
    let browser: Browser;
    let watched: Watched;

    beforeAll(async () => {
      execFileSync('pnpm', ['web:build'], { cwd: repositoryRoot, stdio: 'pipe' });
      web = await serveWebPage({ port: 0 });
      stack = await startStack({
        subgraphs: subgraphsOf(supergraph),
        database: label,
        gatewayEnv: { CORS_ORIGINS: new URL(web.url).origin, TRUSTED_DOCUMENTS: 'required' },
      });
      browser = await launchChromium();
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
      await stack?.stop();
      await web?.close();
    });

    beforeEach(async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      watched = { page, ...watchPage(page), gatewayOrigins: new Set() };
      page.on('request', (request) => {
        const { origin } = new URL(request.url());
        if (origin === new URL(stack.gatewayUrl).origin) watched.gatewayOrigins.add(origin);
      });
      // Warnings too: Apollo Client and React say there what the page does wrong.
      page.on('console', (message) => {
        if (message.type() === 'warning') watched.consoleErrors.push(message.text());
      });
    });

    afterEach(async () => {
      await watched.page.close();
    });

    /** Opens a route of the page, reading the gateway from the `gateway` parameter. */
    const open = (route: string) =>
      watched.page.goto(`${web.url}?gateway=${encodeURIComponent(stack.gatewayUrl)}#/${route}`);

    const expectCleanAndSave = async (name: string) => {
      const screenshot = (shot: string) => screenshotOf(label, shot);
      fs.mkdirSync(path.dirname(screenshot(name)), { recursive: true });
      await watched.page.screenshot({ path: screenshot(name), fullPage: true });
      expect(fs.statSync(screenshot(name)).size).toBeGreaterThan(10_000);
      expect(watched.outside).toEqual([]);
      expect(watched.failed).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      // The answers came from the gateway on its own origin: the cross-origin path ran.
      expect(new URL(web.url).origin).not.toBe(new URL(stack.gatewayUrl).origin);
      expect([...watched.gatewayOrigins]).toEqual([new URL(stack.gatewayUrl).origin]);
    };

    it('finds an institution by its Azerbaijani name and by another spelling, and links to its page', async () => {
      const { page } = watched;
      await open('');
      await page.getByLabel('Search').fill('Azərbaycan Texniki');
      await expect(page.locator('.results li').first().innerText()).resolves.toContain(
        'Azerbaijan Technical University',
      );
      await page.getByLabel('Search').fill('Baki Dovlet');
      await page.locator('.results li', { hasText: 'Baku State University' }).waitFor();
      expect(await page.locator('.results li').allInnerTexts()).toEqual([
        expect.stringContaining('Baku State University (BSU)'),
      ]);
      await expectCleanAndSave('search');
      await page.locator('.results a', { hasText: 'Baku State University' }).click();
      await page.locator('h1', { hasText: 'Baku State University' }).waitFor();
    });

    it("shows AzTU's agreements, events, partner network, units, people in positions on a date, and talent funnel", async () => {
      const { page } = watched;
      await open('institution/aztu');
      await page.locator('h1', { hasText: 'Azerbaijan Technical University' }).waitFor();
      expect(await page.locator('.agreements li').allInnerTexts()).toEqual([
        'Cooperation of AzTU with the Ganja Aluminum Complex, reported by Azerbaijan Industrial Corporation · COOPERATION_AGREEMENT',
      ]);
      expect(await page.locator('.events li').allInnerTexts()).toEqual([
        'University-industry cooperation, directions, examples and artificial intelligence · FORUM · 2025-05-15',
      ]);
      expect(await page.locator('.partners li').allInnerTexts()).toEqual(
        expect.arrayContaining([
          'Azerbaijan Industrial Corporation OJSC · 1 agreement',
          'Ganja Production Complex of Azeraluminium · 1 agreement',
        ]),
      );
      // Cytoscape draws the network on its canvases.
      expect(await page.locator('[data-testid="partner-network"] canvas').count()).toBeGreaterThan(0);
      expect(await page.locator('.units li').allInnerTexts()).toEqual(
        expect.arrayContaining(['AzTU educational branch in Ganja', 'AzTU Technology Transfer Office']),
      );
      // The sources show the rector on the day of the forum.
      await page.getByLabel('Positions on').fill('2025-05-15');
      await page.locator('.positions li', { hasText: 'Vilayat Valiyev' }).waitFor();
      expect(await page.locator('.positions li').allInnerTexts()).toEqual(['Vilayat Valiyev — Rector']);
      // No document names AzTU as a training provider, so it provides none.
      expect(await page.locator('.programmes').innerText()).toBe('Programmes: 1 internship, 1 thesis, 0 training');
      expect(await page.locator('table.talent').innerText()).toMatch(/Internships\s+planned \d+, enrolled \d+/);
      await expectCleanAndSave('institution');
    });

    it('shows an agreement with its parties, signatories, areas, commitments and the quote under its German source', async () => {
      const { page } = watched;
      await open('agreement/mou-bsu-bayraktar-2025');
      await page
        .locator('h1', { hasText: 'Memorandum of Understanding between Baku State University and Bayraktar' })
        .waitFor();
      expect(await page.locator('.parties li').allInnerTexts()).toEqual([
        'Baku State University · SIGNATORY_PARTY · signed by Elchin Babayev',
        'Bayraktar Technology Azerbaijan LLC · SIGNATORY_PARTY · signed by Huseyin Topuz',
      ]);
      expect(await page.locator('.areas li').allInnerTexts()).toEqual(
        expect.arrayContaining(['nanotechnology', 'artificial intelligence']),
      );
      expect(await page.locator('.commitments li').allInnerTexts()).toEqual(
        expect.arrayContaining(['Internships: Praktikumsplätze']),
      );
      expect(await page.locator('.outcomes li').allInnerTexts()).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Internship programme: Internship places for BSU students under the BSU – Bayraktar/),
        ]),
      );
      const citation = page.locator('.citations li[data-source="src-bayraktar-memoranda-2025"]');
      expect(await citation.locator('cite').innerText()).toBe(
        'Kooperation mit Bayraktar: Revolutioniert Aserbaidschan die Innovation?',
      );
      expect(await citation.locator('.language').innerText()).toBe('[de]');
      expect(await citation.locator('blockquote').innerText()).toMatch(
        /^Auch die Baku State University \(BSU\) hat einen Vertrag/,
      );
      await expectCleanAndSave('agreement');
    });

    it("shows an agreement's internship, thesis and training programmes, and its English quote under its source", async () => {
      const { page } = watched;
      await open('agreement/aztu-aic-cooperation');
      await page.locator('.outcomes li').first().waitFor();
      expect(await page.locator('.outcomes li').allInnerTexts()).toEqual([
        expect.stringMatching(/^Internship programme: Internships for AzTU bachelor and master students/),
        expect.stringMatching(/^Thesis programme: Industry-based graduation theses/),
        expect.stringMatching(/^Training programme: /),
        expect.stringMatching(/^Training programme: /),
      ]);
      const citation = page.locator('.citations li[data-source="src-aic-three-years"]');
      expect(await citation.locator('cite').innerText()).toBe(
        '“Azerbaijan Industrial Corporation” OJC has been operating for 3 years',
      );
      expect(await citation.locator('blockquote').innerText()).toMatch(
        /^It was noted that the opening of the educational branch of AzTU in Ganja/,
      );
      // No document names the cooperation's sides or title: each such value says its basis.
      expect(await page.locator('.provenance li[data-basis="INFERRED"]').allInnerTexts()).toEqual([
        expect.stringMatching(/^parties aztu · inferred: Every measure the document reports concerns AzTU/),
      ]);
      expect(await page.locator('.provenance li[data-basis="EDITORIAL"]').allInnerTexts()).toEqual([
        expect.stringMatching(/^title · editorial: No document names it/),
      ]);
      await expectCleanAndSave('agreement-outcomes');
    });

    it('charts agreements by year, kind and area, events by kind and talent by level', async () => {
      const { page } = watched;
      await open('stats');
      await page.locator('figure.stat').nth(4).waitFor();
      const buckets = async (stat: string) => page.locator(`figure[data-stat="${stat}"] .buckets li`).allInnerTexts();
      expect(await buckets('Agreements by year')).toEqual(expect.arrayContaining(['2025: 1']));
      expect(await buckets('Agreements by kind')).toEqual(
        expect.arrayContaining(['Memorandum of understanding: 2', 'Cooperation agreement: 1']),
      );
      expect(await buckets('Agreements by area')).toEqual(
        expect.arrayContaining(['artificial intelligence: 2', 'metallurgy: 1']),
      );
      expect(await buckets('Events by kind')).toEqual(expect.arrayContaining(['Forum: 1', 'Conference: 1']));
      expect(await buckets('Talent programmes by level')).toEqual(expect.arrayContaining(['Bachelor: 2', 'Master: 2']));
      // Chart.js draws each statistic on a canvas.
      expect(await page.locator('figure.stat canvas').count()).toBe(5);
      await expectCleanAndSave('statistics');
    });
  },
);
