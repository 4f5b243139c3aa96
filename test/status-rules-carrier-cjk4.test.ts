import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 4 probes (cjk4): hand-written variants of the families the round-4 training wordings
// showed (a forwarder's warehouse that "signs for" a parcel, China Post delivery sections,
// waybill data received, hand-over to the domestic courier, the Nth delivery round, rerouting to
// a new pickup point, Korean arrivals at the delivery area with words in between). Not corpus
// rows: wordings the rules now read, and negatives that must never read DELIVERED.

describe('Chinese probes (cjk4)', () => {
  readsEach([
    ['到达【城东发投】', 'ARRIVED_AT_DESTINATION'],
    ['【城东发投】趟车到达', 'ARRIVED_AT_DESTINATION'],
    ['离开【上海中心】，下一站【城东发投】', 'IN_TRANSIT'],
    ['海外仓已收到运单信息', 'INFO_RECEIVED'],
    ['运单创建成功', 'INFO_RECEIVED'],
    ['已转国内派送', 'IN_TRANSIT'],
    ['国内快递公司：中通快递', 'IN_TRANSIT'],
    ['航班已起飞，飞往中国', 'IN_TRANSIT'],
    ['转机中', 'IN_TRANSIT'],
    ['正在第2次派送', 'OUT_FOR_DELIVERY'],
    ['快递员正在进行第二次派送，请保持电话畅通', 'OUT_FOR_DELIVERY'],
    ['【宁波】 的快递员 正在第1次派件', 'OUT_FOR_DELIVERY'],
    ['海关清关结束', 'IN_TRANSIT'],
    ['二次路由已更新自提点地址', 'IN_TRANSIT'],
    ['您的包裹已到达自提点，自提点地址：XX路1号，请及时取件', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ['美国仓库中心已签收'],
    ['洛杉矶仓库已签收，等待称重'],
    ['集运仓已签收'],
    ['转运中心已签收'],
    ['您的快件已由仓库签收'],
  ]);
});

describe('Korean probes (cjk4)', () => {
  readsEach([
    ['배달지에 고객님의 상품이 도착하였습니다.', 'ARRIVED_AT_DESTINATION'],
    ['배송지에 고객님의 택배가 도착했습니다', 'ARRIVED_AT_DESTINATION'],
    ['배송지에 상품이 도착 예정입니다', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['배송지에 상품이 도착하지 않았습니다'],
    ['배송지에 상품이 도착 예정입니다'],
  ]);
});
