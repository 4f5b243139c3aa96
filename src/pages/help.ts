import type { Locale } from '../domain/locale.js';
import { request, subscribe } from './client.js';
import { byId, formatTime, h, snippetNodes } from './dom.js';
import type { ResultOf } from './graphql.js';
import {
  FaqPage,
  RequestAgent,
  SearchFaq,
  ShipmentUpdates,
  type ShipmentView,
  SubmitFeedback,
  TrackShipment,
} from './help-operations.js';

type Question = ResultOf<typeof FaqPage>['faqQuestions']['edges'][number]['node'];
type Shipment = ResultOf<typeof ShipmentView>;

/** The languages the help content is written in (content/faq.json), each by its own name. */
const LANGUAGES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  nl: 'Nederlands',
  ru: 'Русский',
  pl: 'Polski',
  cs: 'Čeština',
  tr: 'Türkçe',
  uk: 'Українська',
  zh: '中文',
  ja: '日本語',
  ko: '한국어',
};

const state = {
  locale: 'en',
  questions: [] as Question[],
  /** The question the shopper opened last: Chat now routes on it. */
  selected: null as Question | null,
  shipment: null as Shipment | null,
  stopLive: null as (() => void) | null,
};

/** One anonymous id per browser: the server keeps one vote per question and client. */
function clientId(): string {
  const stored = localStorage.getItem('wismo.clientId');
  if (stored) return stored;
  // getRandomValues works on plain http too, unlike randomUUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = `web-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  localStorage.setItem('wismo.clientId', id);
  return id;
}

const votes: Record<string, boolean> = JSON.parse(localStorage.getItem('wismo.votes') ?? '{}');

function defaultLocale(): string {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (primary in LANGUAGES) return primary;
  }
  return 'en';
}

function showError(region: HTMLElement, error: unknown) {
  region.replaceChildren(
    h('p', { class: 'error' }, error instanceof Error ? error.message : String(error)),
  );
}

// ---- FAQ -----------------------------------------------------------------------------------

