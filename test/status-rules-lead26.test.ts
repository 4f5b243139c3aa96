import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * A negator before a customs release denies it (`negators` deny `customsDone`): the parcel has
 * not cleared, so it is no movement; the customs words left in the message read as customs
 * holding it, and a release word with no customs word ("despachado", dispatched) is no hold.
 */
describe('a customs release denied', () => {
  readsEach([
    ['Not yet released from customs', 'HELD_BY_CUSTOMS'],
    ['No despachado de aduana', 'HELD_BY_CUSTOMS'],
    ['Не выпущено таможней', 'HELD_BY_CUSTOMS'],
    ['Не растаможено', 'UNKNOWN'],
    ['Pas dédouané', 'UNKNOWN'],
    ['Nie odprawiono celnie', 'UNKNOWN'],
    ['El vendedor aún no ha despachado el paquete', 'INFO_RECEIVED'],
    ['Released from customs', 'IN_TRANSIT'],
    ['Awaiting customs release', 'HELD_BY_CUSTOMS'],
  ]);
});

/**
 * A negator before a delivery to a pickup point denies the pickup point too: the delivery
 * failed (EXCEPTION), the parcel is not waiting there. A pickup point named in another phrase
 * of the message still is where it waits.
 */
describe('a delivery to a pickup point denied', () => {
  readsEach([
    ['Could not be delivered to the pickup point', 'EXCEPTION'],
    ['Not delivered to Parcel Connect', 'EXCEPTION'],
    ['Nie dostarczono do paczkomatu', 'EXCEPTION'],
    ['Не доставлено в пункт выдачи', 'EXCEPTION'],
    ['Non consegnato al punto di ritiro', 'EXCEPTION'],
    ['Delivered to the pickup point', 'WAITING_FOR_PICKUP'],
    ['Could not be delivered, left at the pickup point', 'WAITING_FOR_PICKUP'],
  ]);
});

/**
 * A lone delivery field with no value ("Date delivered: -", "签收时间：N/A") states no delivery:
 * normalisation drops the dash, and the label alone must not read as the event. A value, or a
 * field after a delivery the message states first, keeps it.
 */
describe('a delivery field left empty', () => {
  readsEach([
    ['Date delivered: -', 'UNKNOWN'],
    ['签收时间：N/A', 'UNKNOWN'],
    ['배달완료일: -', 'UNKNOWN'],
    ['Zugestellt:', 'UNKNOWN'],
    ['签收时间：2024-05-01', 'DELIVERED'],
    ['Zásilka doručena. Převzal:', 'DELIVERED'],
    ['Status: Delivered', 'DELIVERED'],
    ['TRANSFERENCIA PARA: -', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['Delivered at: --'],
    ['Bezorgd: -'],
    ['Livré : -'],
    ['Toimitettu: -'],
    ['Entregado el: --'],
    ['Consegnata il: --'],
    ['Вручено: —'],
    ['Doręczono: -'],
    ['Giao thành công: -'],
    ['配達完了日：-'],
  ]);
});
