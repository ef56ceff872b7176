import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { copySeeds } from '../support/seeds';

/**
 * The explorer's review view in Chromium (skipped without it, as explorer.e2e):
 * an article extracted through the API, its proposals listed over their
 * highlighted spans, one accepted with a click.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
const API_KEY = 'explorer-review-key-0123456789';
const SCREENSHOTS = path.resolve(__dirname, '../../test-output/explorer');

describeInBrowser('the explorer review view in Chromium', () => {
  let folder: string;
  let seeds: Awaited<ReturnType<typeof copySeeds>>;
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const api = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-explorer-review-'));
    seeds = await copySeeds();
    app = await startApp(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        KUZU_PATH: path.join(folder, 'graph.kuzu'),
        SEEDS_DIR: seeds.root,
        API_KEY,
      }),
      { log: () => undefined },
    );
    context = await chromium.launchPersistentContext(path.join(folder, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      viewport: { width: 1440, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await rm(folder, { recursive: true, force: true });
    await seeds?.remove();
  });

  it('lists proposals over their spans and accepts one with a click', async () => {
    const text = await readFile(path.resolve(__dirname, '../fixtures/extract/envoy-call.txt'), 'utf8');
    const { extractDocument } = await api<{
      extractDocument: { documentId: string; proposals: { id: string; kind: string; quote: string }[] };
    }>(
      `mutation ($text: String!) { extractDocument(text: $text, publishedDate: "2025-10-05") {
        documentId proposals { id kind quote } } }`,
      { text },
    );
    await page.goto(`${app.url}/`);
    await page.click('#review-open');
    await page.fill('#review-key', API_KEY);
    await page.click('#review-form button[type=submit]');
    await page.locator('#review-proposals li').first().waitFor();
    expect(await page.locator('#review-proposals li').count()).toBe(extractDocument.proposals.length);

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review-view.png') });
    const event = extractDocument.proposals.find((p) => p.kind === 'EVENT') as { id: string; quote: string };
    const span = page.locator(`#review-text mark[data-proposal="${event.id}"]`);
    await expect(span.textContent()).resolves.toBe(event.quote);

    await page
      .locator(`#review-proposals li[data-proposal="${event.id}"] button`, { hasText: 'Accept' })
      .click();
    await page.locator(`#review-proposals li[data-proposal="${event.id}"]`).waitFor({ state: 'detached' });
    const { pendingFacts } = await api<{ pendingFacts: { edges: { node: { id: string } }[] } }>(
      `{ pendingFacts(statuses: [ACCEPTED]) { edges { node { id } } } }`,
    );
    expect(pendingFacts.edges.map((e) => e.node.id)).toEqual([event.id]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
