import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['how can I see where my parcel is right now', 'how-to-track-order'],
    ['package held by customs what do i do', 'held-by-customs'],
    ['says delivered but i never got it', 'delivered-but-not-received'],
    [
      'tracking hasnt changed in 2 weeks after arrival at destination country',
      'no-update-after-arrival-at-destination',
    ],
    [
      "what does 'delivery attempt was made' mean i was home",
      'other-expressions-of-waiting-for-pickup',
    ],
    ['track parcel', 'how-to-track-order'],
    ['status says held by destination', 'held-by-customs'],
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
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['donde esta mi paquete', 'how-to-track-order'],
    ['mi paquete esta retenido en aduana', 'held-by-customs'],
    ['dice entregado pero no lo recibi', 'delivered-but-not-received'],
    [
      "El estado dice 'llegada a destino' desde hace dos semanas",
      'no-update-after-arrival-at-destination',
    ],
    [
      'que significa intento de entrega fallido si estaba en casa',
      'other-expressions-of-waiting-for-pickup',
    ],
    ['numero de seguimiento de mi compra donde lo veo', 'how-to-track-order'],
    ['aduana retuvo mi pedido', 'held-by-customs'],
  ],
  pt: [
    ['diz entregue mas não recebi', 'delivered-but-not-received'],
    ['minha encomenda está parada na alfandega', 'held-by-customs'],
    ['como rastrear minha encomenda', 'how-to-track-order'],
    ['não atualiza desde que chegou no brasil', 'no-update-after-arrival-at-destination'],
    ['tentaram entregar e deixaram aviso', 'other-expressions-of-waiting-for-pickup'],
    ['onde está minha encomenda', 'how-to-track-order'],
    ['meu pacote chegou no brasil e parou', 'no-update-after-arrival-at-destination'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['onde esta minha encomenda', 'how-to-track-order'],
    ['meu pacote está retido na alfândega', 'held-by-customs'],
    [
      "Status 'chegada ao destino' parado há duas semanas",
      'no-update-after-arrival-at-destination',
    ],
    ['diz tentativa de entrega mas eu estava em casa', 'other-expressions-of-waiting-for-pickup'],
    ['rastreamento mostra entregue mas nao recebi nada', 'delivered-but-not-received'],
    ['como saber onde está minha compra', 'how-to-track-order'],
    ['encomenda parada na fiscalização aduaneira', 'held-by-customs'],
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
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['ou est mon colis', 'how-to-track-order'],
    ['mon colis est retenu à la douane', 'held-by-customs'],
    ["indiqué livré mais je n'ai rien reçu", 'delivered-but-not-received'],
    [
      "statut 'arrivée dans le pays de destination' depuis 2 semaines",
      'no-update-after-arrival-at-destination',
    ],
    [
      "tentative de livraison effectuée mais j'étais chez moi",
      'other-expressions-of-waiting-for-pickup',
    ],
    ['je veux suivre mon colis', 'how-to-track-order'],
    ['colis bloqué en douane depuis une semaine', 'held-by-customs'],
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
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['wo ist mein paket', 'how-to-track-order'],
    ['mein paket hängt beim zoll fest', 'held-by-customs'],
    ['als zugestellt markiert aber nicht erhalten', 'delivered-but-not-received'],
    ["Status 'Ankunft im Zielland' seit zwei Wochen", 'no-update-after-arrival-at-destination'],
    ['zustellversuch erfolgt aber ich war zuhause', 'other-expressions-of-waiting-for-pickup'],
    ['sendungsverfolgung für meine bestellung', 'how-to-track-order'],
    ['zoll hält mein paket zurück', 'held-by-customs'],
  ],
  it: [
    ['dove è il mio pacco', 'how-to-track-order'],
    ['pacco bloccato in dogana', 'held-by-customs'],
    ["risulta consegnato ma non l'ho ricevuto", 'delivered-but-not-received'],
    ['arrivato in italia ma nessun aggiornamento', 'no-update-after-arrival-at-destination'],
    ["il pacco è in giacenza all'ufficio postale", 'other-expressions-of-waiting-for-pickup'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ["dov'è il mio pacco", 'how-to-track-order'],
    ['il mio pacco è bloccato in dogana', 'held-by-customs'],
    [
      "stato 'arrivato nel paese di destinazione' da due settimane",
      'no-update-after-arrival-at-destination',
    ],
    ['tentativo di consegna effettuato ma ero a casa', 'other-expressions-of-waiting-for-pickup'],
    ['segnato come consegnato ma non mi è arrivato niente', 'delivered-but-not-received'],
    ['voglio seguire la spedizione', 'how-to-track-order'],
    ['la dogana trattiene il mio ordine', 'held-by-customs'],
  ],
  nl: [
    ['waar is mijn pakket', 'how-to-track-order'],
    ['moet ik invoerrechten betalen', 'held-by-customs'],
    ['staat op bezorgd maar niet ontvangen', 'delivered-but-not-received'],
    ['aangekomen in nederland maar geen update meer', 'no-update-after-arrival-at-destination'],
    ['pakket ligt klaar bij het afhaalpunt', 'other-expressions-of-waiting-for-pickup'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['pakket bezorgd volgens track en trace maar ik heb niks', 'delivered-but-not-received'],
    [
      'ik heb een afhaalbericht gekregen wat moet ik doen',
      'other-expressions-of-waiting-for-pickup',
    ],
    ['mijn pakket zit vast bij de douane', 'held-by-customs'],
    ['staat als bezorgd maar niet ontvangen', 'delivered-but-not-received'],
    ["status 'aangekomen op bestemming' al twee weken", 'no-update-after-arrival-at-destination'],
    ['bezorgpoging gedaan maar ik was thuis', 'other-expressions-of-waiting-for-pickup'],
    ['track en trace van mijn bestelling', 'how-to-track-order'],
  ],
  ru: [
    ['где моя посылка', 'how-to-track-order'],
    ['посылка застряла на таможне', 'held-by-customs'],
    ['написано доставлено но я не получил', 'delivered-but-not-received'],
    ['прибыло в россию и нет обновлений', 'no-update-after-arrival-at-destination'],
    ['пришло извещение на почту', 'other-expressions-of-waiting-for-pickup'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['посылка задержана таможней', 'held-by-customs'],
    [
      "статус 'прибыло в место назначения' уже две недели",
      'no-update-after-arrival-at-destination',
    ],
    ['была попытка вручения но я был дома', 'other-expressions-of-waiting-for-pickup'],
    ['хочу отследить посылку', 'how-to-track-order'],
    ['отслеживание показывает доставлено но ничего не пришло', 'delivered-but-not-received'],
    ['таможня не отпускает посылку', 'held-by-customs'],
    [
      'почему нет информации после прибытия в страну назначения',
      'no-update-after-arrival-at-destination',
    ],
  ],
  pl: [
    ['gdzie jest moja paczka', 'how-to-track-order'],
    ['paczka utknęła na cle', 'held-by-customs'],
    ['status doręczona ale nic nie dostałem', 'delivered-but-not-received'],
    ['dotarła do polski i brak aktualizacji', 'no-update-after-arrival-at-destination'],
    ['kurier zostawił awizo', 'other-expressions-of-waiting-for-pickup'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['paczka zatrzymana przez urząd celny', 'held-by-customs'],
    ['status doręczona ale nie dostałem', 'delivered-but-not-received'],
    [
      "status 'przybycie do miejsca docelowego' od dwóch tygodni",
      'no-update-after-arrival-at-destination',
    ],
    ['próba doręczenia a byłem w domu', 'other-expressions-of-waiting-for-pickup'],
    ['chce sledzic przesylke', 'how-to-track-order'],
    ['przesylka utknela w urzedzie celnym', 'held-by-customs'],
    ['paczka doreczona a nic nie przyszlo', 'delivered-but-not-received'],
  ],
  cs: [
    ['kde je moje zásilka', 'how-to-track-order'],
    ['zásilka je zadržená na celnici', 'held-by-customs'],
    ['píše doručeno ale nic mi nepřišlo', 'delivered-but-not-received'],
    ['zásilka čeká na vyzvednutí co to znamená', 'other-expressions-of-waiting-for-pickup'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['kde je můj balík', 'how-to-track-order'],
    ['balík je zadržen celnicí', 'held-by-customs'],
    ['píše doručeno ale nic jsem nedostal', 'delivered-but-not-received'],
    ["stav 'příjezd do cílové země' už dva týdny", 'no-update-after-arrival-at-destination'],
    ['pokus o doručení ale byl jsem doma', 'other-expressions-of-waiting-for-pickup'],
    ['chci sledovat zasilku', 'how-to-track-order'],
    ['zasilka uvízla na celnici', 'held-by-customs'],
  ],
  uk: [
    ['де моя посилка', 'how-to-track-order'],
    ['посилка застрягла на митниці', 'held-by-customs'],
    ['написано доставлено але я не отримав', 'delivered-but-not-received'],
    ['прибула в україну і немає оновлень', 'no-update-after-arrival-at-destination'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['хочу відстежити посилку', 'how-to-track-order'],
    ['посилку затримала митниця', 'held-by-customs'],
    [
      "статус 'прибуло до місця призначення' вже два тижні",
      'no-update-after-arrival-at-destination',
    ],
    ['була спроба вручення але я був вдома', 'other-expressions-of-waiting-for-pickup'],
    ['відстеження показує доставлено але нічого не прийшло', 'delivered-but-not-received'],
    ['як дізнатися де зараз моє замовлення', 'how-to-track-order'],
    ['митниця вимагає документи', 'held-by-customs'],
  ],
  tr: [
    ['kargom nerede', 'how-to-track-order'],
    ['paketim gümrükte takıldı', 'held-by-customs'],
    ['teslim edildi yazıyor ama almadım', 'delivered-but-not-received'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['paketim gümrükte bekliyor', 'held-by-customs'],
    ['teslim edildi diyor ama almadım', 'delivered-but-not-received'],
    ["durum 'varış noktasına ulaştı' iki haftadır", 'no-update-after-arrival-at-destination'],
    ['teslimat denemesi yapıldı ama evdeydim', 'other-expressions-of-waiting-for-pickup'],
    ['kargo takip nasıl yapılır', 'how-to-track-order'],
    ['gumrukte takildi', 'held-by-customs'],
    ['teslim edildi yaziyor ama elime ulasmadi', 'delivered-but-not-received'],
  ],
  zh: [
    ['我的包裹在哪里', 'how-to-track-order'],
    ['包裹被海关扣了怎么办', 'held-by-customs'],
    ['显示已签收但是我没收到', 'delivered-but-not-received'],
    ['到了目的国以后一直没有更新', 'no-update-after-arrival-at-destination'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['状态显示“已到达目的地”两周了', 'no-update-after-arrival-at-destination'],
    ['包裹被海关扣了', 'held-by-customs'],
    ['显示已签收但没收到', 'delivered-but-not-received'],
    ['显示已尝试投递但我在家', 'other-expressions-of-waiting-for-pickup'],
    ['如何追踪订单', 'how-to-track-order'],
    ['为什么到达目的国后物流没更新', 'no-update-after-arrival-at-destination'],
    ['清关不了怎么办', 'held-by-customs'],
  ],
  ja: [
    ['荷物はどこですか', 'how-to-track-order'],
    ['税関で止まっています', 'held-by-customs'],
    ['配達完了なのに届いていない', 'delivered-but-not-received'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['注文した商品今どこにありますか', 'how-to-track-order'],
    ['荷物はどこ', 'how-to-track-order'],
    ['荷物が税関で止まっている', 'held-by-customs'],
    ['配達済みなのに届いていない', 'delivered-but-not-received'],
    ['ステータスが「目的地に到着」のまま2週間', 'no-update-after-arrival-at-destination'],
    ['不在票が入っていた', 'other-expressions-of-waiting-for-pickup'],
    ['通関できない', 'held-by-customs'],
  ],
  ko: [
    ['택배 조회는 어떻게 하나요', 'how-to-track-order'],
    ['세관에서 통관 보류 중이에요', 'held-by-customs'],
    ['배송 완료라는데 못 받았어요', 'delivered-but-not-received'],
    // Typed blind: dev rows of test/fixtures/shopper-questions.tsv.
    ['내 택배 어디 있어요', 'how-to-track-order'],
    ['배송완료인데 못 받았어요', 'delivered-but-not-received'],
    ['배달 시도했다는데 집에 있었어요', 'other-expressions-of-waiting-for-pickup'],
    ['송장번호 어디서 확인하나요', 'how-to-track-order'],
    ['세관에 묶여 있어요', 'held-by-customs'],
    ["상태가 '목적지 도착'에서 2주째 멈춤", 'no-update-after-arrival-at-destination'],
    ['배달 완료됐다는데 택배가 안 왔어요', 'delivered-but-not-received'],
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

/**
 * Families the first blind set left over, probed after reading the code (none is a row of either
 * blind set): the delivery a shopper follows (a noun, not the status), "order status", a parcel at
 * the post office or branch, "stuck" without customs, a quoted status name of several words, and
 * German tracking that "says" delivered.
 */
const FAMILIES: [string, string, string][] = [
  ['en', 'track my delivery', 'how-to-track-order'],
  ['es', 'rastrear mi entrega', 'how-to-track-order'],
  ['fr', 'suivre ma livraison', 'how-to-track-order'],
  ['pt', 'acompanhar minha entrega', 'how-to-track-order'],
  ['ru', 'отследить доставку', 'how-to-track-order'],
  ['ja', '配送状況を確認したい', 'how-to-track-order'],
  ['en', 'order status', 'how-to-track-order'],
  ['es', 'estado de mi pedido', 'how-to-track-order'],
  ['de', 'Status meiner Bestellung', 'how-to-track-order'],
  ['tr', 'sipariş durumu', 'how-to-track-order'],
  ['en', 'arrived at the post office', 'other-expressions-of-waiting-for-pickup'],
  ['es', 'llegó a la sucursal', 'other-expressions-of-waiting-for-pickup'],
  ['de', 'in der Filiale angekommen', 'other-expressions-of-waiting-for-pickup'],
  ['fr', 'le suivi est bloqué depuis des jours', 'no-update-after-arrival-at-destination'],
  ['en', 'my parcel is stuck in customs', 'held-by-customs'],
  ['en', 'out for delivery but never came', 'other-expressions-of-waiting-for-pickup'],
  ['it', 'in consegna ma non è mai arrivato', 'other-expressions-of-waiting-for-pickup'],
  ['de', 'Tracking sagt zugestellt ich habe nichts', 'delivered-but-not-received'],
  ['ja', '配達しようとしたと表示される', 'other-expressions-of-waiting-for-pickup'],
];

describe('shopper-question families', () => {
  it.each(FAMILIES)('%s: "%s" -> %s', async (locale, query, slug) => {
    const { data, errors } = await gql(t.app, SEARCH, { q: query, locale });
    expect(errors).toBeUndefined();
    expect(data.searchFaq[0]).toMatchObject({ question: { slug, locale } });
  });
});

/** A blind set's rows (test/fixtures/<file>: locale, query, expected slug, then its split if any). */
function blindSet(file: string): string[][] {
  return readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', file),
    'utf8',
  )
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .filter(([, , slug]) => slug !== 'NONE');
}

/** The share of rows whose expected question comes first. */
async function topOneRate(rows: readonly string[][]): Promise<number> {
  let right = 0;
  for (const [locale, q, slug] of rows) {
    const { data } = await gql(t.app, SEARCH, { q, locale });
    if (data.searchFaq[0]?.question.slug === slug) right++;
  }
  return right / rows.length;
}

/**
 * The blind sets, written before the search code was read: shopper-questions.tsv (24 per locale,
 * half tuned on in the first round, all of it in the second) and shopper-questions-2.tsv (16 per
 * locale, written from the FAQ alone, measured before and after the second round and never tuned
 * on), shopper-questions-3.tsv (20 per locale, half dev, half heldout) and
 * shopper-questions-4.tsv (20 per locale, written by a session that read no code and no other
 * set). A floor under each keeps its figures (README, "Search") from sliding back unnoticed.
 */
describe('the blind shopper-question sets', () => {
  // The third set's split was fixed by alternating rows before any measurement: its dev half may
  // be tuned on, its heldout half only measured, at the start and at the end of a round. The
  // fourth set judged a search branch and stays unseen, measured only to judge a change.
  it.each([
    ['shopper-questions.tsv', 'dev', 180, 0.95],
    ['shopper-questions.tsv', 'heldout', 180, 0.88],
    ['shopper-questions-2.tsv', undefined, 240, 0.95],
    ['shopper-questions-3.tsv', 'dev', 150, 0.9],
    ['shopper-questions-3.tsv', 'heldout', 150, 0.92],
    ['shopper-questions-4.tsv', undefined, 300, 0.9],
  ] as const)(
    'answers %s (split %s) with the expected question first',
    async (file, split, size, floor) => {
      const rows = blindSet(file).filter((r) => split === undefined || r[3] === split);
      expect(rows.length).toBe(size);
      expect(await topOneRate(rows)).toBeGreaterThanOrEqual(floor);
    },
  );
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
