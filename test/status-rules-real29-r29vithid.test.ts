import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 29, Vietnamese, Thai and Indonesian: probes written while fixing the rules on the real
 * GHN tracking-logs trace this round added (last-mile and return post offices, a post office the
 * parcel is only dispatched to, storage at a post office or warehouse) and on the families around
 * it: a courier, driver or hub that "received the goods" has taken the parcel in (never a
 * delivery), a second delivery run, dispatch for delivery, an on-demand carrier still looking for
 * a driver; an Indonesian courier who could not reach the recipient, the last transit location of
 * Shopee Express Indonesia; a bare Thai "arrived".
 */

describe('Vietnamese (vi)', () => {
  readsEach([
    ['Nhập bưu cục giao', 'ARRIVED_AT_DESTINATION'],
    ['Nhập kho bưu cục phát', 'ARRIVED_AT_DESTINATION'],
    ['Hàng đang được lưu kho tại bưu cục phát', 'ARRIVED_AT_DESTINATION'],
    ['Đã nhận hàng tại bưu cục phát', 'ARRIVED_AT_DESTINATION'],
    ['Đơn hàng sẵn sàng được giao tại Bưu Cục Cầu Giấy', 'ARRIVED_AT_DESTINATION'],
    ['Sẵn sàng xuất đến bưu cục giao', 'IN_TRANSIT'],
    ['Đơn hàng chờ xuất đến Bưu Cục Mỏ Cày Nam-Bến Tre', 'IN_TRANSIT'],
    ['Đơn hàng lưu tại kho HCM', 'IN_TRANSIT'],
    ['Hàng đang lưu tại kho Hà Nội', 'IN_TRANSIT'],
    ['Sẵn sàng xuất đến bưu cục hoàn', 'RETURNED_TO_SENDER'],
    ['Nhập hàng vào bưu cục hoàn', 'RETURNED_TO_SENDER'],
    ['Bưu cục hoàn tất giao hàng', 'DELIVERED'],
    ['Shipper đã nhận hàng', 'IN_TRANSIT'],
    ['Tài xế đã nhận hàng', 'IN_TRANSIT'],
    ['Nhân viên đã nhận hàng', 'IN_TRANSIT'],
    ['Hub đã nhận hàng', 'IN_TRANSIT'],
    ['Shipper đã nhận hàng để đi giao', 'OUT_FOR_DELIVERY'],
    ['Đơn hàng đang được giao lần 2', 'OUT_FOR_DELIVERY'],
    ['Đã xuất kho giao hàng', 'OUT_FOR_DELIVERY'],
    ['Đã điều phối giao hàng', 'OUT_FOR_DELIVERY'],
    ['Đang tìm tài xế', 'INFO_RECEIVED'],
    ['Đơn hàng chuẩn bị bàn giao cho đơn vị vận chuyển', 'INFO_RECEIVED'],
    ['Nhân viên gặp sự cố', 'EXCEPTION'],
    ['Nếu gặp sự cố xin liên hệ tổng đài', 'UNKNOWN'],
    ['Người nhận đã nhận hàng', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Shipper đã nhận hàng'],
    ['Tài xế đã nhận hàng'],
    ['Nhân viên giao nhận đã nhận hàng'],
    ['Hub đã nhận hàng'],
    ['Shipper đã nhận hàng để đi giao'],
  ]);
});

describe('Indonesian (id)', () => {
  readsEach([
    ['Kurir gagal menghubungi penerima', 'EXCEPTION'],
    ['Kurir tidak dapat menghubungi penerima', 'EXCEPTION'],
    ['Pesanan tiba di lokasi transit terakhir', 'ARRIVED_AT_DESTINATION'],
    ['Paket telah tiba', 'IN_TRANSIT'],
    ['Kurir sedang dalam perjalanan untuk mengambil paket dari penjual', 'INFO_RECEIVED'],
  ]);
});

describe('Thai (th)', () => {
  readsEach([['พัสดุมาถึง', 'IN_TRANSIT']]);
});
