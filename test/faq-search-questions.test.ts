import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/gql.js';
import { authHeader } from './support/keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const SEARCH = /* GraphQL */ `
  query Search($q: String!, $locale: String) {
    searchFaq(query: $q, locale: $locale) { score snippet question { slug locale } }
  }
`;

/**
 * Questions as shoppers type them (not the FAQ titles), with the answer they need on top.
 * Each row shares only some words with its answer, often in another form, as a synonym or
 * misspelt.
 */
const QUESTIONS: Record<string, [string, string][]> = {
  en: [
    ['it says delivered but I never got it', 'delivered-but-not-received'],
    ['no update since it arrived in my country', 'no-update-after-arrival-at-destination'],
    ['how do I track my order', 'how-to-track-order'],
    ['can I follow my shipment online', 'how-to-track-order'],
    ['my package is stuck at customs what do I do', 'held-by-customs'],
    ['do I have to pay import duties', 'held-by-customs'],
    ['who should I call if customs keeps my parcel', 'held-by-customs'],
    [
      "the tracking hasn't moved in days after arriving in the destination country",
      'no-update-after-arrival-at-destination',
    ],
    ['package marked as delivered but missing', 'delivered-but-not-received'],
    ['deliverd but not recieved', 'delivered-but-not-received'],
    ['what does awaiting collection mean', 'other-expressions-of-waiting-for-pickup'],
    ['I got a notice card that they tried to deliver', 'other-expressions-of-waiting-for-pickup'],
    ['where is my package', 'how-to-track-order'],
    ['my parcel is in a locker', 'other-expressions-of-waiting-for-pickup'],
    // "stuck" is a customs word, but "arrival destination" side by side is the other title.
    ['status stuck on arrival at destination', 'no-update-after-arrival-at-destination'],
    ['customs fee to pay before delivery', 'held-by-customs'],
  ],
  es: [
    ['dice entregado pero no lo he recibido', 'delivered-but-not-received'],
    ['mi paquete está retenido en la aduana', 'held-by-customs'],
    ['cómo puedo rastrear mi pedido', 'how-to-track-order'],
    ['no se actualiza desde que llegó a mi país', 'no-update-after-arrival-at-destination'],
    ['intentaron entregar y dejaron un aviso', 'other-expressions-of-waiting-for-pickup'],
    ['aduna', 'held-by-customs'],
    ['dónde está mi paquete', 'how-to-track-order'],
    ['pone entregado pero no me ha llegado', 'delivered-but-not-received'],
  ],
  pt: [
    ['diz entregue mas não recebi', 'delivered-but-not-received'],
    ['minha encomenda está parada na alfandega', 'held-by-customs'],
    ['como rastrear minha encomenda', 'how-to-track-order'],
    ['não atualiza desde que chegou no brasil', 'no-update-after-arrival-at-destination'],
    ['tentaram entregar e deixaram aviso', 'other-expressions-of-waiting-for-pickup'],
    ['onde está minha encomenda', 'how-to-track-order'],
    ['meu pacote chegou no brasil e parou', 'no-update-after-arrival-at-destination'],
  ],
  fr: [
    ["il est marqué livré mais je n'ai rien reçu", 'delivered-but-not-received'],
    ['mon colis est bloqué à la douane', 'held-by-customs'],
    ['comment suivre mon colis', 'how-to-track-order'],
    ["pas de mise à jour depuis l'arrivée dans mon pays", 'no-update-after-arrival-at-destination'],
    ["on m'a laissé un avis de passage", 'other-expressions-of-waiting-for-pickup'],
    ['livre mais pas recu', 'delivered-but-not-received'],
    ['où est mon colis', 'how-to-track-order'],
    ['colis disponible en point relais', 'other-expressions-of-waiting-for-pickup'],
  ],
  de: [
    ['als zugestellt markiert aber nicht angekommen', 'delivered-but-not-received'],
    ['mein Paket hängt beim Zoll fest', 'held-by-customs'],
    ['wie kann ich meine Sendung verfolgen', 'how-to-track-order'],
    ['keine Aktualisierung seit Ankunft im Zielland', 'no-update-after-arrival-at-destination'],
    ['Benachrichtigung bekommen, Zustellversuch', 'other-expressions-of-waiting-for-pickup'],
    ['zugestelt aber nicht erhalten', 'delivered-but-not-received'],
    ['wo ist mein Paket', 'how-to-track-order'],
    ['Paket liegt in der Packstation', 'other-expressions-of-waiting-for-pickup'],
    ['muss ich Einfuhrumsatzsteuer zahlen', 'held-by-customs'],
  ],
  it: [
    ['dove è il mio pacco', 'how-to-track-order'],
    ['pacco bloccato in dogana', 'held-by-customs'],
    ["risulta consegnato ma non l'ho ricevuto", 'delivered-but-not-received'],
    ['arrivato in italia ma nessun aggiornamento', 'no-update-after-arrival-at-destination'],
    ["il pacco è in giacenza all'ufficio postale", 'other-expressions-of-waiting-for-pickup'],
  ],
  nl: [
    ['waar is mijn pakket', 'how-to-track-order'],
    ['moet ik invoerrechten betalen', 'held-by-customs'],
    ['staat op bezorgd maar niet ontvangen', 'delivered-but-not-received'],
    ['aangekomen in nederland maar geen update meer', 'no-update-after-arrival-at-destination'],
    ['pakket ligt klaar bij het afhaalpunt', 'other-expressions-of-waiting-for-pickup'],
  ],
  ru: [
    ['где моя посылка', 'how-to-track-order'],
    ['посылка застряла на таможне', 'held-by-customs'],
    ['написано доставлено но я не получил', 'delivered-but-not-received'],
    ['прибыло в россию и нет обновлений', 'no-update-after-arrival-at-destination'],
    ['пришло извещение на почту', 'other-expressions-of-waiting-for-pickup'],
  ],
  pl: [
    ['gdzie jest moja paczka', 'how-to-track-order'],
    ['paczka utknęła na cle', 'held-by-customs'],
    ['status doręczona ale nic nie dostałem', 'delivered-but-not-received'],
    ['dotarła do polski i brak aktualizacji', 'no-update-after-arrival-at-destination'],
    ['kurier zostawił awizo', 'other-expressions-of-waiting-for-pickup'],
  ],
  cs: [
    ['kde je moje zásilka', 'how-to-track-order'],
    ['zásilka je zadržená na celnici', 'held-by-customs'],
    ['píše doručeno ale nic mi nepřišlo', 'delivered-but-not-received'],
    ['zásilka čeká na vyzvednutí co to znamená', 'other-expressions-of-waiting-for-pickup'],
  ],
  uk: [
    ['де моя посилка', 'how-to-track-order'],
    ['посилка застрягла на митниці', 'held-by-customs'],
    ['написано доставлено але я не отримав', 'delivered-but-not-received'],
    ['прибула в україну і немає оновлень', 'no-update-after-arrival-at-destination'],
  ],
  tr: [
    ['kargom nerede', 'how-to-track-order'],
    ['paketim gümrükte takıldı', 'held-by-customs'],
    ['teslim edildi yazıyor ama almadım', 'delivered-but-not-received'],
  ],
  zh: [
    ['我的包裹在哪里', 'how-to-track-order'],
    ['包裹被海关扣了怎么办', 'held-by-customs'],
    ['显示已签收但是我没收到', 'delivered-but-not-received'],
    ['到了目的国以后一直没有更新', 'no-update-after-arrival-at-destination'],
  ],
  ja: [
    ['荷物はどこですか', 'how-to-track-order'],
    ['税関で止まっています', 'held-by-customs'],
    ['配達完了なのに届いていない', 'delivered-but-not-received'],
  ],
  ko: [
    ['택배 조회는 어떻게 하나요', 'how-to-track-order'],
    ['세관에서 통관 보류 중이에요', 'held-by-customs'],
    ['배송 완료라는데 못 받았어요', 'delivered-but-not-received'],
  ],
};

describe.each(Object.entries(QUESTIONS))('shopper questions in %s', (locale, rows) => {
  it.each(rows)('"%s" -> %s', async (query, slug) => {
    const { data, errors } = await gql(t.app, SEARCH, { q: query, locale });
    expect(errors).toBeUndefined();
    expect(data.searchFaq[0]).toMatchObject({ question: { slug, locale } });
    expect(data.searchFaq[0].snippet).toContain('<mark>');
  });
});

describe('searchFaq', () => {
  it.each([
    ['what does in transit mean', 'en'],
    ['que significa en tránsito', 'es'],
    ['o que significa em trânsito', 'pt'],
    ['was bedeutet unterwegs', 'de'],
  ])('finds by a status name the question explaining that status: "%s"', async (q, locale) => {
    // No FAQ text says "in transit": the question is linked to the status (relatedStatuses).
    const { data } = await gql(t.app, SEARCH, { q, locale });
    expect(data.searchFaq[0]).toMatchObject({ question: { slug: 'how-to-track-order', locale } });
  });

  it.each([
    // No locale asked for: English, whose words these are not.
    ['où est mon colis', undefined, 'how-to-track-order', 'fr'],
    ['paquete retenido en aduana', undefined, 'held-by-customs', 'es'],
    ['chegou ao destino e não atualiza mais', 'en', 'no-update-after-arrival-at-destination', 'pt'],
    // English finds something here through a typo fix; French knows the words.
    ['colis indiqué livré mais pas reçu', 'en', 'delivered-but-not-received', 'fr'],
    [
      'Paket liegt in der Filiale zur Abholung bereit',
      'es',
      'other-expressions-of-waiting-for-pickup',
      'de',
    ],
  ])('answers "%s" (locale %s) in the language it is written in', async (q, locale, slug, lang) => {
    const { data } = await gql(t.app, SEARCH, locale ? { q, locale } : { q });
    expect(data.searchFaq[0]).toMatchObject({ question: { slug, locale: lang } });
  });

  it('keeps the requested locale when it knows the words, and guesses no language from one word', async () => {
    // Spanish words on a Spanish page: the Spanish question, although other locales know "en".
    const es = await gql(t.app, SEARCH, { q: 'mi paquete está en la aduana', locale: 'es' });
    expect(es.data.searchFaq[0]).toMatchObject({
      question: { slug: 'held-by-customs', locale: 'es' },
    });
    // Hungarian, which has no questions, on a Spanish page: "status" is also an English word,
    // which is not a language.
    const hu = await gql(t.app, SEARCH, { q: 'hol van a csomagom status', locale: 'es' });
    expect(hu.data.searchFaq).toEqual([]);
    // Polish on a Spanish page: the Polish questions know its words.
    const pl = await gql(t.app, SEARCH, { q: 'gdzie jest status mojej paczki', locale: 'es' });
    expect(pl.data.searchFaq[0]).toMatchObject({ question: { locale: 'pl' } });
  });

  it('marks only the word a typo meant: "custms" marks customs, never customer', async () => {
    const { data } = await gql(t.app, SEARCH, { q: 'custms' });
    expect(data.searchFaq.map((h: any) => h.question.slug)).toEqual(['held-by-customs']);
    expect(data.searchFaq[0].snippet).toMatch(/<mark>customs<\/mark>/);
    expect(data.searchFaq[0].snippet).not.toMatch(/<mark>customer/);
  });

  it('runs no SQL statement: the index lives in the knowledge snapshot', async () => {
    t.sql.reset();
    await gql(t.app, SEARCH, { q: 'where is my parcel' });
    expect(t.sql.count).toBe(0);
  });

  it('finds an edited answer right after the edit (the index is rebuilt)', async () => {
    expect((await gql(t.app, SEARCH, { q: 'wormhole' })).data.searchFaq).toEqual([]);
    const { data: page } = await gql(t.app, '{ faqQuestions(first: 1) { edges { node { id } } } }');
    const id = page.faqQuestions.edges[0].node.id;
    const edited = await gql(
      t.app,
      `mutation($input: UpdateFaqQuestionInput!) {
        updateFaqQuestion(input: $input) { __typename }
      }`,
      { input: { id, body: 'Track it through the wormhole on the carrier website.' } },
      await authHeader(t, 'editor'),
    );
    expect(edited.data.updateFaqQuestion.__typename).toBe('FaqQuestion');
    const { data } = await gql(t.app, SEARCH, { q: 'wormholes' });
    expect(data.searchFaq[0].question.slug).toBe('how-to-track-order');
    expect(data.searchFaq[0].snippet).toContain('<mark>wormhole</mark>');
  });
});
