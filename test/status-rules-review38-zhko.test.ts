import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 38 review, third pass, zh and ko: pre-round-26 phrases of four characters or more, `~`
 * gaps and the most frequently firing entries, each used in its other sense beside the event it
 * was written for.
 * Chinese, wrong DELIVERED: 投递成功/派送成功 read 'after a successful delivery we will…' (成功后);
 * 交给收件人/交给您本人 read an instruction or plan ('请将快件交给收件人本人', '快递员会将快件交给您本人');
 * 邻居代收/物业代收/他人代收/家人代收/指定地点代收 and 委托 ~ 放置门口 read an offer or a refusal ('如需…',
 * '可由家人代收', '可选择…', '不支持物业代收', '不允许他人代收'); 收件人已收到 包裹 read 'got the parcel's
 * arrival notice'; 取件成功/成功取件 and `您已在.{1,40}完成取件` read the courier collecting from the
 * sender (上门取件); 提货成功 a driver or airline collecting the goods, 领取成功 a task taken; 客户领取
 * read 'waiting for / notify the customer to collect'; '已在 ~ 领取' reached over a station to
 * '请凭取件码领取'; 签收 read '待收件人签收' and 签收码 (the code shown at delivery); 送达 read 送达时效 and
 * 承诺送达 (the delivery time promise); 成功交付/交付给客户 read '未能成功交付', '交付给客户失败';
 * 已送至收件人 read 'sent to the recipient's city / branch' and 已送达 'at the destination city';
 * 已取件 read a carrier collecting from the sender ('快递公司已取件', '顺丰已取件'); 到店取货 read
 * 'please collect at the store within 7 days' and 收受人领取 '待收受人領取'.
 * Chinese, other: the preShipment gap '待 ~ 收件' read '待收件人…' (an arrival read as the carrier
 * not having it); the negatedDelivery 收件人不在 kept '收件人不在，已交给邻居代收' / '…已放门卫' from being
 * deliveries (and 收货人不在/签收人不在 the same); 客户不在 read 'outside the delivery area', and 等候收件人, 到自提点, 自取, 可供领取 read
 * 'awaiting the recipient's address', 'expected at the pickup point', 'no self-pickup needed', 'not yet
 * available', '已更改取件門市', 'when the customer is not home…' and 'the phone is out of
 * coverage' (不在服务区) as waiting; 返回/送回 寄件人 read 'will go back if not collected', 原路返回/退回 a refund;
 * 今天到达 read 'expected today at the transit centre' as out for delivery; 您所在的城市 read 'heading
 * to your city' as arrived; the customs-done gaps 离开 ~ 海关 and 已完成 ~ 海关/清关 reached from another
 * finished step to a customs check still under way; 等待 ~ 指示 read 'waiting for customs
 * instructions' as an exception; 海关已解除扣留 read as a hold; 暂存 read goods kept in the seller's
 * warehouse as waiting; 破损/遗失 read 'no damage / nothing lost' and 拦截 a cancelled interception as
 * exceptions; the preShipment 审核通过 read 'customs approved, released' and 尚未收到包裹 'the customer
 * says it has not arrived' as the carrier not having it yet; 退回/返回 read customs documents or an
 * application sent back ('清关资料被退回', '报关单被退回', '改址申请被退回'), a return address label
 * ('退货地址已更新') and a signed receipt slip going back ('签收回执已返回发件人') as returns.
 * Korean, wrong DELIVERED: 수령완료 read a button label, 본인수령 'in-person receipt required',
 * 성공적으로 배송 'shipping request registered', 인수 확인 'please confirm receipt', 경비실 전달 and
 * 문 앞 배송/놓고 a request or instruction ('경비실 전달 요청', '배송 요청사항: 문 앞 배송', '문 앞에 놓고
 * 가주세요'), 고객님이 수령 'so that you can collect it', 수령하였습니다 customs receiving documents,
 * 고객이 픽업 'the customer asked for a pickup'. '고객 픽업 완료' (collected) read IN_TRANSIT.
 * Korean, other: 편의점에 도착 read 'will arrive at the store' and 픽업 대기 a driver's pickup from the
 * store as waiting; 발송인에게/보낸 사람에게 read 'contacting the sender' as a return; 목적지 국가/공항,
 * 도착지 ~ 도착 and 지점/대리점 도착 read 'leaving for the destination' and the origin branch (집하) as
 * arrived; 반송 read a planned return or 'when the return is complete'; 세관 ~ 보류 read a released
 * hold and 주소 ~ 오류 a fixed address as problems; '금일 ~ 도착예정' reached over a hub ('금일 허브
 * 도착예정') as out for delivery; 반송 read customs papers sent back ('통관 서류 반송 요청'); 반품 read 'returns may be requested within 7 days'.
 * Left (none a wrong DELIVERED; in neverDeliveredEach): the aliases 派送中/正在派送 (aliases.json) read
 * inside 派送中心; '预约再次投递' reads OUT_FOR_DELIVERY; '签收回单已寄出' reads IN_TRANSIT; '收件人已收到包裹
 * 到站通知' reads IN_TRANSIT; ko transit 인수 reads inside 본인수령 ('본인수령 필수' IN_TRANSIT) and 발송 an
 * SMS sent ('도착 알림 문자 발송'); planned steps ('배송 출발 예정', '배송 기사에게 전달 예정') read
 * OUT_FOR_DELIVERY; '대리 수령 불가' reads EXCEPTION; '방문수령 예정' reads WAITING_FOR_PICKUP; the bare
 * customsDone 出口 and 반출 read '出口海关查验中' and '반출 불가' as released, and '세관 심사 완료, 관세 납부
 * 필요' reads IN_TRANSIT (a customsDone outranks every customs word); '수령하지 않으면/않으시면 반송됩니다'
 * (a warning) reads EXCEPTION from the negatedDelivery 수령하지 않; a planned delivery on a later day or
 * after a condition ('내일 배송할 예정입니다', '통관 후 배송할 예정입니다', zh '快件将于明日安排投递') reads
 * OUT_FOR_DELIVERY, since nothing vetoes an outForDelivery phrase but a delay, refusal or failure.
 */

describe('review 38 (zh): delivered, pickup, return and arrival entries in their other sense', () => {
  readsEach([
    ['投递成功后将短信通知您', 'UNKNOWN'],
    ['快件投递成功', 'DELIVERED'],
    ['派送成功后请对快递员服务进行评价', 'UNKNOWN'],
    ['快件派送成功', 'DELIVERED'],
    ['请将快件交给收件人本人', 'UNKNOWN'],
    ['订单配送完成', 'DELIVERED'],
    ['请勿交给邻居', 'UNKNOWN'],
    ['如需邻居代收请联系快递员', 'UNKNOWN'],
    ['本小区不支持物业代收', 'UNKNOWN'],
    ['快件已由物业代收', 'DELIVERED'],
    ['快件已放至指定驿站，请及时取件', 'WAITING_FOR_PICKUP'],
    ['快件已放至指定位置', 'DELIVERED'],
    ['已按客户要求放在前台', 'DELIVERED'],
    ['快件正在派送中，将尽快送到您手中', 'OUT_FOR_DELIVERY'],
    ['取件通知单已投入信箱', 'WAITING_FOR_PICKUP'],
    ['收件人已收到包裹', 'DELIVERED'],
    ['此快件需本人签收，请携带身份证', 'UNKNOWN'],
    ['快件已由本人签收', 'DELIVERED'],
    ['不允许他人代收', 'UNKNOWN'],
    ['快件已由他人代收', 'DELIVERED'],
    ['快递员已上门取件成功', 'IN_TRANSIT'],
    ['收件人取件成功', 'DELIVERED'],
    ['快件已由用户签收', 'DELIVERED'],
    ['请通知客户领取', 'WAITING_FOR_PICKUP'],
    ['等待客户领取', 'WAITING_FOR_PICKUP'],
    ['您的快件已在菜鸟驿站，请凭取件码领取', 'WAITING_FOR_PICKUP'],
    ['您的快件已在菜鸟驿站领取', 'DELIVERED'],
    ['您已在菜鸟裹裹下单，待快递员上门完成取件', 'INFO_RECEIVED'],
    ['您已在丰巢柜完成取件', 'DELIVERED'],
    ['收件人已从快递柜取出快件', 'DELIVERED'],
    ['签收人在外地出差，预约改天派送', 'EXCEPTION'],
    ['签收人在驿站领取', 'DELIVERED'],
    ['快件已被取出', 'DELIVERED'],
    ['快件已被取走', 'DELIVERED'],
    ['您已在线预约上门取件，快递员将在1小时内上门', 'INFO_RECEIVED'],
    ['快递员已从快递柜取出滞留件', 'EXCEPTION'],
    ['快递员已从驿站取件，准备退回', 'RETURNED_TO_SENDER'],
    ['已从驿站取件', 'DELIVERED'],
    ['预约成功，快递员可以上门取件', 'INFO_RECEIVED'],
    ['订单已创建，等待快递员上门取件', 'INFO_RECEIVED'],
    ['客户不在配送范围，无法派送', 'EXCEPTION'],
    ['快件已到驿站，超过7天未取将返回寄件人', 'WAITING_FOR_PICKUP'],
    ['快件已返回寄件人', 'RETURNED_TO_SENDER'],
    ['退款已原路返回至您的支付账户', 'UNKNOWN'],
    ['快件已原路返回', 'RETURNED_TO_SENDER'],
    ['快件正在派送', 'OUT_FOR_DELIVERY'],
    ['快件预计今天到达转运中心', 'IN_TRANSIT'],
    ['因天气原因今日派送暂停', 'EXCEPTION'],
    ['派送车辆故障，延误派送', 'EXCEPTION'],
    ['航班预计到达目的国', 'IN_TRANSIT'],
    ['快件已到达【上海中转部】，正发往【浦东网点】', 'IN_TRANSIT'],
    ['货物已到达【北京分拣中心】，准备发往【亦庄营业部】', 'IN_TRANSIT'],
    ['货物已到达【北京亦庄营业部】', 'ARRIVED_AT_DESTINATION'],
    ['快件已发出，正在发往您所在的城市', 'IN_TRANSIT'],
    ['快件已到达您所在的城市', 'ARRIVED_AT_DESTINATION'],
    ['请凭签收码到驿站取件', 'WAITING_FOR_PICKUP'],
    ['签收时间：待定', 'UNKNOWN'],
    ['寄件人已签收退回件', 'RETURNED_TO_SENDER'],
  ]);
  neverDeliveredEach([
    ['快递员将把快件交给收件人'],
    ['预计今日完成配送'],
    ['预计配送完成时间：明天'],
    ['客户要求放在前台，明天派送'],
    ['预计投递完成时间为今天18点'],
    ['预计明天送到您手中'],
    ['快递员会将快件交给您本人'],
    ['收件人已收到包裹到站通知'],
    ['快递员成功取件'],
    ['等待用户签收'],
    ['快递员已从驿站取出快件，准备派送'],
    ['快件超时未取，快递员已从快递柜取出'],
    ['快件已被快递员取出，将退回寄件人'],
    ['快件已被快递员取走'],
    ['快件正在派送中心进行分拣'],
    ['预约再次投递'],
    ['签收回单已寄出'],
  ]);
});

describe('review 38 (zh): gap entries and the most frequent delivered words', () => {
  readsEach([
    ['快件正在派送，待收件人签收', 'OUT_FOR_DELIVERY'],
    ['快件已到达【杭州西湖营业部】，待收件人确认派送时间', 'ARRIVED_AT_DESTINATION'],
    ['快件已到达【杭州西湖营业部】', 'ARRIVED_AT_DESTINATION'],
    ['订单已提交，待快递员揽收', 'INFO_RECEIVED'],
    ['快件已到达菜鸟驿站，待收件人领取', 'WAITING_FOR_PICKUP'],
    ['海关查验中，等待海关指示', 'HELD_BY_CUSTOMS'],
    ['快件异常，等待收件人指示', 'EXCEPTION'],
    ['快件已离开转运中心，海关查验中', 'HELD_BY_CUSTOMS'],
    ['快件已离开海关', 'IN_TRANSIT'],
    ['已完成申报，等待海关查验', 'HELD_BY_CUSTOMS'],
    ['已完成报关资料提交，等待清关', 'HELD_BY_CUSTOMS'],
    ['快件已完成清关', 'IN_TRANSIT'],
    ['海关已解除扣留，快件放行', 'IN_TRANSIT'],
    ['快件被海关扣留', 'HELD_BY_CUSTOMS'],
    ['快件派送中，签收码已发送至您的手机', 'OUT_FOR_DELIVERY'],
    ['快件已签收，签收人：本人', 'DELIVERED'],
    ['因天气原因，送达时效将受影响', 'EXCEPTION'],
    ['快件已送达', 'DELIVERED'],
    ['退回运费已到账', 'UNKNOWN'],
    ['税费已退回至您的账户', 'UNKNOWN'],
    ['快件已退回', 'RETURNED_TO_SENDER'],
    ['快件退回中', 'RETURNED_TO_SENDER'],
  ]);
  neverDeliveredEach([['您的签收码为1234，请在快递员派送时出示'], ['承诺送达时间：今天18:00']]);
});

describe('review 38 (ko): delivered, pickup, return and arrival entries in their other sense', () => {
  readsEach([
    ['배송완료 시 문자로 안내드립니다', 'UNKNOWN'],
    ['배송완료되었습니다', 'DELIVERED'],
    ['수령완료 버튼을 눌러주세요', 'UNKNOWN'],
    ['본인수령', 'DELIVERED'],
    ['고객님께서 상품을 수령하였습니다', 'DELIVERED'],
    ['택배기사님이 물품을 수령하였습니다', 'IN_TRANSIT'],
    ['요청사항을 기사님께 전달하였습니다', 'UNKNOWN'],
    ['상품을 배송기사에게 전달하였습니다', 'OUT_FOR_DELIVERY'],
    ['고객님께 상품을 전달하였습니다', 'DELIVERED'],
    ['다른 주소로 잘못 배달되었습니다', 'EXCEPTION'],
    ['고객님의 소포가 배달되었습니다', 'DELIVERED'],
    ['상품이 성공적으로 배송되었습니다', 'DELIVERED'],
    ['고객 수취 거부', 'EXCEPTION'],
    ['고객 수취 완료', 'DELIVERED'],
    ['고객 전달 완료', 'DELIVERED'],
    ['수취인 수령 거부로 반송', 'RETURNED_TO_SENDER'],
    ['경비실 전달 요청', 'UNKNOWN'],
    ['경비실 전달 불가', 'UNKNOWN'],
    ['경비실에 전달하였습니다', 'DELIVERED'],
    ['고객님이 수령하실 수 있도록 편의점에 보관 중입니다', 'WAITING_FOR_PICKUP'],
    ['배송이 완료되지 않았습니다', 'EXCEPTION'],
    ['배송이 완료되면 알려드립니다', 'UNKNOWN'],
    ['배송이 완료되었습니다', 'DELIVERED'],
    ['배달이 완료되면 문자로 안내해 드립니다', 'UNKNOWN'],
    ['판매자가 상품을 배송했습니다', 'IN_TRANSIT'],
    ['배송을 완료하지 못했습니다', 'EXCEPTION'],
    ['배송을 완료했습니다', 'DELIVERED'],
    ['배송 요청사항: 문 앞 배송', 'UNKNOWN'],
    ['문 앞에 놓고 가주세요', 'UNKNOWN'],
    ['문 앞에 놓고 갑니다', 'DELIVERED'],
    ['편의점에 도착 예정입니다', 'IN_TRANSIT'],
    ['편의점에 도착했습니다', 'WAITING_FOR_PICKUP'],
    ['주소 불명으로 발송인에게 연락 중입니다', 'EXCEPTION'],
    ['발송인에게 반송되었습니다', 'RETURNED_TO_SENDER'],
    ['보낸 사람에게 반송', 'RETURNED_TO_SENDER'],
    ['국내 도착 예정일', 'IN_TRANSIT'],
    ['국내 도착', 'ARRIVED_AT_DESTINATION'],
    ['목적지 국가로 발송', 'IN_TRANSIT'],
    ['목적지 국가 도착', 'ARRIVED_AT_DESTINATION'],
    ['목적지 공항으로 출발', 'IN_TRANSIT'],
    ['도착지 방향 간선 터미널에 도착', 'IN_TRANSIT'],
    ['도착지 터미널에 도착', 'ARRIVED_AT_DESTINATION'],
    ['우편함에 넣었습니다', 'DELIVERED'],
    ['우편함에 넣어 주세요', 'UNKNOWN'],
    ['수령인에게 인도하였습니다', 'DELIVERED'],
    ['배송을 시도했으나 부재중', 'WAITING_FOR_PICKUP'],
    ['대리점에 도착 예정', 'IN_TRANSIT'],
    ['한국 도착 예정', 'IN_TRANSIT'],
    ['인천공항 도착 예정', 'IN_TRANSIT'],
    ['반송 처리 예정', 'RETURNED_TO_SENDER'],
    ['반송 처리 완료', 'RETURNED_TO_SENDER'],
    ['반송완료 시 안내드립니다', 'UNKNOWN'],
    ['가족이 수령하였습니다', 'DELIVERED'],
    ['수령하였습니다', 'DELIVERED'],
    ['세관에서 서류를 수령하였습니다', 'HELD_BY_CUSTOMS'],
    ['집하점에서 상품을 인수하였습니다', 'IN_TRANSIT'],
    ['고객님이 상품을 인수하셨습니다', 'DELIVERED'],
    ['받으실 분이 부재하여 경비실에 맡겼습니다', 'DELIVERED'],
    ['경비실에 맡겨 주세요', 'UNKNOWN'],
    ['방문수령 완료', 'DELIVERED'],
    ['편의점 픽업 완료', 'DELIVERED'],
    ['직접 전달 완료', 'DELIVERED'],
    ['문 앞 배송 완료', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['배송완료 예정일: 12월 8일'],
    ['본인수령 필수 상품입니다'],
    ['배송기사가 상품을 수령하였습니다'],
    ['상품이 성공적으로 배송 접수되었습니다'],
    ['고객 전달 예정'],
    ['인수 확인 요청'],
    ['배송을 완료할 예정입니다'],
    ['보낸 사람에게 알림 문자를 발송했습니다'],
    ['배송지 도착 예정 시간 14시'],
    ['고객님께 인도 예정'],
    ['배송 시도 예정'],
    ['배송 출발 예정'],
    ['배송 기사에게 전달 예정'],
    ['대리 수령 불가'],
    ['방문수령 예정'],
  ]);
});

describe('review 38 (ko): gap entries', () => {
  readsEach([
    ['세관 보류가 해제되었습니다', 'IN_TRANSIT'],
    ['세관 보류', 'HELD_BY_CUSTOMS'],
    ['통관 보류 해제', 'IN_TRANSIT'],
    ['주소 오류 수정 완료, 재배송 예정', 'IN_TRANSIT'],
    ['수취인 주소 불명', 'EXCEPTION'],
    ['착불 요금 미납', 'EXCEPTION'],
    ['보내는 분이 편의점에 맡기셨습니다', 'IN_TRANSIT'],
    ['판매자가 상품을 발송 준비 중입니다', 'INFO_RECEIVED'],
    ['택배사에 상품이 전달되었습니다', 'IN_TRANSIT'],
    ['택배사에 상품이 아직 전달되지 않았습니다', 'INFO_RECEIVED'],
    ['배송 정보가 택배사로 전송되었습니다', 'INFO_RECEIVED'],
  ]);
  neverDeliveredEach([['도착 알림 문자 발송']]);
});

describe('review 38 (zh): hand-over, proxy, pickup-point and return entries, second batch', () => {
  readsEach([
    ['快件已交付收件人', 'DELIVERED'],
    ['快件未能成功交付', 'EXCEPTION'],
    ['交付给客户失败', 'EXCEPTION'],
    ['快件已放在小区门口快递柜，请凭取件码取件', 'WAITING_FOR_PICKUP'],
    ['如需委托放置门口请回复1', 'UNKNOWN'],
    ['快件已送至收件人', 'DELIVERED'],
    ['如不在家可选择指定地点代收', 'UNKNOWN'],
    ['本人不在时可由家人代收', 'UNKNOWN'],
    ['快件已由家人代收', 'DELIVERED'],
    ['航空公司提货成功', 'IN_TRANSIT'],
    ['收件人提货成功', 'DELIVERED'],
    ['收件人已到邮局领取', 'DELIVERED'],
    ['请到邮局领取', 'WAITING_FOR_PICKUP'],
    ['预计明天到自提点', 'IN_TRANSIT'],
    ['等候收件人领取', 'WAITING_FOR_PICKUP'],
    ['收件人已自取', 'DELIVERED'],
    ['暂不可供领取', 'UNKNOWN'],
    ['无人签收将送回寄件人', 'EXCEPTION'],
    ['快件已送回寄件人', 'RETURNED_TO_SENDER'],
    ['改址通知已送达寄件人', 'EXCEPTION'],
    ['快件已送达寄件人', 'RETURNED_TO_SENDER'],
    ['收件人不在，已交给邻居代收', 'DELIVERED'],
    ['收件人不在家，已放门卫', 'DELIVERED'],
    ['收件人不在家，派送失败', 'WAITING_FOR_PICKUP'],
    ['如不在家请联系快递员', 'UNKNOWN'],
  ]);
  neverDeliveredEach([
    ['快件已送至收件人所在城市'],
    ['快件已送至收件人所在地网点'],
    ['司机提货成功'],
    ['派件任务领取成功'],
    ['等候收件人确认地址'],
    ['无需自取，快递员将送货上门'],
  ]);
});

describe('review 38 (ko): pickup requests and origin branches', () => {
  readsEach([
    ['인도가 완료되지 않았습니다', 'EXCEPTION'],
    ['인도가 완료되었습니다', 'DELIVERED'],
    ['수취인이 수령을 거부하였습니다', 'EXCEPTION'],
    ['수취인이 수령하였습니다', 'DELIVERED'],
    ['도착안내서를 우편함에 투함하였습니다', 'WAITING_FOR_PICKUP'],
    ['고객이 픽업 예정', 'UNKNOWN'],
    ['고객이 픽업을 요청했습니다', 'UNKNOWN'],
    ['고객이 픽업하였습니다', 'DELIVERED'],
    ['편의점 픽업 대기 중', 'WAITING_FOR_PICKUP'],
    ['집하 지점 도착', 'IN_TRANSIT'],
    ['집하 대리점 도착', 'IN_TRANSIT'],
    ['배송 대리점 도착', 'ARRIVED_AT_DESTINATION'],
    ['배송지에 도착하였습니다', 'ARRIVED_AT_DESTINATION'],
  ]);
  neverDeliveredEach([['택배기사 픽업 대기 중'], ['기사님이 배송지에 도착하면 연락드립니다']]);
});

describe('review 38 (zh): carriers taking parcels, destination cities, checks with no damage, substitutes, approvals', () => {
  readsEach([
    ['中通快递已取件，正在发往分拨中心', 'IN_TRANSIT'],
    ['收件人已取件', 'DELIVERED'],
    ['商品暂存于仓库，等待发货', 'INFO_RECEIVED'],
    ['快件已暂存至驿站', 'WAITING_FOR_PICKUP'],
    ['快件已被拦截', 'EXCEPTION'],
    ['验货无破损，已入库', 'IN_TRANSIT'],
    ['快件外包装破损', 'EXCEPTION'],
    ['经检查快件无异常，继续转运', 'IN_TRANSIT'],
    ['快件异常', 'EXCEPTION'],
    ['已完成出口报关', 'IN_TRANSIT'],
    ['快件无遗失，正在转运', 'IN_TRANSIT'],
    ['快件遗失', 'EXCEPTION'],
    ['收货人不在，已交由门卫代收', 'DELIVERED'],
    ['签收人不在，已放前台', 'DELIVERED'],
    ['收货人不在，派送失败', 'WAITING_FOR_PICKUP'],
    ['海关审核通过，已放行', 'IN_TRANSIT'],
    ['审核通过', 'INFO_RECEIVED'],
    ['客户称尚未收到包裹', 'UNKNOWN'],
    ['收件人反馈尚未收到包裹，已发起调查', 'EXCEPTION'],
    ['商家尚未收到包裹', 'INFO_RECEIVED'],
    ['等待航班，海关已放行', 'IN_TRANSIT'],
    ['外包装破损，已重新加固', 'EXCEPTION'],
  ]);
  neverDeliveredEach([
    ['快递公司已取件'],
    ['顺丰已取件'],
    ['快件已送达目的城市'],
    ['快件已送达目的地城市'],
    ['拦截已取消，快件继续派送'],
    ['异常已处理，快件继续派送'],
    ['出口海关查验中'],
  ]);
});

describe('review 38 (ko): customs, payments, returns offered, customer pickups', () => {
  readsEach([
    ['반출 완료', 'IN_TRANSIT'],
    ['통관 완료', 'IN_TRANSIT'],
    ['반품 신청 가능 기간: 7일', 'UNKNOWN'],
    ['반품 회수 완료', 'RETURNED_TO_SENDER'],
    ['결제 완료', 'INFO_RECEIVED'],
    ['관부가세 결제 완료, 통관 진행 중', 'HELD_BY_CUSTOMS'],
    ['재배달 예약 완료', 'EXCEPTION'],
    ['택배 예약 완료', 'INFO_RECEIVED'],
    ['고객 픽업 완료', 'DELIVERED'],
    ['반품 픽업 완료', 'RETURNED_TO_SENDER'],
    ['배송 보류 해제', 'IN_TRANSIT'],
    ['배송지 변경 정보 접수', 'EXCEPTION'],
    ['수입신고 접수 대기', 'HELD_BY_CUSTOMS'],
    ['해외 창고 입고 대기', 'INFO_RECEIVED'],
  ]);
  neverDeliveredEach([
    ['반출 불가'],
    ['통관 완료되지 않았습니다'],
    ['세관 심사 완료, 관세 납부 필요'],
    ['배송 취소 요청이 철회되었습니다'],
    ['관세 결제 완료, 국내 배송 출발'],
    ['수령하지 않으시면 반송됩니다'],
    ['수령하지 않으면 반송됩니다'],
    ['배송 예정일이 변경되었습니다'],
  ]);
});

describe('review 38 (zh): Taiwan store pickups, absent customers', () => {
  readsEach([
    ['包裹已到門市', 'WAITING_FOR_PICKUP'],
    ['已更改取件門市', 'UNKNOWN'],
    ['包裹已送達取件門市', 'WAITING_FOR_PICKUP'],
    ['請於7日內到店取貨', 'WAITING_FOR_PICKUP'],
    ['可到店取貨', 'WAITING_FOR_PICKUP'],
    ['買家已到店取貨', 'DELIVERED'],
    ['待收受人領取', 'WAITING_FOR_PICKUP'],
    ['收受人已領取', 'DELIVERED'],
    ['招領中', 'WAITING_FOR_PICKUP'],
    ['招領逾期，退回寄件人', 'RETURNED_TO_SENDER'],
    ['郵件已由收受人領取', 'DELIVERED'],
    ['快件已派送至顺丰站，请及时领取', 'WAITING_FOR_PICKUP'],
    ['顺丰站已收件', 'IN_TRANSIT'],
    ['快件已交付快递公司', 'IN_TRANSIT'],
    ['卖家已发货，等待快递员揽收', 'INFO_RECEIVED'],
    ['包裹已投递至收件人信箱', 'DELIVERED'],
    ['取件通知已投递至收件人信箱', 'WAITING_FOR_PICKUP'],
    ['已放入快递柜，请及时取件', 'WAITING_FOR_PICKUP'],
    ['客户不在家时可放驿站', 'UNKNOWN'],
    ['客户不在家，已放驿站', 'WAITING_FOR_PICKUP'],
    ['收件人电话不在服务区，无法联系', 'EXCEPTION'],
    ['客户不在，明天再派', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ['包裹配送中，預計明日到門市'],
    ['請持取件通知至郵局領取'],
    ['已交付快递员派送'],
    ['快递柜已满，改派送上门'],
    ['客户电话不在服务区'],
  ]);
});

describe('review 38 (ko): planned deliveries and arrivals today', () => {
  readsEach([
    ['고객님의 상품을 배송할 예정입니다', 'OUT_FOR_DELIVERY'],
    ['금일 허브 도착예정', 'IN_TRANSIT'],
    ['배송차량 고장으로 배송 지연', 'EXCEPTION'],
    ['소포는 금일 도착예정입니다', 'OUT_FOR_DELIVERY'],
    ['오늘 도착 예정', 'OUT_FOR_DELIVERY'],
    ['오늘 도착예정', 'OUT_FOR_DELIVERY'],
    ['오늘 터미널 도착 예정', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['기상 악화로 내일 배달할 예정입니다'],
    ['내일 배송할 예정입니다'],
    ['다음 주에 배송할 예정입니다'],
    ['배송 기사 배정 대기 중'],
    ['배송 기사 배정 완료'],
    ['배송 담당자가 변경되었습니다'],
    ['재고 확보 후 배송할 예정입니다'],
    ['통관 후 배송할 예정입니다'],
  ]);
});

describe('review 38 (zh): returned words for documents, applications and addresses', () => {
  readsEach([
    ['改址申请被退回', 'EXCEPTION'],
    ['清关资料被退回，请重新提交', 'HELD_BY_CUSTOMS'],
    ['快件已被退回', 'RETURNED_TO_SENDER'],
    ['退货地址已更新', 'UNKNOWN'],
    ['签收回执已返回发件人', 'UNKNOWN'],
    ['快件已返回发件人', 'RETURNED_TO_SENDER'],
    ['退回申请已提交', 'RETURNED_TO_SENDER'],
    ['拒收，快件退回中', 'RETURNED_TO_SENDER'],
    ['报关单被退回', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('review 38 (ko): documents sent back', () => {
  readsEach([
    ['서류가 반려되었습니다', 'UNKNOWN'],
    ['통관 서류 반송 요청', 'HELD_BY_CUSTOMS'],
  ]);
});
