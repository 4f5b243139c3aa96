import { describe } from 'vitest';
import { readEachAs, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 17: the international integrators' event names
// (UPS, FedEx) as their localised tracking pages word them, one shape across many languages.

describe("at a carrier's facility is movement; at the local facility, arrival (16 languages)", () => {
  readEachAs('IN_TRANSIT', [
    'In FedEx Einrichtung',
    "Dans l'établissement FedEx",
    'Au site FedEx',
    'En las instalaciones de FedEx',
    'Presso la sede FedEx',
    'Ha lasciato la sede FedEx',
    'In FedEx-vestiging',
    'W placówce FedEx',
    'FedEx施設内',
    'FedEx 시설에 있음',
    'В учреждении FedEx',
    'FedEx tesisinde',
    'På FedEx-anläggning',
    'V zařízení FedEx',
    'În unitatea FedEx',
    'Στις εγκαταστάσεις της FedEx',
    'På FedEx-anlegg',
    'FedEx-toimipisteessä',
  ]);
  readEachAs('ARRIVED_AT_DESTINATION', [
    'Au site FedEx local',
    'En la instalación local de FedEx',
    'Na unidade local da FedEx',
    'Presso la sede FedEx locale',
    'Yerel FedEx tesisinde',
  ]);
  // The same nouns elsewhere keep their own reading.
  readsEach([
    ['Votre Colissimo est en cours de traitement sur le site de tri local.', 'IN_TRANSIT'],
    ['Transferência para unidade local', 'IN_TRANSIT'],
  ]);
});

describe('"order processed: ready for <carrier>" is information received (14 languages)', () => {
  readEachAs('INFO_RECEIVED', [
    'Pedido procesado: listo para UPS',
    'Commande traitée : prête pour UPS',
    'Ordine elaborato: pronto per UPS',
    'Pedido processado: pronto para a UPS',
    'Bestelling verwerkt: klaar voor UPS',
    'Zamówienie przetworzone: gotowe dla UPS',
    'Sipariş İşlendi: UPS için Hazır',
    'Auftrag verarbeitet: Bereit für UPS',
    'Order behandlad: Klar för UPS',
    'Заказ обработан: готов для UPS',
    '注文処理済み：UPSの準備完了',
    '주문 처리 완료: UPS 준비 완료',
    '订单已处理：准备交给UPS',
  ]);
});

describe("facility scans and today's delivery round (pt, pl, ru, sv, ja, ko, es)", () => {
  readEachAs('IN_TRANSIT', [
    'Partiu da unidade',
    'Processando na unidade UPS',
    'Przybycie do placówki',
    'Отправление с объекта',
    'Ankomst till anläggningen',
    'Ankomst till terminal.',
    'UPS施設で処理中',
    'UPS 시설에서 처리 중',
  ]);
  readEachAs('OUT_FOR_DELIVERY', ['En camino para la entrega hoy']);
});
