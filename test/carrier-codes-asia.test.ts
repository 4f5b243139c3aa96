import { describe, expect, it } from 'vitest';
import { loadCarrierCodeTables } from '../src/db/content.js';
import { CarrierCodes } from '../src/domain/carrier-codes.js';

describe('carrier code tables of Asia and Turkey (content/carrier-codes)', () => {
  const codes = new CarrierCodes(loadCarrierCodeTables());

  it('reads Cainiao / AliExpress action codes', () => {
    // "用户签收": signed for by the user.
    expect(codes.lookup('cainiao', 'GTMS_SIGNED')).toBe('DELIVERED');
    expect(codes.lookup('AliExpress', 'gtms-signed')).toBe('DELIVERED');
    // "自提点签收": the pickup point signed for it; the buyer has still to collect it.
    expect(codes.lookup('aliexpress', 'GTMS_STA_SIGNED')).toBe('WAITING_FOR_PICKUP');
    // "自提点用户签收": the user collected it from the pickup point.
    expect(codes.lookup('aliexpress', 'GSTA_SIGN')).toBe('DELIVERED');
    // "签收成功" of a sorting centre is the sorting centre signing for it, not a delivery.
    expect(codes.lookup('aliexpress', 'SC_SIGN_IN_SUCCESS')).toBe('IN_TRANSIT');
    // "退回卖家签收": the return was signed for by the seller.
    expect(codes.lookup('Cainiao', 'RETURNED')).toBe('RETURNED_TO_SENDER');
    // "清关中(目的地）": in clearance at destination; "清关完成" is cleared.
    expect(codes.lookup('cainiao', 'CC_IM_PROCESS')).toBe('HELD_BY_CUSTOMS');
    expect(codes.lookup('cainiao', 'CC_IM_SUCCESS')).toBe('IN_TRANSIT');
    expect(codes.lookup('aliexpress standard shipping', 'GWMS_ACCEPT')).toBe('INFO_RECEIVED');
    expect(codes.lookup('cainiao', 'GWMS_CANCEL')).toBe('EXCEPTION');
    // "投递失败" may be followed by a notice, a re-delivery or a return: not in the table.
    expect(codes.lookup('cainiao', 'GTMS_DEL_FAILURE')).toBeNull();
    // "包裹妥投成功（国内）": a domestic leg may end at the export warehouse.
    expect(codes.lookup('cainiao', 'SIGNED')).toBeNull();
  });

  it('reads Aras Kargo DURUM KODU states and devir codes', () => {
    // "Teslim Edildi".
    expect(codes.lookup('Aras Kargo', '6')).toBe('DELIVERED');
    // "Teslimatta".
    expect(codes.lookup('aras', '4')).toBe('OUT_FOR_DELIVERY');
    // "UĞRAMA NOTU BIRAKILDI (1-2)": a notice was left.
    expect(codes.lookup('aras', 'NT')).toBe('WAITING_FOR_PICKUP');
    // "ALICI KARGOYU KABUL ETMİYOR": the recipient refused it.
    expect(codes.lookup('araskargo', 'KE')).toBe('EXCEPTION');
    // "ALICI TAŞIMA ÜCRETİNİ ÖDEMEYİ REDDETTİ", sent in lower case.
    expect(codes.lookup('aras', 'ür')).toBe('EXCEPTION');
    // "KARGO GÜMRÜKTE".
    expect(codes.lookup('aras', 'KG')).toBe('HELD_BY_CUSTOMS');
    // "Yönlendirildi" depends on where it went; "Parçalı Teslimat" is only part of it.
    expect(codes.lookup('aras', '7')).toBeNull();
    expect(codes.lookup('aras', '5')).toBeNull();
  });

  it('reads Yurtiçi Kargo operation codes, as numbers or letters', () => {
    // "Kargo Teslim edilmiştir."
    expect(codes.lookup('Yurtiçi Kargo', '5')).toBe('DELIVERED');
    expect(codes.lookup('yurtici', 'DLV')).toBe('DELIVERED');
    // "Kargo İşlem Görmemiş": only the data has reached Yurtiçi.
    expect(codes.lookup('yurtici kargo', 'NOP')).toBe('INFO_RECEIVED');
    // "Kargo Çıkışı Engellendi": the shipment was cancelled.
    expect(codes.lookup('yurtici', 'CNL')).toBe('EXCEPTION');
    // "Kargo Teslimattadır" covers both transit and the delivery round: not in the table.
    expect(codes.lookup('yurtici', 'IND')).toBeNull();
    expect(codes.lookup('yurtici', '1')).toBeNull();
  });

  it('reads J&T Express Malaysia scan type codes', () => {
    // "Parcel Signed".
    expect(codes.lookup('J&T Express Malaysia', '100')).toBe('DELIVERED');
    // "Delivery Scan": on the courier's round.
    expect(codes.lookup('jt-express-my', '94')).toBe('OUT_FOR_DELIVERY');
    // "Return Sign": the return was signed for, not the parcel delivered.
    expect(codes.lookup('jtexpress-my', '173')).toBe('RETURNED_TO_SENDER');
    // "Delivered to Hub" is a hub scan, not a delivery.
    expect(codes.lookup('jt-express-my', '403')).toBe('IN_TRANSIT');
    // "Reject Parcel".
    expect(codes.lookup('jt-express-my', '302')).toBe('EXCEPTION');
    // "Customs Clearance in Process".
    expect(codes.lookup('jt-express-my', '401')).toBe('HELD_BY_CUSTOMS');
    // "Problematic Scanning" may be a mere delay: not in the table.
    expect(codes.lookup('jt-express-my', '110')).toBeNull();
  });
});
