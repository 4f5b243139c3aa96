import type { Plugin } from 'graphql-yoga';
import { SUPPORTED_LOCALES } from '../domain/locale.js';
import { type Asset, buildPages, type PageName } from './page-bundles.js';
import { type PageOperation, pageOperations } from './page-manifest.js';

/** The pages load only their own files and talk only to this server. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function pageHtml(
  page: PageName,
  title: string,
  body: string,
  operations: PageOperation[],
  persisted: boolean,
) {
  const config = {
    persisted,
    hashes: Object.fromEntries(operations.map((op) => [op.name, op.sha256Hash])),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/pages/pages.css">
<script id="wismo-config" type="application/json">${escapeJson(config)}</script>
<script type="module" src="/pages/${page}.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The seed help page's structure; the script fills it from the public API. */
const HELP_BODY = `<header>
  <h1>What is the meaning of each tracking status update?</h1>
  <div class="row">
    <div><label for="language">Language</label><select id="language"></select></div>
  </div>
</header>
<main>
  <form id="search-form" role="search" class="row">
    <div><label for="search">Search</label><input id="search" type="search" autocomplete="off"></div>
    <button type="submit">Search</button>
  </form>
  <div id="search-results" aria-live="polite"></div>
  <h2>Questions</h2>
  <div id="faq" aria-live="polite"><p class="muted">Loading…</p></div>
  <section class="panel" aria-labelledby="chat-heading">
    <h2 id="chat-heading">Talk to us</h2>
    <p>Please select a question first so we can connect you to the right agent. The Customer Service Team is online 24/7.</p>
    <p id="selected-question" class="muted"></p>
    <button id="chat-now" type="button">Chat now</button>
    <div id="chat-result" role="status"></div>
  </section>
  <section class="panel" aria-labelledby="track-heading">
    <h2 id="track-heading">Track your parcel</h2>
    <form id="track-form" class="row">
      <div><label for="tracking-number">Tracking number</label>
        <input id="tracking-number" required maxlength="40" autocomplete="off"></div>
      <div><label for="postal-code">Postal code</label>
        <input id="postal-code" maxlength="20" autocomplete="postal-code"></div>
      <button type="submit">Track</button>
    </form>
    <div id="track-result" aria-live="polite"></div>
  </section>
</main>`;

/** The dashboard's frame: key, filters, downloads; the script draws the figures. */
const ANALYTICS_BODY = `<header>
  <h1>Help-center analytics</h1>
  <form id="key-form" class="row">
    <div><label for="api-key">API key</label>
      <input id="api-key" type="password" autocomplete="off" spellcheck="false" size="40"></div>
    <button type="submit">Use key</button>
    <button id="forget-key" type="button">Forget key</button>
  </form>
  <p id="key-status" role="alert" class="muted">Enter an API key with the analytics role. It is kept for this tab only.</p>
</header>
<main id="dashboard" hidden>
  <form id="filters" class="row">
    <div><label for="from">From</label><input id="from" type="date"></div>
    <div><label for="to">To</label><input id="to" type="date"></div>
    <div><label for="locale">Locale</label><select id="locale">
      <option value="">All</option>${SUPPORTED_LOCALES.map((l) => `<option value="${l}">${l}</option>`).join('')}
    </select></div>
    <div><label for="interval">Interval</label><select id="interval">
      <option value="DAY">Day</option><option value="WEEK">Week</option>
    </select></div>
    <button type="submit">Apply</button>
  </form>
  <div class="row downloads">
    <button id="csv-feedback" type="button">Download feedback CSV</button>
    <button id="csv-handoffs" type="button">Download handoffs CSV</button>
  </div>
  <div id="charts" class="charts"></div>
  <h2>Most recent agent handoffs</h2>
  <div id="handoffs"></div>
</main>`;

/**
 * `GET /help`, `GET /analytics` and their assets under `/pages/`. The HTML carries the page's operation hashes and
 * whether the server runs persisted operations only, so the same page works in both modes.
 */
export function usePages(options: { persisted: boolean }): Plugin {
  let assets: Promise<Map<string, Asset>> | null = null;
  const operations = pageOperations();
  const html = {
    help: pageHtml('help', 'Help center: tracking', HELP_BODY, operations.help, options.persisted),
    analytics: pageHtml(
      'analytics',
      'Help-center analytics',
      ANALYTICS_BODY,
      operations.analytics,
      options.persisted,
    ),
  };
  const load = () => {
    assets ??= buildPages().catch((error: unknown) => {
      assets = null; // a failed build is retried on the next request
      throw error;
    });
    return assets;
  };
  return {
    async onRequest({ request, url, endResponse }) {
      const page =
        url.pathname === '/help' ? 'help' : url.pathname === '/analytics' ? 'analytics' : null;
      const asset = url.pathname.startsWith('/pages/') ? url.pathname.slice(7) : null;
      if (!page && !asset) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new Response('Use GET.', { status: 405, headers: { allow: 'GET' } }));
      }
      if (page) {
        return endResponse(
          new Response(html[page], {
            headers: {
              'content-type': 'text/html; charset=utf-8',
              'content-security-policy': CSP,
              'x-content-type-options': 'nosniff',
              'referrer-policy': 'no-referrer',
              'cache-control': 'no-cache',
            },
          }),
        );
      }
      const file = (await load()).get(asset!);
      if (!file) return endResponse(new Response('Not found.', { status: 404 }));
      const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      return endResponse(
        new Response(gzip ? file.gzip : file.body, {
          headers: {
            'content-type': file.contentType,
            'x-content-type-options': 'nosniff',
            'cache-control': 'no-cache',
            vary: 'accept-encoding',
            ...(gzip ? { 'content-encoding': 'gzip' } : {}),
          },
        }),
      );
    },
  };
}
