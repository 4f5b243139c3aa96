import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Turkish negates a verb with a suffix, not a word (content/rules/tr.json `negativeMarks`): a
 * status its stem reads is denied inside the negated form, and the typo pass does not "correct"
 * the negation away. Each pair: the positive form, then the negated one.
 */
describe('Turkish verbs negated by a suffix', () => {
  readsEach([
    ['Gönderi dağıtıma çıkarıldı', 'OUT_FOR_DELIVERY'],
    ['Gönderi dağıtıma çıkarılmadı', 'UNKNOWN'],
    ['Kargonuz henüz dağıtıma çıkmadı', 'UNKNOWN'],
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
  ]);
  neverDeliveredEach([
    ['Gönderi teslim edilmeyecek'],
    ['Paket bugün teslim edilmiyor'],
    ['Kargo alıcıya ulaştırılmadı'],
    ['Kargonuz alıcıya teslim edilmemiştir'],
    ['Paket alıcıya teslim edilmemiş'],
    ['Gönderi alıcı tarafından teslim alınmamıştır'],
  ]);
});
