import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 38 review (third pass) of the de phrases of three words and more written before round 26, the `~` gaps, and
 * the entries that fire most on the training split: true events that use an entry's words in their other sense,
 * each beside the event the entry was written for. Wrong DELIVERED: "lieferung/zustellung ist/wurde erfolgt/
 * abgeschlossen/war erfolgreich" read a step before the delivery ("Die Vorbereitung/Anmeldung/Avisierung/Verzollung/
 * Sortierung der Lieferung ist erfolgt/abgeschlossen", "Terminvereinbarung zur Zustellung ist erfolgt"); "ausgabe an ~
 * empfanger", "übergabe an den Empfänger" and "empfänger ~ ausgefolgt" read an instruction ("nur gegen Vorlage des
 * Ausweises", "nur an den Empfänger", "nur an Bevollmächtigten"); "zustellung an nachbarn" read "ist möglich";
 * "vom empfänger ~ empfangen" read new delivery instructions received from the recipient; "abholung durch den
 * empfänger erfolgt" read "erfolgt in der Filiale"; "sendung ~ nachbar hinterlegt" read a preferred neighbour
 * registered; "mit dem empfänger vereinbarten ort" read "möglich"; bare "zugestellt" read a pickup card, a customs
 * assessment, a payment demand, a notification, a power of attorney delivered; "erfolgreiche übergabe" read the
 * hand-over to customs. Other wrong readings: "beim versender eingegangen" read an order reaching the seller and
 * "an den absender zurück*" a COD remittance or a report back to the sender as returns; "zur abholung", "in die
 * filiale", "wartet ~ auf abholung" and "lagerfrist ~ verlängert" read customs storage ("liegt im Zollamt zur Abholung
 * bereit", "wartet beim Zoll") and the way to a branch as waiting; a courier collecting at a branch and "Annahme in der
 * Filiale" (the sender's side) as waiting; "Zustellung erfolgt heute nicht", "für heute abgesagt", "nicht auf Tour",
 * a vehicle breakdown and "in der Zustellung nicht auffindbar" as out for delivery; "Zollabfertigung ~ durchlaufen"
 * over "noch nicht"; a corrected address and a finished "Klärung" as exceptions; "wird die Sendung nicht" vetoed a
 * stated return ("Leider wird die Sendung nicht mehr zugestellt. Sie geht an den Absender zurück"); a shop's
 * "Rücksendungen sind innerhalb von 30 Tagen möglich" under a delivery read as a return (now UNKNOWN: the conditional
 * veto also voids the delivery, an engine matter). Second pass: "als zugestellt" read "fälschlicherweise als zugestellt
 * angezeigt" and "als zugestellt gemeldet" (wrong DELIVERED); "abgeholt in/aus der Filiale" read a courier's collection
 * there ("Abgeholt in der Filiale durch den Kurier", wrong DELIVERED); "dem/an absender zugestellt" read a customs invoice
 * or a proof of delivery sent to the sender as a return; "unterwegs zum absender" read the pickup driver on his way;
 * "rückgabe an den absender" read "nicht möglich"; "verzögerung*" read "ohne/keine Verzögerung"; "zoll*" read "keine
 * Verzollung erforderlich" as a hold; "rücksendung*" read a return registered or a return label created; "wartet ~ auf
 * übergabe" read a parcel waiting in the depot as pre-shipment; "paketshop* ~ eingetroffen" read the sender's drop-off
 * arriving at the depot; "zielland ~ angekommen" reached over "nicht"; "wird ~ abgeholt" (at the sender) read as
 * movement; "zustellversuch" read "Zustellversuch erfolgt morgen" as an attempt made. Third pass: "ausgeliefert" read
 * "an die Partnerpost im Zielland ausgeliefert" and "an den Zusteller ausgeliefert" (wrong DELIVERED); "zurückgeschickt/
 * zurückgesandt" read a parcel sent back to the delivery base, branch, customs or a sorting centre as a return, and
 * "retour" read "Retour möglich bis…"; "fehlend*" and "adressklärung*" read missing documents handed in and an address
 * check completed as exceptions; "in die/der packstation/filiale" read the sender's own drop-off ("vom Absender in die
 * Packstation eingelegt", "Der Absender hat die Sendung in der Filiale abgegeben", "abholbereit beim Absender") as
 * waiting; "zur abholung bereitgestellt" after "wird" and "beim Absender wurde niemand angetroffen" read as waiting;
 * duties "vom Absender bezahlt" read as a customs hold. The new vetoes were checked against their own second senses:
 * "beim Zoll" only with a storage word ("beim Zoll freigegeben und liegt in der Filiale zur Abholung bereit" still
 * waits), "abzuholen" only in a purpose clause ("Der Empfänger hat versäumt, sie abzuholen" is still a return), a return
 * "an das Lager" of the seller is still a return.
 *
 * Not fixed (no wrong DELIVERED; left, in the neverDelivered lists): "bitte ~ kontaktieren" reads a courtesy
 * postscript ("Bei Fragen bitte den Kundenservice kontaktieren") under a transit line as EXCEPTION; "zustelltermin ~
 * vereinbart", "lieferadresse ~ ~ geändert" and "ablageort* ~ vorgemerkt" reach over "noch nicht"/"konnte nicht"
 * (IN_TRANSIT); "dem zusteller übergeben"/"an den fahrer übergeben" read the sender's hand-over as out for
 * delivery; "im laufe des tages" reads any same-day notice as out for delivery; "nicht in zustellung" reads "noch nicht
 * in Zustellung" as a delay; a duty refund to the sender reads HELD_BY_CUSTOMS from the duty word. Left because older
 * probes hold the other reading: "auf dem weg zu ihnen/dir" and "unterwegs zu ihnen/dir" read a shop's "Ihre Bestellung
 * ist auf dem Weg zu Ihnen" (and the training row "Ein Brief ist unterwegs zu Ihnen", IN_TRANSIT, read by the rules
 * alone) as out for delivery, but round 7-27 probes ("Das Paket ist auf dem Weg zu Ihnen") want OUT_FOR_DELIVERY.
 * Unread (UNKNOWN, no vocabulary added): "konnte erfolgreich zugestellt werden" (the future veto "zugestellt werden"),
 * "dem Empfänger gegen Unterschrift übergeben", a delivery followed by "E-Mail an den Empfänger übermittelt".
 */

