import { describe, expect, it } from 'vitest';
import { neverDeliveredEach, readsEach, statusOf } from './support/normalizer.js';

/**
 * Turkish negates a verb with a suffix, not a word (content/rules/tr.json `negativeMarks`): a
 * status its stem reads is denied inside the negated form, and the typo pass does not "correct"
 * the negation away. Each pair: the positive form, then the negated one.
 */
describe('Turkish verbs negated by a suffix', () => {
  readsEach([
    ['Gönderi dağıtıma çıkarıldı', 'OUT_FOR_DELIVERY'],
    ['Teslimat planlanmadı', 'UNKNOWN'],
    ['Gönderi kuryeye zimmetlendi', 'OUT_FOR_DELIVERY'],
    ['Gönderi kuryeye zimmetlenmedi', 'UNKNOWN'],
    ['Paket varış şubesine ulaştı', 'ARRIVED_AT_DESTINATION'],
    ['Kargo şubeden teslim alındı', 'DELIVERED'],
    ['Kargo şubeden teslim alınmadı', 'EXCEPTION'],
    ['Gönderi alıcıya teslim edildi', 'DELIVERED'],
    ['Kargonuz alıcıya teslim edilmemiştir', 'EXCEPTION'],
    // Phrases that spell the negative out still read as written.
    ['Alıcı Adreste Bulunamadı. Not Bırakıldı', 'WAITING_FOR_PICKUP'],
    ['Gönderiniz teslim edilmeden iade edildi', 'RETURNED_TO_SENDER'],
    ['Teslim alınmazsa iade edilecektir', 'WAITING_FOR_PICKUP'],
    ['Gönderici paketi hazırlamadı', 'INFO_RECEIVED'],
  ]);
  // Nor does it negate a positive form: "tutuyor" (matches) is one letter from "tutmuyor".
  readsEach([
    ['Adres bilgisi tutuyor', 'UNKNOWN'],
    ['Adres bilgisi tutmuyor', 'EXCEPTION'],
  ]);
  // The typo pass may read another negative form ("çıkamadı", could not), never the positive.
  it.each(['Gönderi dağıtıma çıkarılmadı', 'Kargonuz henüz dağıtıma çıkmadı'])(
    '%s is not out for delivery',
    (message) => {
      expect(statusOf(message)).not.toBe('OUT_FOR_DELIVERY');
    },
  );
  neverDeliveredEach([
    ['Gönderi teslim edilmeyecek'],
    ['Paket bugün teslim edilmiyor'],
    ['Kargo alıcıya ulaştırılmadı'],
    ['Kargonuz alıcıya teslim edilmemiştir'],
    ['Paket alıcıya teslim edilmemiş'],
    ['Gönderi alıcı tarafından teslim alınmamıştır'],
  ]);
});