function voteButtons(q: Question): HTMLElement {
  const status = h('p', { class: 'vote-status', role: 'status' });
  const yes = h('button', { type: 'button', 'aria-pressed': String(votes[q.id] === true) }, 'Yes');
  const no = h('button', { type: 'button', 'aria-pressed': String(votes[q.id] === false) }, 'No');
  const cast = async (helpful: boolean) => {
    try {
      const { submitFeedback: r } = await request(SubmitFeedback, {
        input: {
          questionId: q.id,
          helpful,
          clientId: clientId(),
          trackingStatus: state.shipment?.status ?? null,
        },
      });
      if (r.__typename !== 'SubmitFeedbackSuccess') throw new Error(r.message);
      votes[q.id] = helpful;
      localStorage.setItem('wismo.votes', JSON.stringify(votes));
      yes.setAttribute('aria-pressed', String(helpful));
      no.setAttribute('aria-pressed', String(!helpful));
      status.textContent = r.changed
        ? 'Your answer was changed. Thank you!'
        : 'Thank you for your feedback!';
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  yes.addEventListener('click', () => cast(true));
  no.addEventListener('click', () => cast(false));
  const label = `useful-${q.slug}`;
  return h(
    'div',
    { class: 'vote', role: 'group', 'aria-labelledby': label },
    h('p', { id: label }, 'Was this information useful?'),
    yes,
    no,
    status,
  );
}

function questionItem(q: Question): HTMLElement {
  const details = h(
    'details',
    { id: `q-${q.slug}`, 'data-question-id': q.id },
    h('summary', {}, q.title),
    h('div', { class: 'answer' }, ...q.body.split(/\n{2,}/).map((p) => h('p', {}, p))),
    voteButtons(q),
  );
  details.addEventListener('toggle', () => {
    if (details.open) select(q);
  });
  return details;
}

function select(q: Question) {
  state.selected = q;
  byId('selected-question').textContent = `Selected question: ${q.title}`;
}

async function loadFaq() {
  const list = byId('faq');
  list.setAttribute('aria-busy', 'true');
  try {
    const { faqQuestions } = await request(FaqPage, { locale: state.locale });
    state.questions = faqQuestions.edges.map((e) => e.node);
    list.replaceChildren(...state.questions.map(questionItem));
    state.selected = null;
    byId('selected-question').textContent = '';
  } catch (error) {
    showError(list, error);
  } finally {
    list.removeAttribute('aria-busy');
  }
}

// ---- Search --------------------------------------------------------------------------------

function openQuestion(id: string) {
  const details = byId('faq').querySelector<HTMLDetailsElement>(`[data-question-id="${id}"]`);
  if (!details) return;
  details.open = true;
  details.querySelector('summary')?.focus();
  details.scrollIntoView({ block: 'start' });
}

async function search(event: SubmitEvent) {
  event.preventDefault();
  const query = byId<HTMLInputElement>('search').value.trim();
  const results = byId('search-results');
  if (!query) {
    results.replaceChildren();
    return;
  }
  try {
    const { searchFaq } = await request(SearchFaq, { query, locale: state.locale });
    if (searchFaq.length === 0) {
      results.replaceChildren(h('p', {}, `No answers found for “${query}”.`));
      return;
    }
    results.replaceChildren(
      h('p', {}, `${searchFaq.length} answers for “${query}”, best first:`),
      h(
        'ol',
        {},
        ...searchFaq.map((hit) => {
          const open = h('button', { type: 'button', class: 'link' }, hit.question.title);
          open.addEventListener('click', () => openQuestion(hit.question.id));
          return h('li', {}, open, h('p', { class: 'snippet' }, ...snippetNodes(hit.snippet)));
        }),
      ),
    );
  } catch (error) {
    showError(results, error);
  }
}

// ---- Chat now ------------------------------------------------------------------------------

async function chatNow() {
  const out = byId('chat-result');
  try {
    const { requestAgent: r } = await request(RequestAgent, {
      input: {
        clientId: clientId(),
        questionId: state.selected?.id ?? null,
        trackingNumber: state.shipment?.trackingNumber ?? null,
      },
    });
    if (r.__typename !== 'AgentHandoff') {
      out.replaceChildren(h('p', { class: 'error' }, r.message));
      return;
    }
    out.replaceChildren(
      h(
        'p',
        {},
        `You are being connected to an agent about “${r.question.title}”. Your chat is in the `,
        h('strong', {}, r.queue),
        ' queue.',
      ),
    );
  } catch (error) {
    showError(out, error);
  }
}

// ---- Tracking ------------------------------------------------------------------------------

function renderShipment(s: Shipment, live: boolean) {
  state.shipment = s;
  const e = s.explanation;
  const events = s.events.edges.map(({ node }) =>
    h(
      'li',
      {},
      h('time', { datetime: node.occurredAt }, formatTime(node.occurredAt, state.locale)),
      ` ${node.statusDefinition.title}`,
      node.location ? ` · ${node.location}` : '',
      node.rawMessage ? h('span', { class: 'raw' }, ` “${node.rawMessage}”`) : '',
    ),
  );
  byId('track-result').replaceChildren(
    h(
      'section',
      { 'aria-labelledby': 'shipment-status' },
      h('h3', { id: 'shipment-status' }, `${s.trackingNumber}: ${s.statusDefinition.title}`),
      h('p', {}, e.meaning),
      e.stale ? h('p', { class: 'warning' }, 'There has been no news for longer than usual.') : '',
      estimate(s),
      h('h4', {}, 'What to do now'),
      h('ol', {}, ...e.nextSteps.map((step) => h('li', {}, step))),
      h('h4', {}, 'Events'),
      events.length ? h('ol', { class: 'events' }, ...events) : h('p', {}, 'No events yet.'),
      s.detailsVisible
        ? ''
        : h('p', { class: 'hint' }, 'Enter the postal code to see places and carrier messages.'),
      h(
        'p',
        { class: 'live' },
        live
          ? `Updated live at ${new Date().toLocaleTimeString(state.locale)}.`
          : 'Live updates are on while this page is open.',
      ),
    ),
  );
}

/** The delivery estimate, when the server has one (none once delivered or returned). */
function estimate(s: Shipment): HTMLElement | string {
  const eta = s.estimatedDelivery;
  if (!eta) return '';
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(state.locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
  return h(
    'div',
    { id: 'estimate' },
    h('h4', {}, 'Expected delivery'),
    h(
      'p',
      {},
      `Most likely ${date(eta.likely)}, usually between ${date(eta.earliest)} and ${date(eta.latest)}`,
      ` (from ${eta.sampleSize} similar deliveries).`,
    ),
    s.explanation.outlook ? h('p', {}, s.explanation.outlook) : '',
    eta.late
      ? h('p', { class: 'warning' }, 'This parcel is later than parcels like it usually are.')
      : '',
  );
}

async function track(event: SubmitEvent) {
  event.preventDefault();
  state.stopLive?.();
  state.stopLive = null;
  const out = byId('track-result');
  const trackingNumber = byId<HTMLInputElement>('tracking-number').value.trim();
  const postalCode = byId<HTMLInputElement>('postal-code').value.trim() || null;
  const variables = { trackingNumber, postalCode, locale: state.locale };
  try {
    const { shipment } = await request(TrackShipment, variables);
    if (shipment.__typename !== 'Shipment') {
      state.shipment = null;
      out.replaceChildren(h('p', { class: 'error' }, shipment.message));
      return;
    }
    renderShipment(shipment, false);
    state.stopLive = subscribe(
      ShipmentUpdates,
      variables,
      (data) => {
        const update = data.shipmentUpdated;
        if (update.__typename === 'Shipment') renderShipment(update, true);
        else out.append(h('p', { class: 'error' }, update.message));
      },
      (error) => out.append(h('p', { class: 'error' }, error.message)),
    );
  } catch (error) {
    showError(out, error);
  }
}

// ---- Start ---------------------------------------------------------------------------------

function start() {
  const language = byId<HTMLSelectElement>('language');
  state.locale = defaultLocale();
  language.replaceChildren(
    ...Object.entries(LANGUAGES).map(([code, name]) =>
      h('option', { value: code, selected: code === state.locale }, name),
    ),
  );
  language.value = state.locale;
  language.addEventListener('change', () => {
    state.locale = language.value;
    document.documentElement.lang = state.locale;
    void loadFaq();
  });
  document.documentElement.lang = state.locale;
  byId<HTMLFormElement>('search-form').addEventListener('submit', search);
  byId<HTMLFormElement>('track-form').addEventListener('submit', track);
  byId('chat-now').addEventListener('click', chatNow);
  void loadFaq();
}

start();
