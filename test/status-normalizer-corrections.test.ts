import { describe, expect, it } from 'vitest';
import { contentIndex, neverDeliveredEach, readsEach } from './support/normalizer.js';

// Corrections the typo pass makes beyond letter slips in Latin words: compounds read by their
// head, and slips in Cyrillic words.

// Hand-written probes (not corpus rows): closed compounds no rule lists, read by their last
// part, the head that says what the whole is.

describe('an unknown compound reads as its head', () => {
  readsEach([
    ['Paketrücksendung eingeleitet', 'RETURNED_TO_SENDER'],
    ['Sendungsrücklauf', 'RETURNED_TO_SENDER'],
    ['Zustellbasisankunft', 'ARRIVED_AT_DESTINATION'],
    ['Hauszustellung heute', 'OUT_FOR_DELIVERY'],
    ['Pakketbezorging mislukt', 'EXCEPTION'],
    ['Försändelseavisering skickad', 'WAITING_FOR_PICKUP'],
    ['Pakkelevering mislykkedes', 'EXCEPTION'],
  ]);

  it('says the reading was a correction, not a rule phrase', () => {
    expect(contentIndex.match('Paketrücksendung eingeleitet').method).toBe('FUZZY');
  });
});

describe('a compound alone never makes a delivery', () => {
  neverDeliveredEach([['Paketzustellung erfolgreich'], ['Express-Paketzustellung']]);
});

describe('a modifier the language reads is kept', () => {
  readsEach([
    // "Export" says the clearance is done: not a customs hold.
    ['Exportförtullning klar', 'IN_TRANSIT'],
    // Listed whole, a compound is not split: a customs strike is a customs delay.
    ['Verzögerung durch Zollstreik', 'HELD_BY_CUSTOMS'],
    // "Geen retouradres" is an address problem, not a return.
    ['Pakket onbestelbaar: geen retouradres', 'EXCEPTION'],
  ]);
});

// Hand-written probes: slips in Cyrillic words, read as the word; a changed ending is a case,
// not a slip, and is left alone.
describe('a Cyrillic slip reads as the word it misspells', () => {
  readsEach([
    ['Посылка доставленна адресату', 'DELIVERED'],
    ['Неудачная попытка вручениия', 'WAITING_FOR_PICKUP'],
    ['Посилка прибула у відділеня', 'WAITING_FOR_PICKUP'],
    ['Не пройдена проверка возраста получателя', 'EXCEPTION'],
  ]);
  neverDeliveredEach([['Курьер совершит попытку доставки завтра']]);
});

// A correction changes a word, not what the message's other words said of it.
describe('a corrected message keeps the conditions its words set', () => {
  it('does not make a conditional return unconditional', () => {
    // "alınmazsa" (if not collected) is read by a stem; the typo pass would correct it.
    expect(contentIndex.match('Teslim alınmazsa göndericiye iade edilecektir').status).not.toBe(
      'RETURNED_TO_SENDER',
    );
  });
});

// Messages scraped from carriers' pages keep their markup: entities and invisible characters
// must not split the decisive word.
describe('markup inside a message', () => {
  readsEach([
    ['Colis livr&eacute; au voisin', 'DELIVERED'],
    ['Die Sendung wurde zu\u00adgestellt', 'DELIVERED'],
    [
      'Zu&shy;stellversuch nicht erfolgreich, Benachrichtigungskarte eingeworfen',
      'WAITING_FOR_PICKUP',
    ],
    ['Out for deli\u200bvery', 'OUT_FOR_DELIVERY'],
  ]);
});

describe('a caseless-script clause after a comma in a message with Latin words', () => {
  readsEach([
    ['Status: 快件交给张三,正在派送途中', 'OUT_FOR_DELIVERY'],
    ['Tracking update, 您的快件已签收', 'DELIVERED'],
  ]);
});

// A message that reads nothing as a whole because an English sentence outnumbers the local one
// (by word count the local file is ruled out) is read sentence by sentence.
describe('two languages side by side', () => {
  readsEach([
    ['Levert. Thank you for shopping with us.', 'DELIVERED'],
    ['Paczka doręczona | Thank you for shopping with us', 'DELIVERED'],
    [
      'Вторичное извещение вручено под подпись. Thank you for shopping with us.',
      'WAITING_FOR_PICKUP',
    ],
    // Sentences that disagree give no answer.
    ['Levert. Thank you for shopping with us. Возврат отправителю', 'UNKNOWN'],
  ]);
  neverDeliveredEach([
    // The Italian alias "consegnato" is still denied by the Italian "non" in an English message.
    ['Non consegnato. Thank you for shopping with us.'],
    ['Не доставлено. Thank you for choosing our delivery service'],
  ]);
});

describe('a label before the wording', () => {
  readsEach([
    ['HAMBURG: Zugestellt', 'DELIVERED'],
    ['Status: Выдано', 'DELIVERED'],
    ['DHL：派送', 'OUT_FOR_DELIVERY'],
  ]);
});

// Enum names from integrations' APIs run their words together.
describe('a camel-case status name', () => {
  readsEach([
    ['DeliveredToNeighbour', 'DELIVERED'],
    ['returnedToSender', 'RETURNED_TO_SENDER'],
    ['HeldByCustoms', 'HELD_BY_CUSTOMS'],
    ['ArrivalInDeliveryFacility', 'ARRIVED_AT_DESTINATION'],
    ['LoadedOnDeliveryVehicle', 'OUT_FOR_DELIVERY'],
    // Two words run together, and a name the rules know only run together.
    ['DeliveryFailed', 'EXCEPTION'],
    ['CustomsHold', 'HELD_BY_CUSTOMS'],
    ['ParcelShop', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([['DeliveryNotPossible'], ['NotDeliveredToNeighbour']]);
});
