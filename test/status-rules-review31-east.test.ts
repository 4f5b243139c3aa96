import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

/**
 * Round 31 review of the phrases round 30 added (east and Asian languages): true events whose words
 * a round-30 veto also held in another sense, each beside the round-30 probe it must not undo: a
 * destination word that also names an address or a place ('galamērķa adresē', 'paskirties vietą',
 * 'Χώρα Νάξου', 'České Lípy', 'Nước Ngầm'), a building's management or the recipient's agent
 * ('site idaresine', 'وكيل المستلم'), a shopping centre ('ศูนย์การค้า'), a gap reaching past the
 * recipient to a branch label ('已妥投至收件人本人，网点：…') and a Korean 'could not hand over in
 * person' beside a delivery at the door ('직접 전달드리지 못해').
 */

describe('narrowed round-30 vetoes: true events', () => {
  readsEach([
    ['Sūtījums piegādāts galamērķa adresē', 'DELIVERED'],
    ['Piegādāts galamērķa valstī', 'ARRIVED_AT_DESTINATION'],
    ['Siunta pristatyta į paskirties vietą', 'DELIVERED'],
    ['Pristatyta į paskirties šalį', 'ARRIVED_AT_DESTINATION'],
    ['Παραδόθηκε στη Χώρα Νάξου', 'DELIVERED'],
    ['Παραδόθηκε στη χώρα προορισμού', 'ARRIVED_AT_DESTINATION'],
    ['Zásilka doručena do České Lípy adresátovi', 'DELIVERED'],
    ['Zásilka doručena do České republiky', 'ARRIVED_AT_DESTINATION'],
    ['Đã giao đến Nước Ngầm, người nhận đã ký', 'DELIVERED'],
    ['Kargonuz site idaresine teslim edildi', 'DELIVERED'],
    ['Gönderiniz apartman idaresine teslim edilmiştir', 'DELIVERED'],
    ['Gönderiniz idareye teslim edildi', 'DELIVERED'],
    ['Posta idaresine teslim edildi', 'UNKNOWN'],
    ['تم تسليم الشحنة إلى وكيل المستلم', 'DELIVERED'],
    ['تم التسليم للوكيل المفوض من المستلم', 'DELIVERED'],
    ['تم تسليم الشحنة إلى الوكيل', 'UNKNOWN'],
    ['จัดส่งสำเร็จที่ศูนย์การค้าเซ็นทรัลเวิลด์', 'DELIVERED'],
    ['นำจ่ายสำเร็จที่ศูนย์ราชการ', 'DELIVERED'],
    ['已妥投至收件人本人，网点：北京朝阳', 'DELIVERED'],
    ['已妥投至收件人，站点：朝阳区', 'DELIVERED'],
    ['已妥投至当地邮局', 'UNKNOWN'],
    ['부재중이셔서 문 앞에 배송완료하였습니다. 직접 전달드리지 못해 죄송합니다', 'DELIVERED'],
    ['고객님께 직접 전달드리지 못하여 문앞에 배송완료하였습니다', 'DELIVERED'],
    ['배송완료 (직접 전달드리지 못해 경비실에 맡겼습니다)', 'DELIVERED'],
    ['배달해 드리지 못했습니다', 'EXCEPTION'],
  ]);
});

describe('round-30 phrases checked and kept: true events still read', () => {
  readsEach([
    ['配達完了 東京ベイ営業所', 'DELIVERED'],
    ['お届け済み 渋谷郵便局', 'DELIVERED'],
    ['Zásilka doručena, kurýr převzal platbu dobírky', 'DELIVERED'],
    ['Zásielka doručená, kuriér prevzal platbu', 'DELIVERED'],
    ['Pošiljka uručena, kurir je primio uplatu', 'DELIVERED'],
    ['Отримано одержувачем на терміналі', 'DELIVERED'],
    ['Посилку вручено одержувачу на складі', 'DELIVERED'],
    ['พัสดุถึงมหากิจเซ็นเตอร์ นำจ่ายสำเร็จ', 'DELIVERED'],
    ['Paket diterima oleh pihak keluarga', 'DELIVERED'],
    ['您的快件已签收，若有疑问请拨打客服电话', 'DELIVERED'],
  ]);
});
