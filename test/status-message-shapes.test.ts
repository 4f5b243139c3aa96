import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * The same wording arrives in many shapes: an enum's words joined by underscores, a place in
 * round brackets, a label or a carrier's name before it, a date or a reference around it.
 * None of these changes what the wording says (test/status-rules-robustness.test.ts counts the
 * same over every training wording).
 */
describe('a wording in another shape reads the same', () => {
  readsEach([
    // Underscores join an enum's words; German writes genders with one ("Empfänger_in").
    ['Sendung_in_Zustellung', 'OUT_FOR_DELIVERY'],
    ['Die_Sendung_befindet_sich_in_der_Zustellung.', 'OUT_FOR_DELIVERY'],
    ['Held_in_Customs_-_Awaiting_Customer_Instructions', 'HELD_BY_CUSTOMS'],
    ['Arrived_at_facility_in_destination_country', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung wurde der Empfänger_in übergeben', 'DELIVERED'],
    // A place in round brackets beside a wording that reads alone.
    ['Geliefert (Hamburg)', 'DELIVERED'],
    ['Signed (Frankfurt am Main)', 'DELIVERED'],
    ['Packed (Leipzig)', 'INFO_RECEIVED'],
    ['With Driver (Manchester)', 'OUT_FOR_DELIVERY'],
    ['Diterima (Bandung)', 'DELIVERED'],
    // A qualifier in brackets still says what it says.
    ['Kabul Etmedi (Reddetti)', 'EXCEPTION'],
    ['Item Delivered(Sender)', 'RETURNED_TO_SENDER'],
    ['Paket(e) geliefert', 'DELIVERED'],
    // An enum's name beside a label or a place.
    ['Status: OnTheWay', 'IN_TRANSIT'],
    ['DeliveredToOtherAddress - HAMBURG DE', 'DELIVERED'],
    ['2024-05-03 14:22 Status: OrderPlaced', 'INFO_RECEIVED'],
    // A wording that reads only alone, then a place after a place word.
    ['Signed in LONDON', 'DELIVERED'],
    ['Выдано в Москве', 'DELIVERED'],
    ['Consegnata a Milano', 'DELIVERED'],
    ['Packed in Leipzig. Thank you', 'INFO_RECEIVED'],
    // Not when a rule knows a word after the place word: that is part of the wording.
    ['Not signed in LONDON', 'EXCEPTION'],
    ['Held in Hamburg', 'UNKNOWN'],
    // Nor where lower-case words stand between the place word and the names.
    ['Entregado en el hub de Madrid', 'IN_TRANSIT'],
  ]);
});
