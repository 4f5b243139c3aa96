import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows): wordings that read one status wrongly although they
// share its words (a notice four words from its verb, a pickup that only can happen, a courier
// receiving the parcel, a return to the carrier's own warehouse), beside the ones they must not
// swallow.

describe('notices, possible pickups and couriers receiving are never DELIVERED', () => {
  neverDeliveredEach([
    ['Un avis de passage a été déposé dans votre boîte aux lettres'],
    ['Un avis de passage vous a été laissé dans la boîte aux lettres'],
    ['Coletul poate fi ridicat din easybox'],
    ['Coletul va fi ridicat din easybox mâine'],
    ['택배기사가 상품을 수령하였습니다'],
  ]);
  readsEach([
    ['Un avis de passage a été déposé dans votre boîte aux lettres', 'WAITING_FOR_PICKUP'],
    ['Coletul poate fi ridicat din easybox', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('the deliveries beside them', () => {
  readsEach([
    ['Colis livré dans votre boîte aux lettres', 'DELIVERED'],
    ['Coletul a fost ridicat din easybox', 'DELIVERED'],
    ['고객님이 상품을 수령하였습니다', 'DELIVERED'],
  ]);
});

describe('a return to the carrier’s own warehouse is not a return to the sender', () => {
  readsEach([
    // FedEx Hungary's own status list labels it (content/corpus): the parcel went back to a depot.
    ['Visszaszállítva egy FedEx létesítménybe', 'EXCEPTION'],
    ['A csomag visszaszállításra került a raktárba, mert a címzett nem vette át', 'EXCEPTION'],
    ['A csomag visszaszállításra került a feladóhoz', 'RETURNED_TO_SENDER'],
  ]);
});

describe('a negator inside a delivery phrase’s gap denies the delivery', () => {
  neverDeliveredEach([
    ['El destinatario no recogió el paquete'],
    ['Die Sendung wurde im Briefkasten nicht eingeworfen'],
  ]);
  readsEach([
    ['El destinatario recogió el paquete', 'DELIVERED'],
    ['Die Sendung wurde in den Briefkasten eingeworfen', 'DELIVERED'],
  ]);
});

describe('a forecast arrival is not an arrival', () => {
  readsEach([
    ['日本に到着予定です', 'IN_TRANSIT'],
    ['包裹预计明天到达目的国', 'IN_TRANSIT'],
    ['한국 도착 예정', 'IN_TRANSIT'],
    ['Ankunft im Zielland voraussichtlich morgen', 'IN_TRANSIT'],
    ['Прибытие в страну назначения ожидается', 'IN_TRANSIT'],
    ['Kargo varış şubesine ulaşacak', 'IN_TRANSIT'],
    ['Estimated arrival at destination facility: Monday', 'IN_TRANSIT'],
    ['Your parcel will arrive at the delivery depot tomorrow', 'IN_TRANSIT'],
    ['Arrivée prévue au centre de distribution', 'IN_TRANSIT'],
    ['Llegada prevista al centro de destino', 'IN_TRANSIT'],
    ['Arrived at destination facility', 'ARRIVED_AT_DESTINATION'],
    ['日本に到着しました', 'ARRIVED_AT_DESTINATION'],
    ['包裹已到达目的国', 'ARRIVED_AT_DESTINATION'],
    ['Die Sendung ist im Zielland angekommen', 'ARRIVED_AT_DESTINATION'],
    ['Kargo varış şubesine ulaştı', 'ARRIVED_AT_DESTINATION'],
  ]);
});

describe('a typo guess never delivers what a modal postponed', () => {
  neverDeliveredEach([['Pakken bliver leveret i morgen']]);
  readsEach([['Pakken er leveret', 'DELIVERED']]);
});

describe('German and Nordic hand-overs to customs, a terminal or a carrier, notices and future forms', () => {
  neverDeliveredEach([
    ['Ihr Paket kann heute in den Briefkasten gelegt werden'],
    ['Die Sendung wurde dem Zoll zugestellt'],
    ['Die Benachrichtigungskarte wurde in den Briefkasten eingeworfen'],
    ['Die Sendung wurde niemals zugestellt'],
    ['Försändelsen har levererats till terminalen'],
    ['Försändelsen har levererats till transportören'],
    ['Avin har levererats till mottagarens brevlåda'],
    ['Avisering levererad'],
    ['Försändelsen har levererats till ditt ombud'],
    ['Pakken er leveret til terminalen'],
    ['Pakken er afleveret til vognmanden'],
    ['Afhentningsseddel er lagt i postkassen'],
    ['Sendingen er levert til terminalen'],
    ['Sendingen er levert til transportøren'],
    ['Hentelapp er lagt i postkassen'],
    ['Sendingen er levert inn på et utleveringssted av avsender'],
  ]);
  readsEach([
    ['Försändelsen har levererats till mottagaren', 'DELIVERED'],
    ['Pakken er leveret til naboen', 'DELIVERED'],
    ['Sendingen er levert til mottaker', 'DELIVERED'],
    ['Die Sendung wurde dem Nachbarn zugestellt', 'DELIVERED'],
  ]);
});
