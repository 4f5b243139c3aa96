import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows): a delivery that only may, can or will happen, in the
// languages whose files list modals. The delivery phrase starts after the modal, so no
// futureDelivery phrase has to name each verb.

describe('a delivery after a modal is never DELIVERED', () => {
  neverDeliveredEach([
    ['Your parcel may be placed in your mailbox'],
    ['Your parcel will be left with a neighbour'],
    ['Your parcel can be left with a neighbour if you are not in'],
    ['The parcel could be handed to a neighbour'],
    ['Item will be left in your safe place'],
    ['Votre colis sera remis à votre voisin'],
    ['Votre colis peut être déposé dans votre boîte aux lettres'],
    ['Su paquete será entregado a un vecino'],
    ['El envío puede ser entregado en conserjería'],
    ['A encomenda será entregue ao vizinho'],
    ['Il pacco sarà consegnato al vicino'],
    ['Il pacco può essere consegnato al portiere'],
    ['Coletul va fi livrat la vecin'],
    ['Ihre Sendung kann beim Nachbarn abgegeben werden'],
    ['Ihre Sendung wird beim Nachbarn abgegeben'],
    ['Uw pakket kan bij de buren worden bezorgd'],
    ['Uw pakket wordt bij de buren afgeleverd'],
    ['Paczka zostanie doręczona do sąsiada'],
    ['Paczka może zostać pozostawiona u sąsiada'],
    ['Zásilka bude doručena sousedovi'],
    ['Посылка будет вручена соседу'],
    ['Посылка может быть вручена соседу'],
    ['Посилка буде вручена сусіду'],
    ['Пратката ще бъде доставена до съседа'],
    ['Pošiljka će biti isporučena komšiji'],
    ['Paketet kommer att levereras till grannen'],
    ['Pakken vil blive leveret til naboen'],
    ['Pakken vil bli levert til naboen'],
    ['Το δέμα θα παραδοθεί στον γείτονα'],
    ['سيتم تسليم الشحنة إلى الجار'],
    ['Paket akan diserahkan kepada tetangga'],
    ['Bưu kiện sẽ được giao cho hàng xóm'],
  ]);
});

describe('the same deliveries, done', () => {
  readsEach([
    ['Your parcel was placed in your mailbox', 'DELIVERED'],
    ['Votre colis a été remis à votre voisin', 'DELIVERED'],
    ['Il pacco è stato consegnato al vicino', 'DELIVERED'],
    ['Paczka została doręczona', 'DELIVERED'],
    ['Посылка вручена адресату', 'DELIVERED'],
    ['تم تسليم الشحنة', 'DELIVERED'],
    ['Paketet har levererats', 'DELIVERED'],
    ['Đã giao hàng thành công', 'DELIVERED'],
  ]);
});
