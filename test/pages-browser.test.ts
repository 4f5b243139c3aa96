import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageOperations, persistedManifest } from '../src/plugins/page-manifest.js';
import {
  CHROMIUM,
  type ChromiumSession,
  chromiumAvailable,
  launchChromium,
} from './support/browser.js';
import { type ServerProcess, startServerProcess } from './support/server-process.js';

const hasChromium = chromiumAvailable('pages browser test');

const TIMEOUT_MS = 120_000;
const ADMIN_KEY = 'pages-browser-test-admin-key-0123456789';
const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const SEED_SENTENCE = 'Please select a question first so we can connect you to the right agent.';

describe.skipIf(!hasChromium)('the /help and /analytics pages in a real browser', () => {
  let server: ServerProcess;
  let browser: ChromiumSession;
  let page: Page;

  async function api(query: string, variables: Record<string, unknown>, key = ADMIN_KEY) {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  async function screenshot(name: string) {
    const path = join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    console.info(`screenshot: ${path}`);
  }

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    server = await startServerProcess({ WISMO_ADMIN_KEY: ADMIN_KEY, WISMO_DEMO_DATA: 'true' });
    browser = await launchChromium({
      locale: 'en-US',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1100, height: 900 },
    });
    page = browser.page;
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, TIMEOUT_MS);

  it(
    '/help: FAQ in the browser language, Chat now without a question shows the seed sentence',
    async () => {
      const response = await page.goto(`${server.origin}/help`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await page.getByText('How to track order?').waitFor({ timeout: 30_000 });
      expect(await page.locator('#faq details').count()).toBe(5);
      expect(await page.getByLabel('Language').inputValue()).toBe('en');

      await page.getByRole('button', { name: 'Chat now', exact: true }).click();
      await expect.poll(() => page.locator('#chat-result').textContent()).toBe(SEED_SENTENCE);
    },
    TIMEOUT_MS,
  );

  it(
    '/help: search shows highlighted snippets; Yes then No changes the vote; Chat now hands off',
    async () => {
      await page.getByLabel('Search').fill('customs');
      await page.getByLabel('Search').press('Enter');
      const results = page.locator('#search-results li');
      await results.first().waitFor({ timeout: 15_000 });
      expect(
        (await page.locator('#search-results mark').first().textContent())?.toLowerCase(),
      ).toBe('customs');
      await results.first().getByRole('button').click();

      const question = page.locator('details[open]');
      await expect.poll(() => question.locator('summary').textContent()).toContain('Customs');
      await question.getByRole('button', { name: 'Yes' }).click();
      await expect
        .poll(() => question.locator('.vote-status').textContent())
        .toBe('Thank you for your feedback!');
      expect(await question.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      await question.getByRole('button', { name: 'No' }).click();
      await expect
        .poll(() => question.locator('.vote-status').textContent())
        .toBe('Your answer was changed. Thank you!');

      await page.getByRole('button', { name: 'Chat now', exact: true }).click();
      await expect
        .poll(() => page.locator('#chat-result').textContent())
        .toMatch(/connected to an agent about .*Customs.* queue\./);
    },
    TIMEOUT_MS,
  );

  it(
    '/help: Track shows the status, next steps and events, and updates live over SSE',
    async () => {
      await page.getByLabel('Tracking number').fill('LX204812345CN');
      await page.getByRole('button', { name: 'Track', exact: true }).click();
      const heading = page.locator('#shipment-status');
      await expect
        .poll(() => heading.textContent(), { timeout: 15_000 })
        .toBe('LX204812345CN: Waiting for pickup');
      expect(await page.locator('#track-result li').count()).toBeGreaterThan(1);
      await screenshot('help');

      const { createApiKey } = await api(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
        { input: { role: 'CARRIER', name: 'pages-browser' } },
      );
      // The subscription opens right after the lookup; give it a moment to be listening.
      await expect.poll(() => page.locator('.live').textContent()).toContain('Live updates are on');
      let updated = false;
      for (let attempt = 0; attempt < 10 && !updated; attempt++) {
        await api(
          `mutation($input: RecordTrackingEventsInput!) {
            recordTrackingEvents(input: $input) { __typename }
          }`,
          {
            input: {
              trackingNumber: 'LX204812345CN',
              events: [
                {
                  eventId: `collected-${attempt}`,
                  occurredAt: new Date().toISOString(),
                  message: 'Collected by the recipient',
                },
              ],
            },
          },
          createApiKey.key,
        );
        updated = await heading
          .filter({ hasText: 'Delivered' })
          .waitFor({ timeout: 3_000 })
          .then(
            () => true,
            () => false,
          );
      }
      expect(await heading.textContent()).toBe('LX204812345CN: Delivered');
      expect(await page.locator('.live').textContent()).toContain('Updated live');
    },
    TIMEOUT_MS,
  );

  it(
    '/help: shows the delivery estimate when the server has one',
    async () => {
      await page.getByLabel('Tracking number').fill('RF271828189CN');
      await page.getByRole('button', { name: 'Track', exact: true }).click();
      const estimate = page.locator('#estimate');
      await estimate.waitFor({ timeout: 15_000 });
      // The same lookup through the API: the page shows what the server said.
      const data = await api(
        '{ shipment(trackingNumber: "RF271828189CN") { ... on Shipment { estimatedDelivery { late sampleSize } explanation { outlook } } } }',
        {},
      );
      const { sampleSize } = data.shipment.estimatedDelivery;
      expect(await estimate.textContent()).toMatch(
        new RegExp(
          `Expected delivery.*Most likely .*between .* and .*\\(from ${sampleSize} similar`,
        ),
      );
      expect(await estimate.textContent()).toContain(data.shipment.explanation.outlook);
      expect((await estimate.locator('.warning').count()) > 0).toBe(
        data.shipment.estimatedDelivery.late,
      );
    },
    TIMEOUT_MS,
  );

  it(
    '/help: works from the keyboard with a visible focus ring, and loads nothing from elsewhere',
    async () => {
      await page.goto(`${server.origin}/help`, { waitUntil: 'load' });
      await page.getByText('How to track order?').waitFor({ timeout: 30_000 });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('language');
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline).not.toBe('none');
      // Open the first question from the keyboard.
      await page.locator('#faq summary').first().focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#faq details').first().getAttribute('open')).not.toBeNull();

      // The language switch reloads the FAQ in the chosen language.
      await page.getByLabel('Language').selectOption('es');
      await page.getByText('¿Cómo rastrear el pedido?').waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

      expect(browser.pageErrors).toEqual([]);
      const foreign = browser.requested.filter((url) => new URL(url).origin !== server.origin);
      expect(foreign).toEqual([]);
    },
    TIMEOUT_MS,
  );
  it(
    '/analytics: refuses a wrong key and keeps nothing of it',
    async () => {
      await page.goto(`${server.origin}/analytics`, { waitUntil: 'load' });
      await page.getByLabel('API key').fill('wismo_not-a-real-key-0000000000000000');
      await page.getByLabel('API key').press('Enter');
      await expect
        .poll(() => page.locator('#key-status').textContent())
        .toBe('The API key was refused. Enter an analytics key.');
      expect(await page.locator('#dashboard').isHidden()).toBe(true);
      expect(await page.evaluate(() => sessionStorage.getItem('wismo.analyticsKey'))).toBeNull();
    },
    TIMEOUT_MS,
  );

  it(
    '/analytics: shows the vote cast on /help, with the same numbers as the API, and exports CSV',
    async () => {
      const { createApiKey } = await api(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
        { input: { role: 'ANALYTICS', name: 'pages-browser-analytics' } },
      );
      const analyticsKey: string = createApiKey.key;
      const authorizations: string[] = [];
      let dashboardVariables: Record<string, unknown> | null = null;
      page.on('request', (r) => {
        const auth = r.headers().authorization;
        if (auth) authorizations.push(auth);
        const body = r.method() === 'POST' ? r.postDataJSON() : null;
        if (body?.operationName === 'AnalyticsDashboard') dashboardVariables = body.variables;
      });
      await page.getByLabel('API key').fill(analyticsKey);
      await page.getByRole('button', { name: 'Use key' }).click();
      const helpfulness = page.locator('#helpfulness table');
      await helpfulness.waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => sessionStorage.getItem('wismo.analyticsKey'))).toBe(
        analyticsKey,
      );
      expect(authorizations).toContain(`Bearer ${analyticsKey}`);
      expect(browser.requested.some((url) => url.includes(analyticsKey))).toBe(false);
      for (const name of [
        'helpfulness',
        'votes-over-time',
        'handoffs-by-queue',
        'message-methods',
      ]) {
        const label = await page.locator(`#${name} canvas`).getAttribute('aria-label');
        expect(label, name).toBeTruthy();
      }

      // The page counts days from the browser's midnight (Europe/Berlin here), not UTC's.
      expect(dashboardVariables).toMatchObject({ timeZone: 'Europe/Berlin', interval: 'DAY' });
      const fromDay = await page.getByLabel('From', { exact: true }).inputValue();
      expect(new Date((dashboardVariables as any).from).toISOString()).toBe(
        new Date(`${fromDay}T00:00:00+01:00`).toISOString(),
      );
      // The same operation through the API, with the variables the page sent.
      const dashboard = pageOperations().analytics.find((op) => op.name === 'AnalyticsDashboard')!;
      const expected = await api(dashboard.query, dashboardVariables!, analyticsKey);
      const rows = (selector: string) =>
        page
          .locator(`${selector} tbody tr`)
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
          );
      const voted = (await rows('#helpfulness')).find((r) => r[0]!.includes('Held by Customs'));
      // The /help test voted Yes, then changed it to No.
      expect(voted?.slice(1, 4)).toEqual(['0', '1', '1']);
      const byTitle = new Map<string, any>(
        expected.feedbackSummary.map((s: any) => [s.question.title, s]),
      );
      for (const [title, helpful, notHelpful, total] of await rows('#helpfulness')) {
        const api = byTitle.get(title!);
        expect([helpful, notHelpful, total]).toEqual([
          String(api.helpful),
          String(api.notHelpful),
          String(api.total),
        ]);
      }
      const berlinDay = (iso: string) =>
        new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' });
      expect(await rows('#votes-over-time')).toEqual(
        expected.feedbackTimeSeries
          .filter((b: any) => b.helpful + b.notHelpful > 0)
          .map((b: any) => [berlinDay(b.start), String(b.helpful), String(b.notHelpful)]),
      );
      expect(await rows('#handoffs-by-queue')).toEqual(
        expected.handoffSummary.byQueue.map((q: any) => [q.queue, String(q.count)]),
      );
      expect(await rows('#message-methods')).toEqual(
        expected.carrierMessageMix.byMethod.map((m: any) => [m.method, String(m.count)]),
      );
      await screenshot('analytics');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download handoffs CSV' }).click(),
      ]);
      const csv = await readFile((await download.path())!, 'utf8');
      expect(csv.split('\n')[0]).toContain('queue');
      expect(csv).toContain('customs');
      const [feedbackDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download feedback CSV' }).click(),
      ]);
      expect(feedbackDownload.suggestedFilename()).toBe('feedback.csv');
      const feedbackCsv = await readFile((await feedbackDownload.path())!, 'utf8');
      // One row per current vote in the range: the one cast on /help.
      expect(feedbackCsv.trim().split('\n')).toHaveLength(2);
      expect(browser.pageErrors).toEqual([]);
    },
    TIMEOUT_MS,
  );
});

