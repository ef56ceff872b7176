import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { SEEDS_ROOT } from '../support/seeds';

/**
 * The explorer page in a real browser: Debian's Chromium driven by
 * playwright-core, against the API on a seeded Kuzu database. Every request
 * to another origin is refused, so the page is shown to work offline.
 *
 * CI installs Chromium (.ci/run); on a machine without it the suite is skipped.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = path.resolve(__dirname, '../../test-output/explorer');

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.log(`explorer browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
}
const describeInBrowser = haveChromium ? describe : describe.skip;

/** What the page exposes as window.explorer; read only inside page.evaluate. */
interface ExplorerWindow {
  explorer: {
    cy: Core;
    state: { roots: string[]; window: { from: string; to: string } | null };
    ready: Promise<void>;
  };
}

describeInBrowser('the explorer page in Chromium, offline', () => {
  let folder: string;
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;
  const blocked: string[] = [];
  const pageErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  const visibleElements = () =>
    page.evaluate(() => (globalThis as unknown as ExplorerWindow).explorer.cy.elements(':visible').length);

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-explorer-'));
    await mkdir(SCREENSHOTS, { recursive: true });
    app = await startApp(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        KUZU_PATH: path.join(folder, 'graph.kuzu'),
        SEEDS_DIR: SEEDS_ROOT,
      }),
      { log: () => undefined },
    );
    context = await chromium.launchPersistentContext(path.join(folder, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const origin = new URL(app.url).origin;
    // Only the app itself: no CDN, no font service, nothing else.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('serves the page and its assets from the API server', async () => {
    const response = await page.goto(`${app.url}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await page.waitForFunction(() => (globalThis as unknown as ExplorerWindow).explorer !== undefined);
    await page.evaluate(() => (globalThis as unknown as ExplorerWindow).explorer.ready);
    await expect(page.title()).resolves.toBe('polgraph explorer');
    expect(await page.locator('#legend li').count()).toBeGreaterThan(10);
    await shot('01-start');
  });

  it('finds an actor by another spelling and draws its neighbourhood', async () => {
    await page.fill('#search-input', 'Tikhanovsky');
    await page.locator('#search-suggestions li', { hasText: 'Siarhei Tsikhanouski' }).waitFor();
    await shot('02-suggestions');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(
      () => (globalThis as unknown as ExplorerWindow).explorer.cy.nodes().length > 1,
    );
    const view = await page.evaluate(() => {
      const { cy, state } = (globalThis as unknown as ExplorerWindow).explorer;
      return { nodes: cy.nodes().length, edges: cy.edges().length, roots: state.roots };
    });
    expect(view.roots).toEqual(['siarhei-tsikhanouski']);
    expect(view.nodes).toBeGreaterThan(1);
    expect(view.edges).toBeGreaterThan(0);
    await expect(page.locator('#details-body .title').textContent()).resolves.toContain(
      'Siarhei Tsikhanouski',
    );
    await page.locator('#details-body .facts dt', { hasText: 'Spellings' }).waitFor();
    await shot('03-neighbourhood');
  });

  it('shows the evidence of a clicked link, and opens its document at the quote', async () => {
    await page.evaluate(() => {
      const { cy } = (globalThis as unknown as ExplorerWindow).explorer;
      const spouse = cy.edges().filter((edge) => edge.data('label') === 'SPOUSE_OF');
      (spouse.nonempty() ? spouse : cy.edges()).first().emit('tap');
    });
    const quote = page.locator('#details .evidence-quote').first();
    await quote.waitFor();
    const quoteText = (await quote.textContent()) ?? '';
    expect(quoteText.length).toBeGreaterThan(5);
    await shot('04-evidence');

    await page.locator('#details .evidence-item .open-document').first().click();
    await page.locator('#document-view').waitFor({ state: 'visible' });
    const highlighted = await page.locator('#document-text mark').textContent();
    expect(highlighted).toBe(quoteText);
    expect(await page.locator('#document-title').textContent()).not.toBe('');
    await shot('05-document');
    await page.click('#document-close');
    await page.locator('#document-view').waitFor({ state: 'hidden' });
  });

  it('expands a node on double-click', async () => {
    const before = await page.evaluate(
      () => (globalThis as unknown as ExplorerWindow).explorer.cy.nodes().length,
    );
    // A real double-click, on an actor no other node covers (Lukashenko when he is clear).
    const target = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as ExplorerWindow).explorer;
      const lukashenkoFirst = (a: NodeSingular, b: NodeSingular) =>
        Number(b.id() === 'alexander-lukashenko') - Number(a.id() === 'alexander-lukashenko');
      const candidates = cy.nodes('.actor').not('.root').sort(lukashenkoFirst) as unknown as NodeCollection;
      const clear = candidates.filter((node) => {
        const at = node.renderedPosition();
        const onScreen = at.x > 0 && at.y > 0 && at.x < cy.width() && at.y < cy.height();
        const covered = cy
          .nodes()
          .not(node)
          .some((other) => {
            const box = other.renderedBoundingBox({ includeLabels: true });
            return at.x >= box.x1 && at.x <= box.x2 && at.y >= box.y1 && at.y <= box.y2;
          });
        return onScreen && !covered;
      });
      const chosen = clear.first() as NodeSingular;
      return { id: chosen.id(), ...chosen.renderedPosition() };
    });
    const box = await page.locator('#cy').boundingBox();
    if (!box) throw new Error('the graph is not on screen');
    await page.mouse.dblclick(box.x + target.x, box.y + target.y);
    await page.waitForFunction(
      ({ id, count }) => {
        const { cy, state } = (globalThis as unknown as ExplorerWindow).explorer;
        return state.roots.includes(id) && cy.nodes().length > count;
      },
      { id: target.id, count: before },
    );
    await shot('06-expanded');
  });

  it('hides what falls outside the time window', async () => {
    const before = await visibleElements();
    await page.fill('#window-from', '2025-06-01');
    await page.fill('#window-to', '2025-06-30');
    await page.locator('#window-to').dispatchEvent('change');
    await page.waitForFunction(
      () => (globalThis as unknown as ExplorerWindow).explorer.state.window !== null,
    );
    const after = await visibleElements();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator('#window-summary').textContent()).toContain('Jun 2025');
    await shot('07-time-window');
  });

  it('finds and highlights a path between Tsikhanouskaya and Kellogg', async () => {
    await page.fill('#path-from', 'Tsikhanouskaya');
    await page.fill('#path-to', 'Kellogg');
    await page.click('#path-find');
    const first = page.locator('#path-results li.path').first();
    await first.waitFor();
    const text = (await first.textContent()) ?? '';
    expect(text).toContain('Sviatlana Tsikhanouskaya');
    expect(text).toContain('Keith Kellogg');
    const onPath = await page.evaluate(
      () => (globalThis as unknown as ExplorerWindow).explorer.cy.$('node.on-path').length,
    );
    expect(onPath).toBeGreaterThanOrEqual(2);
    expect(await first.locator('.open-document').count()).toBeGreaterThan(0);
    await shot('08-path');
  });

  it('exports the current view', async () => {
    const first = page.locator('#export-links [data-format]').first();
    await first.waitFor();
    // The server's formats (when it has /export) for the neighbourhood and for the paths found.
    const links = await page
      .locator('#export-links a[data-format]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    for (const href of links) {
      expect([href, (await fetch(new URL(href, app.url))).status]).toEqual([href, 200]);
    }
    if (links.length > 0) {
      expect(
        links.some((href) => /ids=siarhei-tsikhanouski/.test(href) && /from=2025-06-01/.test(href)),
      ).toBe(true);
      expect(links.some((href) => /fromId=sviatlana-tsikhanouskaya&toId=keith-kellogg/.test(href))).toBe(
        true,
      );
    }
    // A click downloads: the server's file, or the page's own Cytoscape JSON without /export.
    const [download] = await Promise.all([page.waitForEvent('download'), first.click()]);
    const saved = path.join(SCREENSHOTS, download.suggestedFilename());
    await download.saveAs(saved);
    expect(existsSync(saved)).toBe(true);
    const [own] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-links [data-format="cytoscape-view"]'),
    ]);
    const view = JSON.parse(await readFile((await own.path()) ?? '', 'utf8')) as {
      elements: { nodes: { data: { id: string } }[] };
    };
    expect(view.elements.nodes.length).toBeGreaterThan(1);
    await shot('09-export');
  });

  it('asked for nothing outside its own origin and raised no error', () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
