import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * Round 32 review of the phrases round 29 added (east and Asian languages): true events whose words
 * a round-29 phrase also held in another sense, each beside the training wording it was written
 * for: a Hanoi district named like a return office ('bưu cục Hoàn Kiếm'), a preparing that is the
 * carrier's delivery, not the sender's packing ('đang chuẩn bị giao'), a gap reaching past an
 * exchange label to the courier taking the goods ('Árucsere, a futár átvette…'), a Hebrew
 * 'after you collect' in a pickup notice ('לאחר שאספת'), a depot holding the parcel for the
 * recipient read as the sender's drop-off ('営業所にてお品物をお預かりしております'), a code saved in the
 * system vetoing a pickup ('kód uložen v systému') and a gap reaching from another finished step to
 * a customs clearance still awaited ('Zakończono przyjęcie, oczekuje na odprawę'), a double gap
 * reaching from a notice SMS to a parcel put in the mailbox ('Értesítő SMS elküldve, … postaládába
 * helyezve') and a Korean weekday syllable read inside a longer word ('집화 도착 완료').
 */

describe('narrowed round-29 phrases: true events', () => {
  readsEach([
    ['Giao hàng thành công tại bưu cục Hoàn Kiếm', 'DELIVERED'],
    ['Nhập bưu cục Hoàn Kiếm', 'IN_TRANSIT'],
    ['Nhập hàng vào bưu cục hoàn', 'RETURNED_TO_SENDER'],
    ['Sẵn sàng xuất đến bưu cục hoàn', 'RETURNED_TO_SENDER'],
    ['Người bán đang chuẩn bị hàng cho bạn', 'INFO_RECEIVED'],
    ['Đang chuẩn bị', 'INFO_RECEIVED'],
    ['Árucsere, a futár átvette a cserélendő terméket', 'IN_TRANSIT'],
    ['Árucsere, átvette', 'DELIVERED'],
    ['Nem rendelte, átvette', 'DELIVERED'],
    ['החבילה ממתינה לאיסוף. לאחר שאספת את החבילה יש לאשר בקישור', 'WAITING_FOR_PICKUP'],
    ['לקוח יקר, תודה שאספת את דבר הדואר בדואר ישראל', 'DELIVERED'],
    ['ご不在のため、営業所にてお品物をお預かりしております', 'WAITING_FOR_PICKUP'],
    [
      '営業所でお品物をお預かりしております。お受け取りの際は伝票番号をお知らせください',
      'WAITING_FOR_PICKUP',
    ],
    ['お品物をお預かりしております。', 'IN_TRANSIT'],
    ['Zásilka uložena na výdejním místě, kód uložen v systému', 'WAITING_FOR_PICKUP'],
    [
      'Změněná možnost doručení byla uložena v systému GLS a bude provedena podle požadavku.',
      'IN_TRANSIT',
    ],
    ['Zasláno zpět', 'RETURNED_TO_SENDER'],
    ['Zaslané späť', 'RETURNED_TO_SENDER'],
    ['Zakończono przyjęcie, oczekuje na odprawę celną', 'HELD_BY_CUSTOMS'],
    ['Zakończono odprawę celną', 'IN_TRANSIT'],
    ['Kurir dalam perjalanan untuk mengambil pesanan dari penjual', 'INFO_RECEIVED'],
    ['Értesítő SMS elküldve, a csomag a postaládába helyezve', 'DELIVERED'],
    ['Értesítő e-mail kiküldve, küldemény postaládába bedobva', 'DELIVERED'],
    ['Sikertelen kézbesítés (értesítő bedobva)', 'WAITING_FOR_PICKUP'],
    ['집화 도착 완료', 'IN_TRANSIT'],
    ['접수 도착완료', 'IN_TRANSIT'],
    ['어제(목) 도착 완료', 'DELIVERED'],
    ['6/14(월) 도착 완료', 'DELIVERED'],
    ['Chờ phát', 'ARRIVED_AT_DESTINATION'],
  ]);
});
