import { describe, expect, it } from 'vitest';
import { loadAliasContentSync, normalizerRules } from '../src/db/content.js';
import { buildAliasIndex } from '../src/domain/status-normalizer.js';

// Rules plus alias phrases, as the product reads a message.
const index = buildAliasIndex(
  loadAliasContentSync().map((a, i) => ({ ...a, id: i + 1 })),
  { rules: normalizerRules(), memoSize: 0 },
);
const status = (message: string) => index.match(message).status;

describe('Turkish carrier wordings (tr.json)', () => {
  it('reads a parcel held at the branch as waiting, whichever comes first', () => {
    expect(status('Teslim edilmedi, bekletiliyor şubede')).toBe('WAITING_FOR_PICKUP');
    expect(status('Kargo şubede bekletiliyor')).toBe('WAITING_FOR_PICKUP');
    expect(status('Gümrükte bekletiliyor')).toBe('HELD_BY_CUSTOMS');
  });

  it('reads collection, preparation and routing to the recipient address', () => {
    expect(status('Gönderi toplandı')).toBe('IN_TRANSIT');
    expect(status('Gönderi hazırlandı')).toBe('INFO_RECEIVED');
    expect(status('Gönderi alıcı adresine yönlendirildi')).toBe('OUT_FOR_DELIVERY');
    expect(status('Kurye yolda')).toBe('OUT_FOR_DELIVERY');
    expect(status('Kargo şubeye ulaştırıldı')).toBe('IN_TRANSIT');
  });

  it('reads address problems and a moved recipient as exceptions, even beside an attempt', () => {
    expect(status('Alıcı adresi farklı olduğundan teslim edilemedi')).toBe('EXCEPTION');
    expect(status('Adres problemi nedeniyle alıcıya ulaşılamadı')).toBe('EXCEPTION');
    expect(status('Alıcı adresten taşınmış')).toBe('EXCEPTION');
    expect(status('Alıcı adresi bulunamadı')).toBe('EXCEPTION');
    expect(status('Teslimat yeniden planlandı')).toBe('EXCEPTION');
    expect(status('Gönderiye el konuldu')).toBe('EXCEPTION');
    expect(status('Dağıtım bölgesi dışında')).toBe('EXCEPTION');
  });

  it('reads a parcel coming back as a return, but not a delivered note about return invoices', () => {
    expect(status('Gönderi göndericiye geri geliyor')).toBe('RETURNED_TO_SENDER');
    expect(status('Teslim Edildi ve Geri Dönüş Faturası Kesildi')).toBe('DELIVERED');
  });

  it('reads handing to the recipient as delivered, and only that', () => {
    expect(status('Gönderi alıcıya ulaştırıldı')).toBe('DELIVERED');
    expect(status('Alıcı tarafından teslim alınmıştır')).toBe('DELIVERED');
    expect(status('Gönderi alıcıya ulaştırılamadı')).not.toBe('DELIVERED');
    expect(status('Gönderi alıcıya ulaştırılacak')).not.toBe('DELIVERED');
    expect(status('Gönderi alıcı tarafından teslim alınacak')).not.toBe('DELIVERED');
    expect(status('Alıcı tarafından teslim alınmadı')).not.toBe('DELIVERED');
    expect(status('Kargo kuryeye teslim edildi')).not.toBe('DELIVERED');
    expect(status('Gönderi göndericiden teslim alındı')).not.toBe('DELIVERED');
  });
});

describe('Korean carrier wordings (ko.json)', () => {
  it('reads the sender dispatch, damage and quarantine', () => {
    expect(status('물품을 보내셨습니다.')).toBe('IN_TRANSIT');
    expect(status('상품 훼손')).toBe('EXCEPTION');
    expect(status('검역 진행중')).toBe('HELD_BY_CUSTOMS');
    expect(status('검역 완료')).toBe('IN_TRANSIT');
  });
});

describe('Japanese carrier wordings (ja.json)', () => {
  it('reads weather, theft, mis-sorting, loading, holding and quarantine', () => {
    expect(status('天候不良')).toBe('EXCEPTION');
    expect(status('悪天候のため持ち戻り')).toBe('WAITING_FOR_PICKUP');
    expect(status('盗難')).toBe('EXCEPTION');
    expect(status('誤仕分')).toBe('EXCEPTION');
    expect(status('積込')).toBe('IN_TRANSIT');
    expect(status('郵便局に留置')).toBe('WAITING_FOR_PICKUP');
    expect(status('検疫中')).toBe('HELD_BY_CUSTOMS');
  });
});
