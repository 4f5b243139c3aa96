import { describe } from 'vitest';
import { neverDeliveredEach, readEachAs } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 48, group asia-ar (ko, vi, ja, ar): the families of
// the two training misses the round's new sources brought. Japanese 'the import declaration was
// permitted' (輸入申告許可, Yamato's import leg) is customs done, IN_TRANSIT, while the declaration
// still awaiting permission or refused stays with customs; Vietnamese 'the partner / shop / sender
// asks to take the goods back' (Viettel Post 106) is EXCEPTION, never a delivery.

describe('ja: import declaration permitted is customs done', () => {
  readEachAs('IN_TRANSIT', [
    '輸入申告許可済み',
    '申告許可済',
    '通関：輸入申告許可（成田）',
    '輸入申告許可 東京税関',
    '国際郵便 輸入申告許可',
    '輸入申告が許可されました',
    '税関にて輸入申告が許可されました。',
    '輸入申告が許可されています',
  ]);
});

describe('ja: a declaration still awaiting permission, or refused, stays with customs', () => {
  readEachAs('HELD_BY_CUSTOMS', [
    '輸入申告許可待ち',
    '輸入申告中',
    '輸入申告が許可されませんでした',
  ]);
});

describe('vi: the partner, shop or sender asks to take the goods back', () => {
  readEachAs('EXCEPTION', [
    'Shop yêu cầu lấy lại hàng',
    'Người bán yêu cầu lấy lại hàng',
    'Đơn hàng: đối tác yêu cầu lấy lại hàng',
    'Người gửi yêu cầu lấy lại hàng trước khi giao',
    'NGƯỜI GỬI YÊU CẦU LẤY LẠI HÀNG',
    'Khách hàng yêu cầu lấy lại hàng tại bưu cục',
  ]);
});

describe('a request to take the goods back is never a delivery', () => {
  neverDeliveredEach([
    ['Shop yêu cầu lấy lại hàng'],
    ['Người gửi yêu cầu lấy lại hàng trước khi giao'],
    ['Đối tác yêu cầu lấy lại hàng đã giao cho bưu cục'],
  ]);
});
