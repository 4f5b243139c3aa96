import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 37: the families of the real wordings that the
// round's public sources added to the asia training split (a China-Europe air line-haul
// forwarder's record texts, Korean camp events with their place after a dash) and of the
// training misses fixed beside them, with confusable neighbours.

describe('a carrier or warehouse receiving the goods is movement, a buyer receiving them a delivery (zh)', () => {
  neverDeliveredEach([
    ['货件已收货'],
    ['仓库：货物已收货，等待打包'],
    ['货物已收货，准备发往机场'],
    ['海外仓货物已收货'],
  ]);
  readsEach([
    ['货件已收货', 'IN_TRANSIT'],
    ['仓库：货物已收货，等待打包', 'IN_TRANSIT'],
    ['货物已收货，准备发往机场', 'IN_TRANSIT'],
    ['海外仓货物已收货', 'IN_TRANSIT'],
    ['买家已收货', 'DELIVERED'],
    ['收件人已收货', 'DELIVERED'],
  ]);
});

describe('shipped out, pallets broken down, handed to a service provider or airline, transiting a port (zh)', () => {
  readsEach([
    ['商家已出货', 'IN_TRANSIT'],
    ['包裹已出货', 'IN_TRANSIT'],
    ['卖家已出货，等待快递揽收', 'INFO_RECEIVED'],
    ['货物拆板中', 'IN_TRANSIT'],
    ['已拆板，等待清关', 'HELD_BY_CUSTOMS'],
    ['交货承运商', 'IN_TRANSIT'],
    ['货物已交货服务商', 'IN_TRANSIT'],
    ['已交货航空公司', 'IN_TRANSIT'],
    ['交货航司', 'IN_TRANSIT'],
    ['货物已移交航空公司', 'IN_TRANSIT'],
    ['过港中', 'IN_TRANSIT'],
    ['货物过港中', 'IN_TRANSIT'],
    ['已过港，发往目的地', 'IN_TRANSIT'],
    ['航班待定', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([['商家已出货'], ['交货承运商'], ['货物拆板中']]);
});

describe('air line-haul customs: landed and waiting, cleared and handed to the warehouse (zh)', () => {
  readsEach([
    ['航班已抵达，等待清关', 'HELD_BY_CUSTOMS'],
    ['已落地，清关中', 'HELD_BY_CUSTOMS'],
    ['包裹到达目的地海关，等待清关', 'HELD_BY_CUSTOMS'],
    ['目的国清关完毕', 'IN_TRANSIT'],
    ['出口清关完成，等待航班', 'IN_TRANSIT'],
    ['清关完成，已交仓', 'IN_TRANSIT'],
  ]);
});

describe('camp and hub events with the place after a dash (ko)', () => {
  readsEach([
    ['집하 - 서울HUB', 'IN_TRANSIT'],
    ['캠프상차 - 고양HUB', 'IN_TRANSIT'],
    ['배송출발 - 일산5', 'OUT_FOR_DELIVERY'],
    ['배송완료 - 안양1', 'DELIVERED'],
  ]);
  neverDeliveredEach([['배송출발 - 일산5'], ['캠프상차 - 고양HUB']]);
});
