import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 29, Ukrainian and Russian, second batch: "received" said of someone other than the
 * recipient (a courier, carrier, warehouse, operator, customs, the seller or sender, money or
 * payment received) is never a delivery; "delivered" to a country, a depot, customs, a post
 * office or a shop is an arrival, a movement or a pickup point; event-list nouns (прибуття,
 * надходження, прийняття, відправлення з) read as movement or arrival at the branch.
 * The Russian message with "органов" guards the Ukrainian file against a stem that made it
 * plausible Ukrainian.
 */

describe('Ukrainian (uk)', () => {
  readsEach([
    ["Кур'єр отримав відправлення", 'IN_TRANSIT'],
    ['Отримано від продавця', 'IN_TRANSIT'],
    ['Митниця отримала посилку', 'HELD_BY_CUSTOMS'],
    ['Посилку отримано на митниці', 'HELD_BY_CUSTOMS'],
    ['Вручено митному органу', 'HELD_BY_CUSTOMS'],
    ['Доставлено в Україну', 'ARRIVED_AT_DESTINATION'],
    ['Доставлено до України', 'ARRIVED_AT_DESTINATION'],
    ['Доставлено в країну призначення', 'ARRIVED_AT_DESTINATION'],
    ['Доставлено на пошту', 'WAITING_FOR_PICKUP'],
    ['Доставлено до пошти', 'WAITING_FOR_PICKUP'],
    ['Доставлено в магазин', 'WAITING_FOR_PICKUP'],
    ['Доставлено до магазину', 'WAITING_FOR_PICKUP'],
    ['Доставлено у ВПЗ', 'IN_TRANSIT'],
    ['Посилку вилучено з поштомату', 'EXCEPTION'],
    ['Прибуття на склад', 'IN_TRANSIT'],
    ['Прибуття до відділення', 'WAITING_FOR_PICKUP'],
    ['Відправлення з відділення', 'IN_TRANSIT'],
    ['Відправлення зі складу', 'IN_TRANSIT'],
    ['Надходження у відділення', 'WAITING_FOR_PICKUP'],
    ['Прийняття відправлення', 'IN_TRANSIT'],
    ['Посилка передана національному оператору', 'IN_TRANSIT'],
    ['Передано національній поштовій службі', 'IN_TRANSIT'],
    ['Передано Укрпошті', 'IN_TRANSIT'],
    ['Одержувач отримав посилку', 'DELIVERED'],
    ['Посилку отримано', 'DELIVERED'],
    ['Відправлення отримано', 'DELIVERED'],
    ['Доставлено уведомление', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ["Кур'єр отримав відправлення"],
    ['Перевізник отримав посилку'],
    ['Склад отримав посилку'],
    ['Оператор отримав посилку'],
    ['Відправник отримав гроші'],
    ['Продавець отримав оплату'],
    ['Отримано оплату'],
    ['Оплату отримано'],
    ['Гроші отримано'],
    ['Кошти отримано'],
    ['Платіж отримано'],
    ['Грошовий переказ отримано'],
    ['Отримано на склад'],
    ['Отримано магазином'],
    ['Отримано продавцем'],
    ['Отримано на відділенні відправника'],
    ['Отримано для доставки'],
    ['Доставлено до депо'],
    ['Отримано в депо'],
    ['Отримано в аеропорту'],
    ["Отримано від кур'єра"],
    ['Відділення отримало посилку'],
  ]);
});

describe('Russian (ru)', () => {
  readsEach([
    ['Доставлено в Россию', 'ARRIVED_AT_DESTINATION'],
    ['Доставлено в РФ', 'ARRIVED_AT_DESTINATION'],
    ['Проблема. Запрос документов и сведений от таможенных органов.', 'HELD_BY_CUSTOMS'],
  ]);
  neverDeliveredEach([
    ['Доставлено в Россию'],
    ['Доставлено уведомление'],
    ['Получено продавцем'],
    ['Продавец получил оплату'],
    ['Курьер получил заказ'],
  ]);
});
