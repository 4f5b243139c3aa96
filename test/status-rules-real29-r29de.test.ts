import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 29 (German): probes of the families behind this round's German training misses.
// Hand-written, not corpus rows.

describe('German probes (r29de): deliveries a bulk recipient, a PO box or a permit confirms', () => {
  readsEach([
    ['Die Sendung wurde vom Empfänger angenommen.', 'DELIVERED'],
    ['Die Sendung wurde vom Großkunden (Empfänger) angenommen.', 'DELIVERED'],
    ['Die Sendung wurde nach Benachrichtigung abgeholt.', 'DELIVERED'],
    ['Abgeholt von Empfänger bei UPS Access Point', 'DELIVERED'],
    ['Paket wurde vor der Tür abgelegt', 'DELIVERED'],
    ['Die Sendung wurde gemäß Abstellgenehmigung abgelegt.', 'DELIVERED'],
    ['Die Sendung wurde an eine empfangsberechtigte Person übergeben.', 'DELIVERED'],
    [
      'Der Empfang der unzustellbaren Sendung wurde vom Großkunden (Absender) quittiert.',
      'RETURNED_TO_SENDER',
    ],
  ]);

  neverDeliveredEach([
    ['Die Sendung wurde nicht vom Empfänger angenommen.'],
    ['Die Sendung wurde vom Großkunden (Empfänger) nicht angenommen.'],
    ['Die Sendung wurde nicht nach Benachrichtigung abgeholt.'],
    ['Nicht abgeholt von Empfänger'],
    ['Paket wurde nicht vor der Tür abgelegt'],
    ['Das Paket wird vor der Tür abgelegt'],
    ['Die Sendung wird gemäß Abstellgenehmigung abgelegt.'],
    ['Keine Abstellgenehmigung, Paket nicht abgelegt'],
    ['Die Sendung wurde nicht an eine empfangsberechtigte Person übergeben.'],
    [
      'Die Sendung ist unanbringlich. Sie konnte weder dem Empfänger noch dem Absender zugestellt werden.',
    ],
  ]);
});

describe('German probes (r29de): exceptions, customs and what is only planned', () => {
  readsEach([
    ['Die Sendung lagert in der Briefermittlung.', 'EXCEPTION'],
    ['Der Empfänger ist nicht im Gebäudeverzeichnis enthalten.', 'EXCEPTION'],
    ['Zur Ausführung der Zustellung ist eine Wegbeschreibung erforderlich.', 'EXCEPTION'],
    ['Das Paket hat die maximale Lagerzeit im PaketShop erreicht.', 'EXCEPTION'],
    ['Verzögerung durch UPS Brokerage', 'HELD_BY_CUSTOMS'],
    ['Warten auf Freigabe durch Zoll', 'HELD_BY_CUSTOMS'],
    ['Freigabe durch Zoll', 'IN_TRANSIT'],
    ['Ausgang Zollabfertigung', 'IN_TRANSIT'],
    [
      'Der Empfänger war bei der 1. Zustellung nicht anwesend. Eine UPS InfoNotice wurde hinterlassen.',
      'WAITING_FOR_PICKUP',
    ],
    [
      'Sobald die Sendung im Zielland angekommen ist, erhalten Sie weitere Informationen.',
      'IN_TRANSIT',
    ],
    ['Die Sendung wird in 1-2 Werktagen zugestellt.', 'IN_TRANSIT'],
    ['Im FedEx Standort', 'IN_TRANSIT'],
    ['Die Sendung wurde uns angekündigt.', 'INFO_RECEIVED'],
    ['Es liegen keine Sendungsdaten vor.', 'UNKNOWN'],
    ['Ankunft heute', 'OUT_FOR_DELIVERY'],
  ]);

  neverDeliveredEach([
    ['Sollten wir Sie nicht antreffen, wird die Sendung in der Filiale zur Abholung bereitgelegt.'],
    ['Wir werden einen weiteren Zustellversuch durchführen'],
  ]);
});

describe('German probes (r29de, batch 2): courier vehicles, departures, pickup shops, the given address', () => {
  readsEach([
    ['Zur Zustellung im Kurierfahrzeug', 'OUT_FOR_DELIVERY'],
    ['Vom FedEx-Standort abgegangen', 'IN_TRANSIT'],
    ['Sendung im Umschlagdepot', 'IN_TRANSIT'],
    ['Paket liegt im Paketshop', 'WAITING_FOR_PICKUP'],
    ['Abholung möglich ab morgen', 'WAITING_FOR_PICKUP'],
    ['Das Paket wurde an die angegebene Adresse geliefert', 'DELIVERED'],
  ]);

  neverDeliveredEach([
    ['Das Paket konnte nicht an die angegebene Adresse geliefert werden'],
    ['Das Paket wird an die angegebene Adresse geliefert'],
    ['Das Paket wurde nicht an die angegebene Adresse zugestellt'],
    ['Paket liegt nicht mehr im Paketshop'],
  ]);
});
