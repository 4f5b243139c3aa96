import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 34 review of the phrases rounds 18-25 added (Asian languages: zh, ja, ko first): true
 * events whose words a round 18-25 phrase also held in another sense, each beside the wording the
 * phrase was written for. Chinese: a courier's 'waiting for the user to collect' read as the user's
 * collection ('等待用户提货', a wrong DELIVERED), a 12-character gap reaching from any 'taken from'
 * to a warehouse ('包裹已从发货仓库取走'), one from a notified recipient to the item put in the
 * mailbox ('已短信通知收件人，邮件已投入信箱' is a delivery, not a notice slip), the town of Rugao
 * (如皋) read as 'if' before 'received', and 'returning' read inside 返回中转场/返回中心 (back to
 * the hub, not to the sender). Japanese: a gap reaching from the neighbour to a hand-over that did
 * not happen ('お隣へのお渡しはできませんでした', a wrong DELIVERED) and a system outage that is
 * about the tracking page. Korean: bare '전달 완료' and '전달했습니다' (passed on) read as
 * deliveries when the item went to the postman, a depot or the waybill data, or a request was
 * passed on (wrong DELIVERED), '우편함에 넣어' read in a delivery memo asking for the mailbox,
 * '고객님께 ~ 전달 완료' reaching an arrival SMS sent to the customer, and a tracking-page error
 * ('조회 중 문제가 발생했습니다', '전산 장애로 배송 조회가 불가합니다', '배송 조회 서비스 일시
 * 중단') read as a delivery exception.
 */

describe('narrowed round 18-25 phrases (zh): true events', () => {
  readsEach([
    ['包裹已到达自提点，等待用户提货', 'WAITING_FOR_PICKUP'],
    ['快件已到驿站，请用户提货', 'WAITING_FOR_PICKUP'],
    ['快件已由用户提货', 'DELIVERED'],
    ['【如皋市】收件人已收到包裹', 'DELIVERED'],
    ['如东县收件人已收到包裹', 'DELIVERED'],
    ['已短信通知收件人，邮件已投入信箱', 'DELIVERED'],
    ['已电话通知收件人，快件已放入信箱', 'DELIVERED'],
    ['已短信通知收件人，包裹已投入邮箱', 'DELIVERED'],
    ['取件通知已投入信箱', 'WAITING_FOR_PICKUP'],
    ['快件返回中转场', 'IN_TRANSIT'],
    ['车辆返回中转场', 'IN_TRANSIT'],
    ['快件已返回中心', 'IN_TRANSIT'],
    ['包裹返回中', 'RETURNED_TO_SENDER'],
    ['快件已从代收点取走', 'DELIVERED'],
    ['您已从驿站取走包裹', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['待用户提货'],
    ['等待用户提货'],
    ['包裹已从发货仓库取走'],
    ['已从仓库取走'],
  ]);
});

describe('narrowed round 18-25 phrases (ja): true events', () => {
  readsEach([
    ['お隣の方にお渡ししました', 'DELIVERED'],
    ['システム障害のため、追跡情報が表示されません', 'UNKNOWN'],
    ['システム障害が発生しております', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['お隣へのお渡しはできませんでした'],
    ['お隣の方へのお渡しはできませんでした'],
  ]);
});

describe('narrowed round 18-25 phrases (ko): true events', () => {
  readsEach([
    ['집배원에게 전달 완료', 'OUT_FOR_DELIVERY'],
    ['운송장 정보 전달 완료', 'INFO_RECEIVED'],
    ['가족에게 전달 완료', 'DELIVERED'],
    ['경비실 전달 완료', 'DELIVERED'],
    ['고객님께 직접 전달 완료', 'DELIVERED'],
    ['고객님께 소포를 전달했습니다', 'DELIVERED'],
    ['이웃에게 전달했습니다', 'DELIVERED'],
    ['고객님의 배송 요청사항을 전달했습니다', 'UNKNOWN'],
    ['배송메모: 부재 시 우편함에 넣어주세요', 'UNKNOWN'],
    ['배송 요청사항: 우편함에 넣어 주세요', 'UNKNOWN'],
    ['우편함에 넣어 드렸습니다', 'DELIVERED'],
    ['조회 중 문제가 발생했습니다', 'UNKNOWN'],
    ['일시적인 오류로 문제가 발생했습니다. 잠시 후 다시 시도해 주세요', 'UNKNOWN'],
    ['배송 중 문제가 발생했습니다', 'EXCEPTION'],
    ['전산 장애로 배송 조회가 불가합니다', 'UNKNOWN'],
    ['시스템 장애 발생', 'EXCEPTION'],
    ['배송 조회 서비스 일시 중단 안내', 'UNKNOWN'],
    ['배송 일시 중단', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['물류센터에 전달 완료'],
    ['고객님께 도착 안내 문자 전달 완료'],
    ['우편함에 넣어주세요'],
  ]);
});
