import { describe, expect, it } from 'vitest';
import { statusOf } from './support/normalizer.js';

describe('Turkish carrier wordings (tr.json)', () => {
  it('reads a parcel held at the branch as waiting, whichever comes first', () => {
    expect(statusOf('Teslim edilmedi, bekletiliyor şubede')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Kargo şubede bekletiliyor')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Gümrükte bekletiliyor')).toBe('HELD_BY_CUSTOMS');
  });

  it('reads collection, preparation and routing to the recipient address', () => {
    expect(statusOf('Gönderi toplandı')).toBe('IN_TRANSIT');
    expect(statusOf('Gönderi hazırlandı')).toBe('INFO_RECEIVED');
    expect(statusOf('Gönderi alıcı adresine yönlendirildi')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Kurye yolda')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Kargo şubeye ulaştırıldı')).toBe('IN_TRANSIT');
  });

  it('reads address problems and a moved recipient as exceptions, even beside an attempt', () => {
    expect(statusOf('Alıcı adresi farklı olduğundan teslim edilemedi')).toBe('EXCEPTION');
    expect(statusOf('Adres problemi nedeniyle alıcıya ulaşılamadı')).toBe('EXCEPTION');
    expect(statusOf('Alıcı adresten taşınmış')).toBe('EXCEPTION');
    expect(statusOf('Alıcı adresi bulunamadı')).toBe('EXCEPTION');
    expect(statusOf('Teslimat yeniden planlandı')).toBe('EXCEPTION');
    expect(statusOf('Gönderiye el konuldu')).toBe('EXCEPTION');
    expect(statusOf('Dağıtım bölgesi dışında')).toBe('EXCEPTION');
  });

  it('reads a parcel coming back as a return, but not a delivered note about return invoices', () => {
    expect(statusOf('Gönderi göndericiye geri geliyor')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('Teslim Edildi ve Geri Dönüş Faturası Kesildi')).toBe('DELIVERED');
  });

  it('reads handing to the recipient as delivered, and only that', () => {
    expect(statusOf('Gönderi alıcıya ulaştırıldı')).toBe('DELIVERED');
    expect(statusOf('Alıcı tarafından teslim alınmıştır')).toBe('DELIVERED');
    expect(statusOf('Gönderi alıcıya ulaştırılamadı')).not.toBe('DELIVERED');
    expect(statusOf('Gönderi alıcıya ulaştırılacak')).not.toBe('DELIVERED');
    expect(statusOf('Gönderi alıcı tarafından teslim alınacak')).not.toBe('DELIVERED');
    expect(statusOf('Alıcı tarafından teslim alınmadı')).not.toBe('DELIVERED');
    expect(statusOf('Kargo kuryeye teslim edildi')).not.toBe('DELIVERED');
    expect(statusOf('Gönderi göndericiden teslim alındı')).not.toBe('DELIVERED');
  });
});

describe('Korean carrier wordings (ko.json)', () => {
  it('reads the sender dispatch, damage and quarantine', () => {
    expect(statusOf('물품을 보내셨습니다.')).toBe('IN_TRANSIT');
    expect(statusOf('상품 훼손')).toBe('EXCEPTION');
    expect(statusOf('검역 진행중')).toBe('HELD_BY_CUSTOMS');
    expect(statusOf('검역 완료')).toBe('IN_TRANSIT');
  });
});

describe('Japanese carrier wordings (ja.json)', () => {
  it('reads weather, theft, mis-sorting, loading, holding and quarantine', () => {
    expect(statusOf('天候不良')).toBe('EXCEPTION');
    expect(statusOf('悪天候のため持ち戻り')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('盗難')).toBe('EXCEPTION');
    expect(statusOf('誤仕分')).toBe('EXCEPTION');
    expect(statusOf('積込')).toBe('IN_TRANSIT');
    expect(statusOf('郵便局に留置')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('検疫中')).toBe('HELD_BY_CUSTOMS');
  });
});
