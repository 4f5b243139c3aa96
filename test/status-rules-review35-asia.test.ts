import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 35 review of the oldest phrases (rounds 1-17), Asian languages (zh, ja, ko, vi; th, id,
 * ar and he not reached in the time box): true events whose words a broad pre-round-18 entry also
 * held in another sense, each beside the wording the entry was written for. Chinese: '已提货'
 * (the recipient collected it) read a driver, an airline or a carrier after customs release
 * picking the goods up (wrong DELIVERED); bare '送达' read 'arrived at the delivering branch' or
 * 'at the recipient's city' and '送达地址' (the delivery address) as deliveries; the 'maybe' veto
 * '可能' blocked a return whose reason was given as '可能原因'. Japanese: '本人/宅配ボックス/郵便受け
 * ~ お届け' read 'will deliver' (お届けします) in identity-check and absence instructions, and
 * 'お客様が/顧客が/受取人が ~ 受け取' read a customer's wish to receive (wrong DELIVERED); '不在'
 * read '不在時' (when absent) in a delivery instruction as a notice; bare 'エラー' read a
 * tracking-page error as a parcel exception. Korean: '수령인 ~ 본인' read 'the recipient's identity
 * must be checked' and '서명된' read 'a signed power of attorney is needed' (wrong DELIVERED).
 * Vietnamese: 'đã giao' read the seller handing the parcel to the carrier (wrong DELIVERED), 'ký
 * nhận' read 'please sign on receipt', 'hoàn trả'/'chuyển trả' read a COD remittance or refund as
 * a return, and the conditional veto 'nếu' blocked a return or a delivery followed by 'if you have questions'.
 */

describe('narrowed pre-round-18 phrases (zh): true events', () => {
  readsEach([
    ['司机已提货', 'IN_TRANSIT'],
    ['航空公司已提货，运往机场', 'IN_TRANSIT'],
    ['海关已放行，已提货', 'IN_TRANSIT'],
    ['收件人已提货', 'DELIVERED'],
    ['送达地址有误，联系收件人更改', 'EXCEPTION'],
    ['快件已送达 如有疑问请联系网点', 'DELIVERED'],
    ['您的快件已送达本人', 'DELIVERED'],
    ['快件已退回寄件人，可能原因：收件人拒收', 'RETURNED_TO_SENDER'],
    ['包裹可能已退回寄件人', 'UNKNOWN'],
  ]);
  neverDeliveredEach([
    ['快件已送达【北京朝阳营业部】'],
    ['快件已送达营业部，等待派送'],
    ['您的快件已送达收件人城市'],
    ['清关行已提货'],
  ]);
});

describe('narrowed pre-round-18 phrases (ja): true events', () => {
  readsEach([
    ['郵便受けへのお届けを希望されています', 'UNKNOWN'],
    ['エラーが発生しました。しばらくしてから再度お試しください', 'UNKNOWN'],
    ['システムエラーのため表示できません', 'UNKNOWN'],
    ['ご本人様へお届けいたしました', 'DELIVERED'],
    ['郵便受けにお届けしました', 'DELIVERED'],
    ['顧客が受け取ったパッケージです', 'DELIVERED'],
    ['配達エラー', 'EXCEPTION'],
    ['ご不在のため持ち戻りました', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ['本人確認のうえお届けします'],
    ['本人確認の上お届けします'],
    ['不在時は宅配ボックスへお届けします'],
    ['ご不在時は宅配ボックスにお届けします'],
    ['お客様が受け取りを希望された日時にお届けします'],
  ]);
});

describe('narrowed pre-round-18 phrases (ko): true events', () => {
  readsEach([
    ['서명된 통관 위임장이 필요합니다', 'HELD_BY_CUSTOMS'],
    ['배달완료 (수령인: 본인)', 'DELIVERED'],
    ['수령인 본인 확인 후 배달 완료', 'DELIVERED'],
  ]);
  neverDeliveredEach([['수령인 본인 확인이 필요합니다'], ['서명된 위임장이 필요합니다']]);
});

describe('narrowed pre-round-18 phrases (vi): true events', () => {
  readsEach([
    ['Vui lòng ký nhận khi nhận hàng', 'UNKNOWN'],
    ['Đã hoàn trả tiền thu hộ cho shop', 'UNKNOWN'],
    ['Đã chuyển trả tiền COD cho người bán', 'UNKNOWN'],
    ['Đã chuyển hoàn về người gửi, nếu có thắc mắc vui lòng liên hệ hotline', 'RETURNED_TO_SENDER'],
    ['Đơn hàng đã hoàn về shop. Nếu cần hỗ trợ xin gọi tổng đài', 'RETURNED_TO_SENDER'],
    ['Đã giao hàng cho người nhận', 'DELIVERED'],
    ['Đã giao hàng thành công. Nếu có vấn đề xin liên hệ tổng đài', 'DELIVERED'],
    ['Nếu không liên lạc được người nhận, đơn hàng sẽ được hoàn về người gửi', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['Người bán đã giao hàng cho GHN'],
    ['Người gửi đã giao hàng cho bưu cục'],
    ['Nếu đơn hàng đã được giao'],
  ]);
});

describe('asia review 35 (lead): "inspect, then sign" is an instruction, not a signature (zh)', () => {
  readsEach([
    ['配送员正在为您派送，请当面验货后签收', 'OUT_FOR_DELIVERY'],
    ['客户已当面验货签收', 'DELIVERED'],
    ['客户验货后已签收', 'DELIVERED'],
  ]);
  neverDeliveredEach([['请当面验货后签收'], ['派送中，请保持电话畅通，验货后签收']]);
});