describe('de delivery phrases of three words and more, and gaps: true events in their other sense', () => {
  readsEach([
    ['Die Zollabfertigung der Lieferung ist abgeschlossen', 'IN_TRANSIT'],
    ['Die Sortierung der Lieferung wurde abgeschlossen', 'IN_TRANSIT'],
    ['Lieferung abgeschlossen', 'DELIVERED'],
    ['Die Lieferung ist abgeschlossen', 'DELIVERED'],
    ['Auslieferung wurde abgeschlossen', 'DELIVERED'],
    ['Die Vorbereitung zur Zustellung ist abgeschlossen', 'IN_TRANSIT'],
    ['Die Zustellung ist abgeschlossen', 'DELIVERED'],
    ['Zustellung wurde erfolgreich abgeschlossen', 'DELIVERED'],
    ['Die Verzollung der Lieferung ist erfolgt', 'IN_TRANSIT'],
    ['Die Ankündigung der Zustellung ist erfolgt', 'UNKNOWN'],
    ['Die Avisierung der Lieferung ist erfolgt', 'UNKNOWN'],
    ['Die Lieferung ist erfolgt', 'DELIVERED'],
    ['Auslieferung ist erfolgt', 'DELIVERED'],
    ['Die Zustellung ist erfolgt', 'DELIVERED'],
    ['Zustellung wurde erfolgreich erfolgt', 'DELIVERED'],
    ['Die Terminvereinbarung zur Zustellung ist erfolgt', 'UNKNOWN'],
    ['Zustellung an Nachbarn ist möglich', 'UNKNOWN'],
    ['Zustellung an Nachbarn', 'DELIVERED'],
    ['Ersatzzustellung beim Nachbarn', 'DELIVERED'],
    ['Zustellung an Hausbewohner', 'DELIVERED'],
    ['Ausgabe an Empfänger nur gegen Vorlage des Ausweises', 'UNKNOWN'],
    ['Ausgabe an Empfänger', 'DELIVERED'],
    ['Übergabe an den Empfänger erfolgt voraussichtlich am Montag', 'IN_TRANSIT'],
    ['Übergabe an den Empfänger', 'DELIVERED'],
    ['Zustellung an den Empfänger erfolgt', 'DELIVERED'],
    ['Die Sendung darf nur an den Empfänger persönlich ausgefolgt werden', 'UNKNOWN'],
    ['Eigenhändig: nur an den Empfänger ausgefolgt', 'UNKNOWN'],
    ['An Empfänger ausgefolgt', 'DELIVERED'],
    ['Die Sendung wurde dem Empfänger ausgefolgt', 'DELIVERED'],
    ['Vom Empfänger wurden neue Zustellanweisungen empfangen', 'UNKNOWN'],
    ['Die Sendung wurde vom Empfänger empfangen', 'DELIVERED'],
    ['Die Abholung durch den Empfänger erfolgt in der Filiale', 'WAITING_FOR_PICKUP'],
    ['Abholung durch den Empfänger erfolgt', 'DELIVERED'],
    ['Die Sendung kann ab morgen in der Filiale abgeholt werden', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde nicht rechtzeitig in der Filiale abgeholt', 'EXCEPTION'],
    ['Die Sendung wurde vom Kurier in der Filiale abgeholt', 'IN_TRANSIT'],
    ['Sendung wurde in der Filiale abgeholt', 'DELIVERED'],
    [
      'Die Sendung wurde vom Fahrer aus der Packstation abgeholt, da die Lagerfrist abgelaufen ist',
      'EXCEPTION',
    ],
    ['Sendung aus der Packstation abgeholt', 'DELIVERED'],
    ['Für Ihre Sendung wurde ein Nachbar hinterlegt', 'UNKNOWN'],
    ['Sendung beim Nachbarn hinterlegt', 'DELIVERED'],
    ['Die Abholkarte wurde in Ihren Briefkasten gelegt', 'WAITING_FOR_PICKUP'],
    ['Wir haben eine Abholkarte in Ihren Briefkasten gelegt', 'WAITING_FOR_PICKUP'],
    ['Eine Karte wurde eingeworfen in Ihren Briefkasten', 'WAITING_FOR_PICKUP'],
    ['Sendung in den Briefkasten gelegt', 'DELIVERED'],
    ['Briefkasten zu klein, Benachrichtigung eingeworfen', 'WAITING_FOR_PICKUP'],
    ['Briefkasten voll, Benachrichtigungskarte eingelegt', 'WAITING_FOR_PICKUP'],
    ['Kein Briefkasten vorhanden, Abholschein eingeworfen', 'WAITING_FOR_PICKUP'],
    ['Die Sendung konnte nicht am gewünschten Ablageort abgelegt werden', 'EXCEPTION'],
    ['Ablage am Wunschort gewünscht', 'UNKNOWN'],
    ['Ablage am Wunschort nicht möglich', 'EXCEPTION'],
    ['Ablage am Wunschort beauftragt', 'UNKNOWN'],
    ['Ablage am Wunschort', 'DELIVERED'],
    ['Abgestellt am Ablageort', 'DELIVERED'],
    ['Zustellung an Ablageort erfolgt', 'DELIVERED'],
    ['Abgestellt vor der Haustür', 'DELIVERED'],
    ['Wunsch-Ablageort: vor der Haustür abgestellt', 'DELIVERED'],
    ['Sendung wurde mit dem Empfänger vereinbartem Ort hinterlegt', 'DELIVERED'],
    ['Zustellung an einem mit dem Empfänger vereinbarten Ort möglich', 'UNKNOWN'],
    ['Ihr Paket ist da! Jetzt in der Filiale abholen', 'WAITING_FOR_PICKUP'],
    ['Ihre Bestellung ist da', 'DELIVERED'],
    ['Die Ware wurde geliefert', 'DELIVERED'],
    ['Die Ware wurde an den Paketshop geliefert', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde persönlich an Sie übergeben', 'DELIVERED'],
    ['Die Sendung wird nur persönlich an Sie ausgehändigt', 'UNKNOWN'],
    ['Die Sendung wurde der Rezeption übergeben', 'DELIVERED'],
    ['Abgegeben an der Rezeption', 'DELIVERED'],
    ['Die Zustellung war erfolgreich', 'DELIVERED'],
    ['Die Vorbereitung der Zustellung war erfolgreich', 'UNKNOWN'],
    ['Ihre Bestellung ist beim Versender eingegangen', 'INFO_RECEIVED'],
    ['Die Sendung ist wieder beim Absender eingegangen', 'RETURNED_TO_SENDER'],
    ['Die Sendung ist beim Absender eingetroffen', 'RETURNED_TO_SENDER'],
    ['Der Nachnahmebetrag wurde an den Absender zurück überwiesen', 'UNKNOWN'],
    ['Der Nachnahmebetrag wurde an den Absender überwiesen', 'UNKNOWN'],
    ['Die Adressfehler wurden an den Absender zurückgemeldet', 'EXCEPTION'],
    ['Die Sendung wurde an den Absender zurückgeschickt', 'RETURNED_TO_SENDER'],
    ['Rückfrage an den Absender: Adresse unvollständig', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['Die Vorbereitung der Lieferung ist abgeschlossen'],
    ['Die Anmeldung der Lieferung ist erfolgt'],
    ['Zustellung an Nachbarn nicht gewünscht'],
    ['Ersatzzustellung an Nachbarn nicht gewünscht'],
    ['Zustellung an Hausbewohner nicht gestattet'],
    ['Ausgabe an den Empfänger nur mit Abholschein'],
    ['Übergabe an den Empfänger nur gegen Unterschrift'],
    ['Die Zustellung an den Empfänger erfolgt voraussichtlich am Montag'],
    ['Die Zustellung an den Empfänger erfolgt morgen'],
    ['Zustellung an Ablageort geplant'],
    ['Die Sendung wird vor der Haustür abgestellt'],
    ['Haustür verschlossen, Paket nicht abgestellt'],
    ['Die Zahlung ist beim Händler eingegangen'],
    ['Die Zollgebühren wurden an den Absender zurückerstattet'],
  ]);
});

describe("de pickup, out-for-delivery and arrival phrases: customs storage, the sender's side, negations", () => {
  readsEach([
    ['Die Sendung wird zur Abholung in die Filiale gebracht', 'IN_TRANSIT'],
    ['Die Sendung liegt in der Filiale zur Abholung bereit', 'WAITING_FOR_PICKUP'],
    ['Die Sendung liegt beim Absender zur Abholung bereit', 'INFO_RECEIVED'],
    ['Die Sendung liegt zur Verzollung bereit', 'HELD_BY_CUSTOMS'],
    ['Die Sendung liegt im Zollamt zur Abholung bereit', 'HELD_BY_CUSTOMS'],
    ['Ihre Sendung wartet beim Zoll auf Abholung', 'HELD_BY_CUSTOMS'],
    ['Die Sendung wartet im Paketzentrum auf den Weitertransport', 'IN_TRANSIT'],
    ['Die Sendung wartet in der Filiale auf Abholung', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde in die Packstation eingelegt', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde vom Absender in die Packstation eingeliefert', 'IN_TRANSIT'],
    ['Die Aufbewahrungsfrist wurde verlängert', 'WAITING_FOR_PICKUP'],
    ['Die Lagerfrist beim Zoll wurde verlängert', 'HELD_BY_CUSTOMS'],
    ['Empfänger nicht anwesend, Benachrichtigung hinterlassen', 'WAITING_FOR_PICKUP'],
    ['Der Empfänger war nicht zu Hause, Sendung beim Nachbarn abgegeben', 'DELIVERED'],
    ['Der Zusteller ist unterwegs zu Ihnen', 'OUT_FOR_DELIVERY'],
    ['Die Sendung ist auf dem Weg zu Ihnen', 'OUT_FOR_DELIVERY'],
    ['Die Sendung ist auf dem Weg zu Ihrem Paketshop', 'IN_TRANSIT'],
    ['Die Sendung ist auf dem Weg zu Ihrer Filiale', 'IN_TRANSIT'],
    ['Der Fahrer ist auf dem Weg zum Absender, um die Sendung abzuholen', 'INFO_RECEIVED'],
    ['Sendung ist in der Zustellung', 'OUT_FOR_DELIVERY'],
    ['Die Sendung ist in der Zustellung nicht auffindbar', 'EXCEPTION'],
    ['Verzögerung in der Zustellung', 'EXCEPTION'],
    ['Die Sendung wird im Laufe des Tages zugestellt', 'OUT_FOR_DELIVERY'],
    ['Die Sendung wird im Laufe des Tages an den Absender zurückgesendet', 'RETURNED_TO_SENDER'],
    ['Die Sendung wurde dem Zusteller übergeben', 'OUT_FOR_DELIVERY'],
    ['Die Retoure wurde dem Zusteller übergeben', 'RETURNED_TO_SENDER'],
    ['Ihre Sendung wurde an den Fahrer übergeben', 'OUT_FOR_DELIVERY'],
    ['Die Zustellung erfolgt heute', 'OUT_FOR_DELIVERY'],
    ['Die Zustellung erfolgt heute nicht', 'EXCEPTION'],
    ['Zustellung für heute nicht möglich', 'EXCEPTION'],
    ['Zustellung für heute geplant', 'OUT_FOR_DELIVERY'],
    ['Zustellung für heute abgesagt', 'EXCEPTION'],
    ['Die Sendung ist mit dem Zusteller unterwegs', 'OUT_FOR_DELIVERY'],
    ['Die Sendung ist zur Zustellung unterwegs', 'OUT_FOR_DELIVERY'],
    ['Die Sendung ist zur Zustellung ins Zielland unterwegs', 'IN_TRANSIT'],
    ['Die Sendung ist unterwegs zur Zustellbasis', 'IN_TRANSIT'],
    ['Ihr Paket ist fast da', 'OUT_FOR_DELIVERY'],
    ['Ihre Sendung ist auf Tour', 'OUT_FOR_DELIVERY'],
    ['Die Sendung wurde heute nicht auf Tour gegeben', 'EXCEPTION'],
    ['Die Sendung ist im Zielland angekommen', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung ist auf dem Weg ins Zielland', 'IN_TRANSIT'],
    [
      'Die Sendung hat das Zielland verlassen und geht an den Absender zurück',
      'RETURNED_TO_SENDER',
    ],
    ['Die Sendung ist in Deutschland angekommen', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung ist im Sortierzentrum in Deutschland angekommen', 'ARRIVED_AT_DESTINATION'],
    ['Ankunft im Zielland voraussichtlich am 12.03.', 'IN_TRANSIT'],
    ['Die Sendung befindet sich im Zielland beim Zoll', 'HELD_BY_CUSTOMS'],
    ['Die Sendung ist in Ihrer Region angekommen', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung ist auf dem Weg zum Verteilzentrum in Ihrer Nähe', 'IN_TRANSIT'],
    ['Wir bereiten Ihre Sendung für die Zustellung vor', 'ARRIVED_AT_DESTINATION'],
    ['Das Paket wurde im Zustelldepot für die Zustellung vorbereitet', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung ist aus dem Ausland eingetroffen', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung ist im Ausland eingetroffen', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung wurde ins Ausland versendet', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['Die Sendung liegt im Lager des Versenders zum Versand bereit'],
    ['Die Sendung wartet auf die Abholung durch den Kurier'],
    ['Die Sendung passte nicht in die Packstation und wird in die Filiale gebracht'],
    ['Der Empfänger hat eine Umleitung in eine Filiale beauftragt'],
    ['Der Absender war bei der Abholung nicht zu Hause'],
    ['Zusteller ist unterwegs zum Absender'],
    ['Im Laufe des Tages erhalten Sie eine Benachrichtigung'],
    ['Der Absender hat die Sendung dem Zusteller übergeben'],
    ['Die Sendung wurde vom Versender an den Fahrer übergeben'],
    ['Die Sendung hat das Zielland noch nicht erreicht'],
    ['Die Sendung hat das Verteilzentrum in Ihrer Nähe verlassen'],
    ['Der Händler bereitet Ihre Sendung für den Versand vor'],
    ['Die Sendung wurde für die Zustellung vorbereitet'],
  ]);
});

describe('de transit, customs and exception phrases: negations and postscripts', () => {
  readsEach([
    ['Bitte kontaktieren Sie den Absender', 'EXCEPTION'],
    ['Die Sendung wurde zugestellt. Bei Fragen bitte den Kundenservice kontaktieren', 'DELIVERED'],
    ['Der Empfänger ist unbekannt', 'EXCEPTION'],
    ['Empfänger unbekannt verzogen', 'EXCEPTION'],
    ['Adresse unvollständig', 'EXCEPTION'],
    ['Die Adresse wurde korrigiert, sie war unvollständig', 'IN_TRANSIT'],
    ['Der Liefertermin wurde auf Wunsch des Empfängers geändert', 'EXCEPTION'],
    ['Kein Zustellversuch möglich', 'EXCEPTION'],
    ['Keine Änderung mehr möglich, die Sendung ist bereits in Zustellung', 'OUT_FOR_DELIVERY'],
    ['Keine Änderung mehr möglich, die Sendung wurde bereits zugestellt', 'DELIVERED'],
    ['Die Daten zur Sendung fehlen', 'EXCEPTION'],
    ['Sendungsdaten fehlen noch, die Sendung ist aber bereits unterwegs', 'IN_TRANSIT'],
    ['Die Sendungsnummer wurde vergeben', 'INFO_RECEIVED'],
    ['Die Sendungsnummer wurde vom Absender erstellt', 'INFO_RECEIVED'],
    ['Die Daten wurden an den Zoll übermittelt', 'HELD_BY_CUSTOMS'],
    ['Die Sendungsdaten wurden elektronisch an DHL übermittelt', 'INFO_RECEIVED'],
    ['Die Sendung ist auf dem Weg', 'IN_TRANSIT'],
    ['Die Sendung ist auf dem Weg zurück zum Absender', 'RETURNED_TO_SENDER'],
    ['Die Sendung ist auf dem Weg in die Filiale', 'IN_TRANSIT'],
    ['Die Sendung wird vom Absender vorbereitet', 'INFO_RECEIVED'],
    ['Der Zustelltermin wurde vereinbart', 'IN_TRANSIT'],
    ['Die Lieferadresse wurde geändert', 'IN_TRANSIT'],
    ['Der Ablageort wurde vorgemerkt', 'IN_TRANSIT'],
    ['Ihre Sendung ist bald da', 'IN_TRANSIT'],
    ['Die Sendung ist in unserer Einrichtung angekommen', 'IN_TRANSIT'],
    ['Die Sendung wurde von UPS erhalten', 'IN_TRANSIT'],
    ['Die Sendung wurde an die Fluggesellschaft übergeben', 'IN_TRANSIT'],
    ['Die Zustellung erfolgt voraussichtlich heute', 'OUT_FOR_DELIVERY'],
    ['Die Zustellung erfolgt voraussichtlich heute nicht mehr', 'EXCEPTION'],
    ['Die Zustellung erfolgt voraussichtlich heute zwischen 10 und 12 Uhr', 'OUT_FOR_DELIVERY'],
    ['Die Sendung wurde in der Filiale eingeliefert', 'IN_TRANSIT'],
    ['Die Sendung wurde vom Absender in der Filiale eingeliefert', 'IN_TRANSIT'],
    ['Die Einlieferung in der Filiale ist erfolgt', 'IN_TRANSIT'],
    ['Die Sendung wird zur Abholung in die Filiale weitergeleitet', 'IN_TRANSIT'],
    ['Die Abholung beim Absender ist erfolgt', 'IN_TRANSIT'],
    ['Die Abholung beim Absender ist nicht erfolgt', 'EXCEPTION'],
    ['Die Abholung durch den Kurier ist erfolgt', 'IN_TRANSIT'],
    ['Die Sendung wurde im Namen des Empfängers beim Zoll angemeldet', 'HELD_BY_CUSTOMS'],
    ['Einfuhrabgaben müssen vom Empfänger bezahlt werden', 'HELD_BY_CUSTOMS'],
    ['Einfuhrabgaben wurden bereits bezahlt', 'IN_TRANSIT'],
    ['Die Einfuhrabgaben sind noch nicht bezahlt', 'HELD_BY_CUSTOMS'],
    ['Zollabfertigung erfolgreich durchlaufen', 'IN_TRANSIT'],
    ['Die Sendung hat die Zollabfertigung noch nicht durchlaufen', 'HELD_BY_CUSTOMS'],
    ['Die Verzollung ist erfolgt', 'IN_TRANSIT'],
    ['Die Verzollung ist noch nicht erfolgt', 'HELD_BY_CUSTOMS'],
    ['Die Sendung wurde vom Zoll zurückerhalten', 'IN_TRANSIT'],
    ['Die Sendung wurde an den Zoll übergeben', 'HELD_BY_CUSTOMS'],
    ['Die Sendung wurde dem Zoll vorgeführt', 'HELD_BY_CUSTOMS'],
    ['Die Sendung ist nicht in Zustellung', 'EXCEPTION'],
    ['Die Sendung ist ab morgen nicht mehr in Zustellung', 'UNKNOWN'],
    ['Die Firma ist geschlossen', 'EXCEPTION'],
    ['Die Firma wurde geschlossen, Sendung an Nachbarn übergeben', 'DELIVERED'],
    ['Der Betrieb ist am Samstag geschlossen, Zustellung am Montag', 'EXCEPTION'],
    ['Die Annahme wurde verweigert', 'EXCEPTION'],
    ['Annahme der Sendung wurde vom Empfänger verweigert', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['Die Sendung ist unterwegs. Bei Fragen bitte den Kundenservice kontaktieren'],
    ['Die Sendung wurde im Paketzentrum bearbeitet. Bitte kontaktieren Sie uns bei Fragen'],
    ['Die Daten wurden an den Empfänger übermittelt'],
    ['Das Paket ist auf dem Weg zum Zoll'],
    ['Der Zustelltermin wurde noch nicht vereinbart'],
    ['Die Lieferadresse konnte nicht geändert werden'],
    ['Der Ablageort konnte nicht vorgemerkt werden'],
    ['Die Sendung ist nicht mehr in unserer Einrichtung'],
    ['Die Rechnung wurde von UPS erhalten'],
    ['Die Sendung ist noch nicht in Zustellung'],
    ['Die Annahme wurde nicht verweigert'],
  ]);
});

describe('de most-firing entries: documents and notices delivered, return boilerplate, vehicles', () => {
  readsEach([
    ['Die Abholkarte wurde zugestellt', 'WAITING_FOR_PICKUP'],
    ['Der Zollbescheid wurde Ihnen zugestellt', 'HELD_BY_CUSTOMS'],
    ['Die Zahlungsaufforderung für die Einfuhrabgaben wurde zugestellt', 'HELD_BY_CUSTOMS'],
    ['Die Zustellbenachrichtigung wurde zugestellt', 'UNKNOWN'],
    ['Die Avisierung wurde zugestellt', 'UNKNOWN'],
    ['Die Vollmacht wurde zugestellt', 'UNKNOWN'],
    ['Zugestellt an: Packstation 123', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde zugestellt', 'DELIVERED'],
    ['Die Sendung wurde vom Kunden in der Filiale abgegeben', 'IN_TRANSIT'],
    ['Die Sendung steht nicht mehr zur Abholung bereit', 'UNKNOWN'],
    ['Die Sendung liegt zur Abholung bereit', 'WAITING_FOR_PICKUP'],
    [
      'Der Zusteller hat den Empfänger nicht angetroffen und die Sendung beim Nachbarn abgegeben',
      'DELIVERED',
    ],
    ['Empfänger nicht angetroffen, neuer Zustellversuch morgen', 'WAITING_FOR_PICKUP'],
    ['Die Klärung ist abgeschlossen, die Sendung wird weitergeleitet', 'IN_TRANSIT'],
    ['Sendung in Klärung', 'EXCEPTION'],
    ['Annahme der Sendung in der Filiale', 'IN_TRANSIT'],
    ['Ihre Rücksendung wurde angemeldet', 'INFO_RECEIVED'],
    ['Ihre Sendung wurde angekündigt', 'INFO_RECEIVED'],
    ['Das Zustellfahrzeug hatte eine Panne', 'EXCEPTION'],
    ['Die Sendung befindet sich im Zustellfahrzeug', 'OUT_FOR_DELIVERY'],
    ['Keine erfolgreiche Zustellung möglich', 'EXCEPTION'],
    ['Erfolgreiche Übergabe an den Paketshop', 'WAITING_FOR_PICKUP'],
    ['Erfolgreiche Übergabe an den Zoll', 'HELD_BY_CUSTOMS'],
    ['Erfolgreiche Zustellung', 'DELIVERED'],
    ['Erfolgreiche Übergabe an die Fluggesellschaft', 'IN_TRANSIT'],
    ['Die Sendung ist eingetroffen', 'IN_TRANSIT'],
    ['Die Sendung wurde verweigert', 'EXCEPTION'],
    ['Zweiter Zustellversuch erfolgt morgen', 'UNKNOWN'],
    ['Kein Zustellversuch erfolgt', 'EXCEPTION'],
    ['Zustellversuch nicht erfolgt, Sendung beschädigt', 'EXCEPTION'],
    ['Die Sendung wurde beschädigt zugestellt', 'DELIVERED'],
    ['Die Auftragsdaten wurden storniert', 'EXCEPTION'],
    [
      'Die Auftragsdaten zu dieser Sendung wurden vom Absender elektronisch an DHL übermittelt',
      'INFO_RECEIVED',
    ],
    ['Sendung angekündigt, aber noch nicht eingetroffen', 'INFO_RECEIVED'],
    ['Die Sendung wurde verzögert zugestellt', 'DELIVERED'],
    ['Zustellung verzögert sich', 'EXCEPTION'],
    ['Die Sendung wurde vom Empfänger zurückgeschickt', 'RETURNED_TO_SENDER'],
    ['Die Sendung wurde vom Zoll zurückgeschickt', 'RETURNED_TO_SENDER'],
    ['Die Sendung wurde an das Paketzentrum zurückgeschickt', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['Die Sendung hätte heute zugestellt werden sollen'],
    ['Die Sendung wird Ihnen zugestellt, sobald die Einfuhrabgaben bezahlt sind'],
    ['Die Sendung wurde in der Filiale abgegeben'],
    ['Die Sendung wurde zur Abholung angemeldet'],
    ['Auftrag zur Abholung erteilt'],
    ['Die Zustellung wurde für heute angekündigt'],
    ['Die Sendung wurde aus dem Zustellfahrzeug entladen'],
    ['Die Sendung ist nicht eingetroffen'],
    ['Die Sendung wurde zum Zustellversuch geladen'],
    ['Das Paket wurde zurück ins Depot gebracht'],
    ['Die Sendung ist auf dem Weg zurück in die Zustellbasis'],
  ]);
});

describe('de gaps written after round 26: neighbours, drop-off places, authorised recipients', () => {
  readsEach([
    ['Nachbar nicht angetroffen, Sendung wurde in der Filiale abgegeben', 'WAITING_FOR_PICKUP'],
    ['Kein Nachbar angetroffen, Sendung in die Filiale gebracht', 'WAITING_FOR_PICKUP'],
    ['Nachbar verweigerte Annahme, Sendung zugestellt an Filiale', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde an Ihren Nachbarn übergeben', 'DELIVERED'],
    ['Nachbar hat Annahme verweigert', 'EXCEPTION'],
    [
      'Wunschnachbar nicht angetroffen, Sendung wurde zugestellt an Packstation',
      'WAITING_FOR_PICKUP',
    ],
    ['Ablageort nicht zugänglich, Sendung abgestellt beim Nachbarn', 'DELIVERED'],
    ['Ablageort nicht zugänglich, Paket zugestellt an Paketshop', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde am Wunschablageort abgestellt', 'DELIVERED'],
    ['Abstellgenehmigung fehlt, Paket in Filiale zugestellt', 'WAITING_FOR_PICKUP'],
    ['Abstellgenehmigung ungültig, Sendung nicht abgestellt', 'EXCEPTION'],
    ['Die Sendung wurde mit Abstellgenehmigung abgestellt', 'DELIVERED'],
    ['Vor der Tür abgelegt', 'DELIVERED'],
    [
      'Benachrichtigungskarte an der Tür hinterlassen, Paket nicht abgestellt',
      'WAITING_FOR_PICKUP',
    ],
    ['Hausbriefkasten zu klein, Sendung in Filiale eingelegt', 'WAITING_FOR_PICKUP'],
    ['Hausbriefkasten nicht vorhanden, Benachrichtigung eingeworfen', 'WAITING_FOR_PICKUP'],
    ['In den Hausbriefkasten eingeworfen', 'DELIVERED'],
    ['Die Sendung wurde dem Bevollmächtigten ausgehändigt', 'DELIVERED'],
    ['Ausgehändigt nur an Bevollmächtigten möglich', 'UNKNOWN'],
    ['Die Sendung wurde vom Empfänger in der Filiale behoben', 'DELIVERED'],
    ['Sendung kann in der Filiale behoben werden', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde dem Empfänger persönlich ausgehändigt', 'DELIVERED'],
    ['Die Sendung darf nur dem Empfänger persönlich ausgehändigt werden', 'UNKNOWN'],
    ['Die Sendung wurde vom Empfänger in der Packstation abgeholt', 'DELIVERED'],
    ['Die Sendung wurde vom Empfänger nicht rechtzeitig abgeholt', 'EXCEPTION'],
    ['Die Sendung wurde vom Empfänger bis heute nicht abgeholt', 'EXCEPTION'],
    ['Die Sendung wurde durch den Empfänger zur Rücksendung abgegeben', 'RETURNED_TO_SENDER'],
    ['Vom Empfänger am Schalter entgegengenommen', 'DELIVERED'],
    ['Vom Empfänger wurde die Annahme verweigert', 'EXCEPTION'],
    ['Die Sendung ist ab Montag abholbereit, Abholung ab 10 Uhr möglich', 'WAITING_FOR_PICKUP'],
    ['Abholung ab sofort möglich', 'WAITING_FOR_PICKUP'],
    ['Wir stellen Ihnen Ihr Paket heute zu', 'OUT_FOR_DELIVERY'],
    ['Wir stellen Ihnen Ihr Paket heute zwischen 10 und 12 Uhr zu', 'OUT_FOR_DELIVERY'],
    ['Die Sendung wurde vom Empfänger an den Absender zurückgeschickt', 'RETURNED_TO_SENDER'],
  ]);
  neverDeliveredEach([
    ['Ablageort ungeeignet, Paket wird in die Filiale zugestellt'],
    ['Vor der Tür nicht abgelegt, da kein geschützter Platz'],
    ['Die Sendung darf nur einem Bevollmächtigten übergeben werden'],
    ['Sendung wurde vom Empfänger noch nicht behoben'],
    ['Vom Empfänger wurde eine neue Zustelladresse angegeben'],
    ['Abholung beim Absender ab Montag möglich'],
    ['Wir stellen Ihr Paket heute nicht mehr zu'],
  ]);
});

describe('de arrival, customs-hold and conditional-return phrases', () => {
  readsEach([
    ['Ankunft der Sendungsdaten im Zielland', 'INFO_RECEIVED'],
    ['Eingang der Zollanmeldung im Zielland', 'HELD_BY_CUSTOMS'],
    ['Ankunft im Zielland', 'ARRIVED_AT_DESTINATION'],
    ['Wir haben Ihre Sendung noch nicht erhalten', 'INFO_RECEIVED'],
    ['Der Kurierdienst hat die Sendung noch nicht erhalten', 'INFO_RECEIVED'],
    ['Wir haben Ihre Sendung erhalten', 'IN_TRANSIT'],
    ['Für diese Sendung ist keine Sendungsverfolgung möglich', 'UNKNOWN'],
    ['Keine Zustellung am Samstag möglich', 'EXCEPTION'],
    ['Sendung geöffnet (Zollkontrolle)', 'HELD_BY_CUSTOMS'],
    ['Die Sendung wurde vom Zoll geöffnet', 'HELD_BY_CUSTOMS'],
    ['Die Verpackung war geöffnet', 'EXCEPTION'],
    ['Warten auf Rückmeldung des Zolls', 'HELD_BY_CUSTOMS'],
    ['Wir warten auf Ihre Rückmeldung', 'EXCEPTION'],
    [
      'Leider wird die Sendung nicht mehr zugestellt. Sie geht an den Absender zurück',
      'RETURNED_TO_SENDER',
    ],
    [
      'Deshalb wird die Sendung nicht zugestellt, sondern an den Absender zurückgesandt',
      'RETURNED_TO_SENDER',
    ],
    ['Die Sendung geht an den Absender zurück, da sie nicht abgeholt wurde', 'RETURNED_TO_SENDER'],
    ['Empfänger verzogen. Die Sendung geht zurück an den Absender', 'RETURNED_TO_SENDER'],
    [
      'Die Lagerfrist ist abgelaufen. Wir senden die Sendung an den Absender zurück',
      'RETURNED_TO_SENDER',
    ],
    ['Die Sendung ist im Export-Paketzentrum in Deutschland angekommen', 'IN_TRANSIT'],
    ['Die Sendung ist in Österreich angekommen', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung befindet sich im Bestimmungsland', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung ist im Sortierzentrum des Ziellandes angekommen', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung hat das Sortierzentrum des Ziellandes verlassen', 'IN_TRANSIT'],
    ['Die Sendung ist auf dem Weg zum Sortierzentrum des Ziellandes', 'IN_TRANSIT'],
    ['Abfahrt aus dem Zielland zurück zum Absender', 'RETURNED_TO_SENDER'],
  ]);
  neverDeliveredEach([
    ['Wird die Sendung nicht innerhalb von 7 Tagen abgeholt, geht sie an den Absender zurück'],
    ['Wird die Sendung nicht abgeholt, geht sie zurück an den Absender'],
    ['Die Sendung wird an den Absender zurückgeschickt, wenn sie nicht abgeholt wird'],
  ]);
});

describe('de most-firing entries, second pass: delay and customs words negated, return registrations', () => {
  readsEach([
    ['Die Sendung wurde fälschlicherweise als zugestellt angezeigt', 'UNKNOWN'],
    ['Die Sendung wurde als zugestellt markiert', 'UNKNOWN'],
    ['Die Sendung wird morgen beim Absender abgeholt', 'INFO_RECEIVED'],
    ['Die Sendung wurde beim Absender abgeholt', 'IN_TRANSIT'],
    ['Derzeit keine Verzögerungen, die Sendung ist unterwegs', 'IN_TRANSIT'],
    ['Die Verzögerung ist behoben, die Sendung ist wieder unterwegs', 'IN_TRANSIT'],
    ['Trotz Verzögerung wurde die Sendung zugestellt', 'DELIVERED'],
    ['Keine Verzollung erforderlich', 'IN_TRANSIT'],
    ['Für diese Sendung ist keine Zollabfertigung notwendig', 'IN_TRANSIT'],
    ['Die Sendung befindet sich in der Verzollung', 'HELD_BY_CUSTOMS'],
    ['Zustellversuch erfolglos, Benachrichtigung hinterlassen', 'WAITING_FOR_PICKUP'],
    ['Rücksendung angemeldet', 'INFO_RECEIVED'],
    ['Die Rücksendung wurde vom Empfänger in der Filiale eingeliefert', 'RETURNED_TO_SENDER'],
    ['Die Sendung hat das Paketzentrum verlassen', 'IN_TRANSIT'],
    ['Die Sendung hat das Paketzentrum noch nicht verlassen', 'IN_TRANSIT'],
    ['Die Sendung wurde im Paketzentrum bearbeitet', 'IN_TRANSIT'],
    ['Die Sendung wurde an ein anderes Paketzentrum weitergeleitet', 'IN_TRANSIT'],
    ['Die Sendung wurde an die Filiale weitergeleitet', 'WAITING_FOR_PICKUP'],
    ['Der Zugang zum Gebäude wurde verweigert', 'EXCEPTION'],
    ['Die Zahlung wurde verweigert', 'EXCEPTION'],
    ['Die Zollbehörde hat die Freigabe verweigert', 'EXCEPTION'],
    ['Ihre Sendung ist jetzt auf dem Weg', 'IN_TRANSIT'],
    ['Die Sendung ist auf dem Weg nach Deutschland', 'IN_TRANSIT'],
    ['Die Sendungsdaten wurden korrigiert', 'INFO_RECEIVED'],
    ['Ihr Paket wurde angekündigt, ist aber noch nicht bei uns', 'INFO_RECEIVED'],
    ['Sendung bei der Annahme beschädigt', 'EXCEPTION'],
    ['Annahme in der Packstation', 'IN_TRANSIT'],
    ['Die Sendung wurde vom Absender an DHL übergeben', 'IN_TRANSIT'],
    ['Die Sendung ist in der Zustellung', 'OUT_FOR_DELIVERY'],
    ['Ihre Sendung wurde sortiert', 'IN_TRANSIT'],
    ['Ihre Sendung wurde falsch sortiert', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['Die Sendung wurde irrtümlich als zugestellt gescannt'],
    ['Die Sendung wurde irrtümlich als zugestellt gemeldet'],
    ['Ihre Sendung ist ohne Verzögerung auf dem Weg zu Ihnen'],
    ['Es gibt keine Verzögerung bei der Zustellung'],
    ['Der erste Zustellversuch erfolgt heute'],
    ['Der Zustellversuch ist für morgen geplant'],
    ['Die Sendung ist nicht beschädigt'],
    ['Die Rücksendungsnummer wurde erstellt'],
    ['Die Sendung wird dem Zusteller übergeben'],
  ]);
});

describe("de pre-shipment, pickup-place and out-for-delivery phrases: the sender's side and the depot", () => {
  readsEach([
    ['Die Sendung wird im Paketzentrum sortiert und ins Zielland versendet', 'IN_TRANSIT'],
    ['Die Sendung wird heute versendet', 'INFO_RECEIVED'],
    ['Die Sendung wartet auf Übergabe durch den Absender', 'INFO_RECEIVED'],
    ['Die Sendung wartet auf Einlieferung', 'INFO_RECEIVED'],
    ['Die Sendung wurde vom PaketShop an das Hermes Logistikzentrum weitergeleitet', 'IN_TRANSIT'],
    ['Die Sendung ist vom Paketshop im Depot eingetroffen', 'IN_TRANSIT'],
    ['Die Sendung ist im Paketshop eingetroffen', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde an die Packstation weitergeleitet', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde aus der Packstation in die Filiale weitergeleitet', 'WAITING_FOR_PICKUP'],
    ['Die Sendung liegt im Paketshop zur Abholung durch den Kurier bereit', 'INFO_RECEIVED'],
    ['Die Sendung ist in der Filiale zum Weitertransport bereit', 'IN_TRANSIT'],
    ['Die Sendung ist in der Filiale zur Abholung bereit', 'WAITING_FOR_PICKUP'],
    ['Ihre Sendung wartet auf Sie', 'WAITING_FOR_PICKUP'],
    ['Heute kommt Ihr Paket', 'OUT_FOR_DELIVERY'],
    ['Die Sendung wird heute nicht mehr ausgeliefert', 'EXCEPTION'],
    [
      'Neue Sendungsnummer vergeben, die Sendung wurde an den Partner im Zielland übergeben',
      'IN_TRANSIT',
    ],
    ['Die Sendung wird im Paketzentrum für den Versand vorbereitet', 'IN_TRANSIT'],
    ['Das Versandetikett wurde erstellt', 'INFO_RECEIVED'],
    ['Das Retourenetikett wurde erstellt', 'UNKNOWN'],
    ['Die Sendung wurde im Zielland noch nicht zugestellt', 'EXCEPTION'],
    ['Die Sendung ist im Zielland angekommen und wird morgen zugestellt', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung wurde beim Nachbarn abgegeben, da der Empfänger nicht zu Hause war', 'DELIVERED'],
    ['Die Sendung wurde nicht beim Nachbarn abgegeben', 'EXCEPTION'],
    [
      'Die Sendung wurde an der Haustür abgestellt, da der Empfänger nicht anwesend war',
      'DELIVERED',
    ],
    ['Empfänger nicht angetroffen. Die Sendung wurde in den Briefkasten eingeworfen', 'DELIVERED'],
    ['Die Sendung konnte nicht in den Briefkasten eingeworfen werden', 'EXCEPTION'],
    [
      'Die Sendung wurde in die Packstation eingelegt, der Abholcode wurde Ihnen zugestellt',
      'WAITING_FOR_PICKUP',
    ],
    ['Die Sendung wurde dem Empfänger gegen Nachnahme ausgehändigt', 'DELIVERED'],
    ['Die Sendung wird dem Empfänger nur gegen Nachnahme ausgehändigt', 'UNKNOWN'],
  ]);
  neverDeliveredEach([
    ['Der Empfänger hat die Sendung noch nicht erhalten'],
    ['Die Sendung wartet im Depot auf Übergabe an den Zusteller'],
    ['Der Fahrer ist auf dem Weg zum Absender'],
    ['Die Sendung wurde nicht zur Zustellung geladen'],
    ['Ein Schreiben mit Ihren Zollinformationen ist auf dem Weg zu Ihnen'],
    ['Die Abholung der Retoure beim Empfänger wurde beauftragt'],
    ['Die Sendung ist im Zielland nicht angekommen'],
    ['Die E-Mail mit dem Abholcode wurde zugestellt'],
    ['Die Sendung wurde nur teilweise zugestellt'],
  ]);
});

describe('de return and pickup-point phrases: documents sent to the sender, couriers collecting at a branch', () => {
  readsEach([
    ['Rückgabe an den Absender nicht möglich', 'EXCEPTION'],
    ['Die Zollrechnung wurde dem Absender zugestellt', 'HELD_BY_CUSTOMS'],
    ['Der Zustellnachweis wurde dem Absender zugestellt', 'UNKNOWN'],
    ['Die Zustellbestätigung wurde an den Absender übermittelt', 'UNKNOWN'],
    ['Die Sendung wurde dem Absender zugestellt', 'RETURNED_TO_SENDER'],
    ['Packstation belegt, Sendung zugestellt an Nachbarn', 'DELIVERED'],
    ['Paketbox belegt – Sendung beim Nachbarn zugestellt', 'DELIVERED'],
    ['Packstation voll, Sendung wurde beim Nachbarn zugestellt', 'DELIVERED'],
    ['Die Sendung wurde in die Packstation zugestellt', 'WAITING_FOR_PICKUP'],
    ['Die Sendung konnte nicht in die Packstation zugestellt werden', 'EXCEPTION'],
    ['Empfangsbox nicht verfügbar, Sendung wurde zugestellt', 'DELIVERED'],
    ['Paketshop geschlossen, Sendung wurde zugestellt an die Haustür', 'DELIVERED'],
    ['Übergabe an Paketshop erfolgt', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde vom Empfänger im Paketshop abgeholt', 'DELIVERED'],
    ['Die Sendung wurde durch den Kurier am Paketshop abgeholt', 'IN_TRANSIT'],
    ['Abgeholt in der Filiale', 'DELIVERED'],
    ['Abgeholt in der Filiale durch den Kurier', 'IN_TRANSIT'],
    ['Abgeholt aus der Filiale von DHL', 'IN_TRANSIT'],
    ['Am UPS Access Point zugestellt', 'WAITING_FOR_PICKUP'],
    ['Vom Access Point an den Absender zurückgegeben', 'RETURNED_TO_SENDER'],
    ['Sendung wurde vom Versender am Access Point abgegeben', 'IN_TRANSIT'],
    ['Vom Kunden am UPS Access Point abgeholt', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Der Abholfahrer ist unterwegs zum Absender'],
    ['Filiale geschlossen, Sendung in andere Filiale geliefert'],
    ['Übergabe der Sendung an den Paketshop durch den Absender'],
  ]);
});

describe('de most-firing delivered and returned entries: hand-overs inside the network, returns to a depot', () => {
  readsEach([
    ['Wunschnachbar abwesend, Sendung zugestellt in Packstation', 'WAITING_FOR_PICKUP'],
    ['Nachbar abwesend, Sendung abgegeben in der Filiale', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde an den Zoll zurückgeschickt', 'HELD_BY_CUSTOMS'],
    ['Die Sendung wurde an das Verteilzentrum zurückgesendet', 'IN_TRANSIT'],
    ['Die Sendung wurde zurück ins Paketzentrum geschickt', 'IN_TRANSIT'],
    ['Retour möglich bis 30.04.', 'UNKNOWN'],
    ['Retour an Absender', 'RETURNED_TO_SENDER'],
    ['Die Sendung wurde an den Absender zurückgesandt', 'RETURNED_TO_SENDER'],
    ['Die Sendung ist auf dem Rückweg zum Absender', 'RETURNED_TO_SENDER'],
    ['Die Sendung wurde erfolgreich zugestellt', 'DELIVERED'],
    ['Die Sendung wurde erfolgreich an DHL übergeben', 'IN_TRANSIT'],
    ['Die Sendung wurde erfolgreich an den Zustellpartner übergeben', 'IN_TRANSIT'],
    ['Die Sendung wurde erfolgreich ins Zielland ausgeliefert', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung wurde erfolgreich an das Verteilzentrum ausgeliefert', 'IN_TRANSIT'],
    ['Die Sendung wurde an die Partnerpost im Zielland ausgeliefert', 'IN_TRANSIT'],
    ['Die Sendung wurde an den Flughafen ausgeliefert', 'IN_TRANSIT'],
    ['Die Sendung wurde ausgeliefert', 'DELIVERED'],
    ['Ausgeliefert an Zustellbasis Wien', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung wurde dem Angestellten übergeben', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Ablageort verweigert, Sendung zugestellt in Packstation'],
    ['Nachbar verweigert, Sendung abgegeben im Paketshop'],
    ['Die Sendung wurde an die Zustellbasis zurückgeschickt'],
    ['Die Sendung wurde an die Filiale zurückgeschickt'],
    ['Die Sendung ist auf dem Rückweg zum Depot'],
    ['Die Sendung wurde an den Zusteller ausgeliefert'],
  ]);
});

describe("de exception and pickup-place entries: problems resolved, the sender's drop-off", () => {
  readsEach([
    ['Die fehlenden Dokumente wurden nachgereicht', 'IN_TRANSIT'],
    ['Die fehlenden Zollunterlagen sind eingegangen, die Verzollung läuft', 'HELD_BY_CUSTOMS'],
    ['Fehlende Hausnummer', 'EXCEPTION'],
    ['Adressklärung abgeschlossen', 'IN_TRANSIT'],
    ['Die Sendung befindet sich in Adressklärung', 'EXCEPTION'],
    ['Die Sendung liegt in der Filiale zur Abholung bereit', 'WAITING_FOR_PICKUP'],
    ['Die Sendung ist abholbereit beim Absender', 'INFO_RECEIVED'],
    ['Empfänger nicht angetroffen', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde dem Zoll übergeben', 'HELD_BY_CUSTOMS'],
    ['Die Sendung wurde dem Empfänger übergeben', 'DELIVERED'],
    ['Die Sendung wurde dem Kurierdienst übergeben', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['Adressklärung erfolgreich, Sendung wird zugestellt'],
    ['Die Sendung wurde vom Absender in die Packstation eingelegt'],
    ['Der Absender hat die Sendung in der Filiale abgegeben'],
    ['Der Versender hat die Sendung in einen Paketshop gebracht'],
    ['Die Sendung wurde in eine Filiale umgeleitet'],
    ['Umleitung in eine Filiale auf Wunsch des Empfängers'],
    ['Abholung durch den Kurier in der Filiale'],
    ['Absender nicht angetroffen, Abholung morgen'],
  ]);
});

describe('de round-38 vetoes checked against their own second senses', () => {
  readsEach([
    [
      'Die Sendung wurde beim Zoll freigegeben und liegt in der Filiale zur Abholung bereit',
      'WAITING_FOR_PICKUP',
    ],
    [
      'Die Sendung geht zurück an den Absender. Der Empfänger hat versäumt, sie abzuholen',
      'RETURNED_TO_SENDER',
    ],
    ['Der Fahrer ist auf dem Weg zum Absender, um die Sendung abzuholen', 'INFO_RECEIVED'],
    ['Der Kurier kommt morgen, um die Retoure abzuholen', 'INFO_RECEIVED'],
    ['Bitte kommen Sie in die Filiale, um die Sendung abzuholen', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde an das Lager zurückgeschickt', 'RETURNED_TO_SENDER'],
    ['Panne behoben, die Sendung ist wieder unterwegs', 'IN_TRANSIT'],
    [
      'Sie haben 7 Tage Zeit, die Sendung in der Filiale abzuholen, danach geht sie zurück an den Absender',
      'WAITING_FOR_PICKUP',
    ],
    ['Eigenhändig zugestellt an den Empfänger', 'DELIVERED'],
    ['Die Sendung war kurzzeitig nicht auffindbar und wurde zugestellt', 'DELIVERED'],
    ['Sendung nicht auffindbar, Sendung wiedergefunden', 'IN_TRANSIT'],
    ['Die Sendung wurde von der Partnerpost zugestellt', 'DELIVERED'],
    ['Adresse korrigiert, Sendung wurde zugestellt', 'DELIVERED'],
    ['Die Sendung ist auf dem Weg zur Filiale', 'IN_TRANSIT'],
    [
      'Die Sendung ist in der Filiale eingetroffen und liegt zur Abholung bereit',
      'WAITING_FOR_PICKUP',
    ],
    ['Der Absender hat die Sendung an den Empfänger verschickt', 'IN_TRANSIT'],
    ['Die Sendung wurde vom Zusteller in die Packstation eingelegt', 'WAITING_FOR_PICKUP'],
    ['Keine Verzögerung: Die Sendung wurde zugestellt', 'DELIVERED'],
    ['Die Zustellung an den Nachbarn ist erfolgt', 'DELIVERED'],
    [
      'Die Sendung wurde an die Filiale zugestellt, nachdem der Empfänger nicht angetroffen wurde',
      'WAITING_FOR_PICKUP',
    ],
  ]);
});

describe("de pickup-place phrases: the sender's side and a pickup being prepared", () => {
  readsEach([
    ['Die Sendung wurde in die Packstation eingelegt, Abholcode per E-Mail', 'WAITING_FOR_PICKUP'],
    [
      'Die Sendung wurde aus der Packstation entnommen und an den Absender zurückgeschickt',
      'RETURNED_TO_SENDER',
    ],
    ['Die Sendung wurde aus der Filiale an den Absender zurückgeschickt', 'RETURNED_TO_SENDER'],
    ['Die Filiale hat die Sendung an den Zusteller übergeben', 'OUT_FOR_DELIVERY'],
    [
      'Die Sendung wurde in der Filiale nicht abgeholt und geht an den Absender zurück',
      'RETURNED_TO_SENDER',
    ],
    ['Die Sendung wurde zur Abholung bereitgestellt', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde zur Abholung durch den Empfänger bereitgestellt', 'WAITING_FOR_PICKUP'],
    ['Die Sendung wurde zur Abholung beim Absender angemeldet', 'INFO_RECEIVED'],
    ['Empfänger nicht angetroffen, Sendung wird morgen erneut zugestellt', 'WAITING_FOR_PICKUP'],
    ['Der Zusteller hat niemanden angetroffen', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ['Die Sendung wurde in der Packstation gefunden'],
    [
      'Die Sendung konnte nicht in der Packstation zugestellt werden und wird in die Filiale gebracht',
    ],
    ['Die Packstation ist außer Betrieb'],
    ['Die Filiale ist heute geschlossen'],
    ['Die Sendung wurde in der Filiale für den Versand vorbereitet'],
    ['Die Sendung wird zur Abholung bereitgestellt'],
    ['Beim Absender wurde niemand angetroffen'],
  ]);
});

describe('de customs and pre-shipment phrases: duties paid by the sender, documents sent on', () => {
  readsEach([
    ['Einfuhrabgaben müssen vor der Zustellung bezahlt werden', 'HELD_BY_CUSTOMS'],
    ['Die Einfuhrabgaben wurden bereits vom Absender bezahlt', 'IN_TRANSIT'],
    ['Die Einfuhrabgaben sind vom Empfänger bei Zustellung zu bezahlen', 'HELD_BY_CUSTOMS'],
    ['Die Sendung wird verzollt', 'HELD_BY_CUSTOMS'],
    ['Die Sendung wurde verzollt', 'IN_TRANSIT'],
    ['Die Sendung ist vom Zoll zurückerhalten worden', 'IN_TRANSIT'],
    ['Zustellung an einem anderen Tag auf Wunsch des Empfängers', 'EXCEPTION'],
    ['Name und Adresse stimmen nicht überein', 'EXCEPTION'],
    ['Empfänger geht nicht ans Telefon', 'EXCEPTION'],
    ['Die Sendungsnummer wurde vergeben', 'INFO_RECEIVED'],
    [
      'Eine neue Sendungsnummer wurde vergeben, die Sendung geht an den Absender zurück',
      'RETURNED_TO_SENDER',
    ],
    ['Die Sendungsinformationen wurden an den Zoll übermittelt', 'HELD_BY_CUSTOMS'],
    ['Die Sendungsinformationen wurden an den Empfänger übermittelt', 'UNKNOWN'],
    ['Versandauftrag erteilt', 'INFO_RECEIVED'],
    ['Versandauftrag storniert', 'EXCEPTION'],
    ['Das Versandetikett wurde gedruckt, die Sendung wurde noch nicht übergeben', 'INFO_RECEIVED'],
    ['Das Versandetikett wurde gedruckt und die Sendung im Paketzentrum bearbeitet', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['Die Zollgebühren wurden erstattet'],
    ['Die Sendung muss nicht verzollt werden'],
    ['Sie können die Zustellung an einem anderen Tag wählen'],
  ]);
});
