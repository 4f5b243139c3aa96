import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 9 (new real sources): probes of the families of the wordings added from InTime (Ukraine)
// and Belarus-bound cross-border events, written by hand (not corpus rows).

describe('Ukrainian probes (ru9)', () => {
  readsEach([
    ['Відправлення рухається по маршруту доставки', 'IN_TRANSIT'],
    ['Посилка рухається за маршрутом Київ - Львів', 'IN_TRANSIT'],
    ['Відправлення рухаються до сортувального центру', 'IN_TRANSIT'],
    ['Вантаж рухається до відділення одержувача', 'IN_TRANSIT'],
    ["Кур'єр рухається до вас з відправленням", 'OUT_FOR_DELIVERY'],
    ['Прийнято у відділенні, готується до відправки', 'IN_TRANSIT'],
    ['Доставлено у відділення, готове до видачі', 'WAITING_FOR_PICKUP'],
    ['Видано одержувачу у відділенні', 'DELIVERED'],
    ['Створено електронну заявку на відправлення', 'INFO_RECEIVED'],
    ['Відправлення не рухається по маршруту', 'UNKNOWN'],
    ['Посилка рухається до відділення, видача завтра', 'IN_TRANSIT'],
  ]);
});

describe('Russian probes (ru9)', () => {
  readsEach([
    ['Отправление движется по маршруту', 'IN_TRANSIT'],
    ['Посылки следуют по маршруту Москва - Казань', 'IN_TRANSIT'],
    ['Груз движется по маршруту доставки', 'IN_TRANSIT'],
    ['Прибыло в сортировочный центр страны назначения', 'ARRIVED_AT_DESTINATION'],
    ['Выпущено таможней', 'IN_TRANSIT'],
    ['Прием на таможню', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('Never DELIVERED (ru9)', () => {
  neverDeliveredEach([
    ['Відправлення рухається до одержувача, буде вручено завтра'],
    ['Посылка движется по маршруту, будет вручена завтра'],
    ['Рухається по маршруту доставки, не вручено'],
    ['Відправлення не рухається по маршруту'],
  ]);
});
