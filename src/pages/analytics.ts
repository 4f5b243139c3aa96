import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Dashboard, RecentHandoffs } from './analytics-operations.js';
import { request, Unauthenticated } from './client.js';
import { byId, formatTime, h } from './dom.js';
import type { ResultOf } from './graphql.js';

// Only the pieces the dashboard draws, so the bundle carries no unused chart types.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);
Chart.defaults.animation = false;

type Data = ResultOf<typeof Dashboard>;
const KEY = 'wismo.analyticsKey';
const COLOURS = ['#0b5cad', '#c2410c', '#15803d', '#7e22ce', '#a16207', '#be123c', '#0e7490'];
const charts = new Map<string, Chart>();

// ---- Key -----------------------------------------------------------------------------------

/** Kept for this tab only, and sent as a bearer token: never in a URL, never in localStorage. */
const key = {
  get: () => sessionStorage.getItem(KEY),
  set: (value: string) => sessionStorage.setItem(KEY, value),
  clear: () => sessionStorage.removeItem(KEY),
};

function showKeyState(message: string, isError: boolean) {
  const out = byId('key-status');
  out.textContent = message;
  out.className = isError ? 'error' : 'muted';
}

// ---- Filters -------------------------------------------------------------------------------

function isoDay(date: Date) {
  return date.toLocaleDateString('en-CA');
}

/** The analyst's own time zone: days and weeks start at their midnight, not UTC's. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** A date input's day as the instant its local midnight begins (`days` later). */
function localMidnight(value: string, days = 0): Date {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y!, m! - 1, d! + days);
}

/** The form's filters as API arguments: whole local days, from the start of `from` to the end of `to`. */
function filters() {
  const from = byId<HTMLInputElement>('from').value;
  const to = byId<HTMLInputElement>('to').value;
  const locale = byId<HTMLSelectElement>('locale').value || null;
  const interval = byId<HTMLSelectElement>('interval').value === 'WEEK' ? 'WEEK' : 'DAY';
  return {
    from: from ? localMidnight(from).toISOString() : null,
    to: to ? new Date(localMidnight(to, 1).getTime() - 1).toISOString() : null,
    locale,
    interval,
    timeZone: TIME_ZONE,
  } as const;
}

// ---- Drawing -------------------------------------------------------------------------------

const pct = (x: number | null) => (x == null ? '–' : `${(x * 100).toFixed(1)}%`);
/** A bucket's local date, YYYY-MM-DD (en-CA writes dates that way). */
const day = (iso: string) => new Date(iso).toLocaleDateString('en-CA');

function table(caption: string, headers: string[], rows: (string | number)[][]) {
  return h(
    'table',
    {},
    h('caption', { class: 'sr-only' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...headers.map((text, i) => h('th', { scope: 'col', class: i > 0 ? 'num' : false }, text)),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          ...row.map((cell, i) =>
            i === 0
              ? h('th', { scope: 'row' }, String(cell))
              : h('td', { class: 'num' }, String(cell)),
          ),
        ),
      ),
    ),
  );
}

/**
 * One figure: a canvas with an accessible name (what it shows, in a sentence) and the same
 * numbers as a table beside it, which screen readers and tests read.
 */
function figure(id: string, title: string, config: ChartConfiguration, data: HTMLTableElement) {
  charts.get(id)?.destroy();
  const canvas = h('canvas', { role: 'img', 'aria-label': title });
  const fig = h(
    'figure',
    { id, 'aria-labelledby': `${id}-caption` },
    h('figcaption', { id: `${id}-caption` }, title),
    h('div', { class: 'chart' }, canvas),
    data,
  );
  byId('charts').append(fig);
  config.options = { responsive: true, maintainAspectRatio: false, ...config.options };
  charts.set(id, new Chart(canvas, config));
}

function short(title: string) {
  return title.length > 32 ? `${title.slice(0, 30)}…` : title;
}

/** Options of a bar chart whose bars stack whole counts; fresh each time, as Chart.js fills them in. */
function stackedCounts(): ChartConfiguration['options'] {
  return {
    scales: {
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
    },
  };
}

