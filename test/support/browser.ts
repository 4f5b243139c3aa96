import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** The system Chromium the browser tests drive (playwright-core ships no browser). */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run; warns once per caller so a skip is never silent. */
export function chromiumAvailable(what: string): boolean {
  const available = existsSync(CHROMIUM);
  if (!available) {
    console.warn(`${what} skipped: ${CHROMIUM} not found (apt-get install chromium)`);
  }
  return available;
}

export type LaunchOptions = Pick<
  Parameters<typeof chromium.launchPersistentContext>[1] & object,
  'locale' | 'timezoneId' | 'viewport'
>;

export interface ChromiumSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser requested, in order: for the no-foreign-origin checks. */
  requested: string[];
  /** Messages of uncaught errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium in a throw-away profile, quiet on the network (no QUIC, updates, sync or
 * background fetches) so that `requested` holds only what the page itself asked for.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'wismo-chromium-'));
  // Playwright refuses --user-data-dir in args; a persistent context is that same flag.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requested: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    requested.push(request.url());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    pageErrors.push(error.message);
  });
  return {
    context,
    page,
    requested,
    pageErrors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
