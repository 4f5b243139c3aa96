import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, chromiumAvailable, launchChromium } from './support/browser.js';
import { type ServerProcess, startServerProcess } from './support/server-process.js';

const hasChromium = chromiumAvailable('graphiql browser test');

const TIMEOUT_MS = 120_000;

/** GraphiQL 5 edits in Monaco, which renders spaces as U+00A0; `\s` matches both. */
const textOf = async (locator: Locator) =>
  ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');

describe.skipIf(!hasChromium)('GraphiQL in a real browser', () => {
  let server: ServerProcess;
  let browser: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    server = await startServerProcess({});
    browser = await launchChromium();
    page = browser.page;
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, TIMEOUT_MS);

  it(
    'opens on the default operations and runs the first one',
    async () => {
      const response = await page.goto(`${server.origin}/graphql`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toMatch(/^text\/html/);

      const editor = page.locator('.graphiql-query-editor');
      await editor.waitFor({ state: 'visible', timeout: 30_000 });
      await expect
        .poll(() => textOf(editor), { timeout: 30_000 })
        .toContain('query Faq { faqQuestions(locale: "en", first: 5)');

      await page.locator('.graphiql-execute-button').click();
      // The document holds several operations and none is selected, so GraphiQL's run
      // button opens a menu of them (Faq, Statuses, Normalize, Search) instead of running.
      const pick = page.getByRole('menuitem', { name: 'Faq', exact: true });
      const asked = await pick.waitFor({ state: 'visible', timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (asked) await pick.click();

      const result = page.locator('.graphiql-response');
      await expect
        .poll(() => textOf(result), { timeout: 30_000 })
        .toContain('"title": "How to track order?"');
      expect(await textOf(result)).not.toContain('"errors"');

      expect(browser.pageErrors).toEqual([]);
      const foreign = browser.requested.filter((url) => {
        if (url.startsWith('data:') || url.startsWith('blob:')) return false;
        return new URL(url).origin !== server.origin;
      });
      expect(foreign).toEqual([]);
      expect(browser.requested.some((url) => url.startsWith(`${server.origin}/graphql`))).toBe(
        true,
      );
    },
    TIMEOUT_MS,
  );
});