describe.skipIf(!hasChromium)('/help against a server that runs persisted operations only', () => {
  let server: ServerProcess;
  let dir: string;
  let context: BrowserContext;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wismo-persisted-'));
    const manifest = join(dir, 'persisted.json');
    await writeFile(manifest, JSON.stringify(persistedManifest()));
    server = await startServerProcess({
      WISMO_DEMO_DATA: 'true',
      WISMO_PERSISTED_OPERATIONS: manifest,
    });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'de-DE',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  }, TIMEOUT_MS);

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, TIMEOUT_MS);

  it(
    'sends only hashes, and the FAQ (in the browser language), search and Track work',
    async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const bodies: Record<string, unknown>[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql') && r.method() === 'POST') bodies.push(r.postDataJSON());
      });
      await page.goto(`${server.origin}/help`, { waitUntil: 'load' });
      await page.locator('#faq details').first().waitFor({ timeout: 30_000 });
      expect(await page.getByLabel('Language').inputValue()).toBe('de');
      expect(await page.locator('#faq details').count()).toBe(5);
      await page.getByLabel('Search').fill('zoll');
      await page.getByLabel('Search').press('Enter');
      await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
      await page.getByLabel('Tracking number').fill('UA314159268CN');
      await page.getByRole('button', { name: 'Track', exact: true }).click();
      await page.locator('#shipment-status').waitFor({ timeout: 15_000 });
      expect(bodies.length).toBeGreaterThanOrEqual(3);
      for (const body of bodies) {
        expect(body.query).toBeUndefined();
        expect(body.extensions).toMatchObject({ persistedQuery: { version: 1 } });
      }
    },
    TIMEOUT_MS,
  );
});
