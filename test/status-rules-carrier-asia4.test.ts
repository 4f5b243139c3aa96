import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 4 probes (asia4): Vietnamese hand-overs to a postman, a post office, the shipping unit (ĐVVC),
// a driver or a warehouse read "đã giao" (handed over) and were answered DELIVERED. Hand-written, not
// corpus rows; the real wording that showed the family is VNPost's "Đã giao bưu tá phát (Item out for
// physical delivery)", a training row.

describe('Vietnamese hand-overs that are not a delivery (asia4)', () => {
  readsEach([
    ['Đã giao bưu tá phát', 'OUT_FOR_DELIVERY'],
    ['Giao bưu tá đi phát: Bưu cục Cầu Giấy - Hà Nội', 'OUT_FOR_DELIVERY'],
    ['Đã giao cho người nhận', 'DELIVERED'],
    ['Đã giao hàng', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Đã giao cho ĐVVC'],
    ['Đã Giao Cho ĐVVC'],
    ['Đã giao cho tài xế'],
    ['Đã giao hàng cho tài xế'],
    ['Đã giao cho nhân viên giao hàng'],
    ['Đã giao cho bưu tá'],
    ['Đã giao bưu cục phát'],
    ['Đã giao kho'],
    ['Đã giao cho kho trung chuyển'],
  ]);
});
