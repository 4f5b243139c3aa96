import { describe } from 'vitest';
import { rulesReadEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), session of 2026-12-08 00:26 UTC: variants of the wordings
// data round 50 copied from training lists that had more in them (Russian Post's operation
// dictionary, Hermes Russia, Correos Express, Rangel, Austrian Post and PostNL in English, DHL
// Parcel's service lists, Royal Mail's event table): failed attempts for a reason that rules the
// delivery out, customs holds named as a delay, sender-side collections that failed, lockers
// too small or closed. "Company closed" stays a wait, as the corpus labels it.
describe('round 50: reasons, customs delays and failed collections from grown lists', () => {
  rulesReadEach([
    ['Неудачная попытка вручения - Засыл отправления', 'EXCEPTION'],
    ['Неудачная попытка вручения: адресат бастует', 'EXCEPTION'],
    ['Неудачная доставка в почтомат - почтомат переполнен', 'EXCEPTION'],
    ['Доставка в ПВЗ не удалась: ПВЗ закрыт', 'EXCEPTION'],
    ['Продление срока выпуска таможней: требуется инвойс', 'HELD_BY_CUSTOMS'],
    ['Отказ в автоматическом выпуске товаров', 'HELD_BY_CUSTOMS'],
    ['Таможенное оформление: убытие разрешено', 'IN_TRANSIT'],
    ['Посылка получена назначенным оператором', 'ARRIVED_AT_DESTINATION'],
    ['Предварительное оформление отправления', 'INFO_RECEIVED'],
    ['Отправлению присвоено место адресного хранения', 'WAITING_FOR_PICKUP'],
    ['Обработка посылки приостановлена', 'EXCEPTION'],
    ['Mercancía recibida tarde en delegación', 'EXCEPTION'],
    ['Recepcionado en oficina de destino', 'ARRIVED_AT_DESTINATION'],
    ['Alteração de morada solicitada pelo cliente', 'EXCEPTION'],
    ['Aguarda marcação de entrega', 'EXCEPTION'],
    ['Colis à récupérer en point relais', 'WAITING_FOR_PICKUP'],
    ['Customs declaration delayed - missing invoice', 'HELD_BY_CUSTOMS'],
    ['Customs declaration delay', 'HELD_BY_CUSTOMS'],
    ['Collection shipment not collected, address closed', 'EXCEPTION'],
    ['Nothing was picked up by the driver', 'EXCEPTION'],
    ['No parcels picked up', 'EXCEPTION'],
    ['Pick-up not successful', 'EXCEPTION'],
    ['Pickup address closed', 'EXCEPTION'],
    ['There was no parcel to collect', 'EXCEPTION'],
    ['Shipment will not be processed, postcode unknown', 'EXCEPTION'],
    ['Delivery address post code unknown', 'EXCEPTION'],
    ['Parcel removed from transport for inspection', 'EXCEPTION'],
    ['Not collected at the parcelshop', 'EXCEPTION'],
    ['Not collected at DHL ServicePoint - HAMBURG DE', 'EXCEPTION'],
    ['Delivery at the parcelshop temporarily not possible', 'EXCEPTION'],
    ['Period expired for drop off', 'EXCEPTION'],
    ['Arrived too late at the hub', 'EXCEPTION'],
    ['Locker malfunction, parcel could not be picked up', 'EXCEPTION'],
    ['Courier did not find the recipient', 'EXCEPTION'],
    ['Your delivery preference is not possible', 'EXCEPTION'],
    ['Shipment not sorted', 'EXCEPTION'],
    ['Clarification needed', 'EXCEPTION'],
    ['Insufficient space in the locker', 'EXCEPTION'],
    ['Parcel too big for the locker', 'EXCEPTION'],
    ['Shipment not allowed in the locker', 'EXCEPTION'],
    ['Receiver location closed, held in storage', 'EXCEPTION'],
    ['Recipient closed because of public holiday', 'EXCEPTION'],
    ['Item arrived at the Pick-Up Station', 'WAITING_FOR_PICKUP'],
    ['Company closed', 'WAITING_FOR_PICKUP'],
    ['Your parcel has been picked up at a collection point by our courier', 'IN_TRANSIT'],
    ['Import ban', 'EXCEPTION'],
  ]);
});