/** Helpful over not helpful votes, stacked, one bar per row. */
function voteBars<R extends { helpful: number; notHelpful: number }>(
  rows: readonly R[],
  label: (row: R) => string,
): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: rows.map(label),
      datasets: [
        { label: 'Helpful', data: rows.map((r) => r.helpful), backgroundColor: COLOURS[2] },
        { label: 'Not helpful', data: rows.map((r) => r.notHelpful), backgroundColor: COLOURS[1] },
      ],
    },
    options: stackedCounts(),
  };
}

function draw(d: Data) {
  byId('charts').replaceChildren();

  // Ranked by how sure we are that the answer helps, not by its raw rate.
  const ranked = [...d.feedbackSummary].sort(
    (a, b) => (b.wilsonLowerBound ?? -1) - (a.wilsonLowerBound ?? -1),
  );
  figure(
    'helpfulness',
    'Helpfulness per question, ranked by Wilson lower bound (95% interval)',
    {
      type: 'bar',
      data: {
        labels: ranked.map((s) => short(s.question.title)),
        datasets: [
          {
            label: '95% interval',
            data: ranked.map((s) => [s.wilsonLowerBound ?? 0, s.wilsonUpperBound ?? 0]),
            backgroundColor: '#9cc3ea',
          },
          {
            type: 'line',
            label: 'Helpful rate',
            data: ranked.map((s) => s.helpfulRate),
            showLine: false,
            pointRadius: 5,
            backgroundColor: COLOURS[0],
            borderColor: COLOURS[0],
          },
        ],
      },
      options: { indexAxis: 'y', scales: { x: { min: 0, max: 1 } } },
    } as ChartConfiguration,
    table(
      'Helpfulness per question',
      ['Question', 'Helpful', 'Not helpful', 'Total', 'Rate', 'Wilson low', 'Wilson high'],
      ranked.map((s) => [
        s.question.title,
        s.helpful,
        s.notHelpful,
        s.total,
        pct(s.helpfulRate),
        pct(s.wilsonLowerBound),
        pct(s.wilsonUpperBound),
      ]),
    ),
  );

  figure(
    'votes-over-time',
    'Helpful and not helpful votes over time',
    voteBars(d.feedbackTimeSeries, (b) => day(b.start)),
    table(
      'Votes over time',
      ['Period', 'Helpful', 'Not helpful'],
      d.feedbackTimeSeries
        .filter((b) => b.helpful + b.notHelpful > 0)
        .map((b) => [day(b.start), b.helpful, b.notHelpful]),
    ),
  );

  const statusName = (s: string | null) => s ?? 'No shipment';
  figure(
    'votes-by-status',
    'Votes by the shipment status the shopper saw',
    voteBars(d.feedbackByTrackingStatus, (s) => statusName(s.trackingStatus)),
    table(
      'Votes by shipment status',
      ['Status', 'Helpful', 'Not helpful', 'Total'],
      d.feedbackByTrackingStatus.map((s) => [
        statusName(s.trackingStatus),
        s.helpful,
        s.notHelpful,
        s.total,
      ]),
    ),
  );

  const hs = d.handoffSummary;
  figure(
    'handoffs-by-queue',
    `Agent handoffs by queue (${hs.total} in total)`,
    {
      type: 'bar',
      data: {
        labels: hs.byQueue.map((q) => q.queue),
        datasets: [
          { label: 'Handoffs', data: hs.byQueue.map((q) => q.count), backgroundColor: COLOURS[0] },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table(
      'Handoffs by queue',
      ['Queue', 'Handoffs'],
      hs.byQueue.map((q) => [q.queue, q.count]),
    ),
  );

  const statuses = hs.byStatus.map((s) => s.status);
  figure(
    'handoffs-over-time',
    'Agent handoffs by shipment status over time',
    {
      type: 'bar',
      data: {
        labels: hs.overTime.map((b) => day(b.start)),
        datasets: statuses.map((status, i) => ({
          label: statusName(status),
          data: hs.overTime.map((b) => b.byStatus.find((s) => s.status === status)?.count ?? 0),
          backgroundColor: COLOURS[i % COLOURS.length],
        })),
      },
      options: stackedCounts(),
    },
    table(
      'Handoffs by status',
      ['Status', 'Handoffs'],
      hs.byStatus.map((s) => [statusName(s.status), s.count]),
    ),
  );

  figure(
    'handoff-questions',
    'Questions that most often lead to a handoff',
    {
      type: 'bar',
      data: {
        labels: hs.byQuestion.map((q) => short(q.question.title)),
        datasets: [
          {
            label: 'Handoffs',
            data: hs.byQuestion.map((q) => q.count),
            backgroundColor: COLOURS[3],
          },
        ],
      },
      options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table(
      'Handoffs by question',
      ['Question', 'Handoffs'],
      hs.byQuestion.map((q) => [q.question.title, q.count]),
    ),
  );

  const mix = d.carrierMessageMix;
  figure(
    'message-methods',
    `How carrier messages were read (${mix.total} messages)`,
    {
      type: 'bar',
      data: {
        labels: mix.byMethod.map((m) => m.method),
        datasets: [
          {
            label: 'Messages',
            data: mix.byMethod.map((m) => m.count),
            backgroundColor: COLOURS[6],
          },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table(
      'Match methods',
      ['Method', 'Messages'],
      mix.byMethod.map((m) => [m.method, m.count]),
    ),
  );

  figure(
    'unmatched-over-time',
    'Carrier messages nothing could read, over time',
    {
      type: 'line',
      data: {
        labels: mix.unmatchedOverTime.map((b) => day(b.start)),
        datasets: [
          {
            label: 'Unmatched',
            data: mix.unmatchedOverTime.map((b) => b.unmatched),
            borderColor: COLOURS[1],
            backgroundColor: COLOURS[1],
          },
          {
            label: 'All messages',
            data: mix.unmatchedOverTime.map((b) => b.total),
            borderColor: COLOURS[0],
            backgroundColor: COLOURS[0],
          },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table(
      'Unmatched messages over time',
      ['Period', 'Unmatched', 'All messages'],
      mix.unmatchedOverTime
        .filter((b) => b.total > 0)
        .map((b) => [day(b.start), b.unmatched, b.total]),
    ),
  );
}

function drawHandoffs(list: ResultOf<typeof RecentHandoffs>) {
  byId('handoffs').replaceChildren(
    table(
      'Most recent agent handoffs',
      ['When', 'Queue', 'Question', 'Tracking number', 'Status', 'Message'],
      list.agentRequests.edges.map(({ node: r }) => [
        formatTime(r.createdAt, 'en'),
        r.queue,
        r.question.title,
        r.trackingNumber ?? '',
        r.shipmentStatus ?? '',
        r.message ?? '',
      ]),
    ),
  );
}

// ---- Loading -------------------------------------------------------------------------------

async function load() {
  const token = key.get();
  const dashboard = byId('dashboard');
  if (!token) {
    dashboard.hidden = true;
    return;
  }
  const f = filters();
  try {
    const [data, handoffs] = await Promise.all([
      request(Dashboard, f, token),
      request(RecentHandoffs, { from: f.from, to: f.to, locale: f.locale }, token),
    ]);
    dashboard.hidden = false;
    showKeyState('Key accepted.', false);
    draw(data);
    drawHandoffs(handoffs);
  } catch (error) {
    dashboard.hidden = true;
    if (error instanceof Unauthenticated) {
      key.clear();
      showKeyState('The API key was refused. Enter an analytics key.', true);
    } else {
      showKeyState(error instanceof Error ? error.message : String(error), true);
    }
  }
}

/** CSV through fetch, so the key travels in the Authorization header and never in a link. */
async function download(path: string, name: string) {
  const token = key.get();
  if (!token) return;
  const f = filters();
  const params = new URLSearchParams();
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.locale) params.set('locale', f.locale);
  const response = await fetch(`${path}?${params}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) {
    showKeyState(`The export failed (${response.status}).`, true);
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function start() {
  const today = new Date();
  byId<HTMLInputElement>('to').value = isoDay(today);
  byId<HTMLInputElement>('from').value = isoDay(new Date(today.getTime() - 29 * 86_400_000));
  byId<HTMLFormElement>('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>('api-key');
    const value = input.value.trim();
    input.value = '';
    if (!value) return;
    key.set(value);
    void load();
  });
  byId('forget-key').addEventListener('click', () => {
    key.clear();
    byId('dashboard').hidden = true;
    showKeyState('Key forgotten.', false);
  });
  byId<HTMLFormElement>('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  byId('csv-feedback').addEventListener('click', () =>
    download('/exports/feedback.csv', 'feedback.csv'),
  );
  byId('csv-handoffs').addEventListener('click', () =>
    download('/exports/agent-requests.csv', 'agent-requests.csv'),
  );
  if (key.get()) void load();
}

start();
