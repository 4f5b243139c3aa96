import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 9 probes (cjk9): families of the wordings that the round-9 sources brought into the training split and the
// rules missed (JD Logistics pickup-task assignment, driver box scans and station receipt, delivery to a place the
// customer designated; China Post "signed, received on the recipient's behalf by" a pickup station or locker).
// Hand-written, not corpus rows: wordings the rules now read, and negatives never DELIVERED.

describe('Chinese probes (cjk9)', () => {
  readsEach([
    ['揽收任务已分配给快递员王师傅', 'INFO_RECEIVED'],
    ['揽收任务已分配', 'INFO_RECEIVED'],
    ['您的揽收任务已分配给李明（联系电话：13900000000）', 'INFO_RECEIVED'],
    ['揽件任务已分配给快递员', 'INFO_RECEIVED'],
    ['揽收任务分配', 'INFO_RECEIVED'],
    ['揽收任务已完成', 'IN_TRANSIT'],
    ['快递司机收箱', 'IN_TRANSIT'],
    ['司机已收箱', 'IN_TRANSIT'],
    ['干线司机收箱完成', 'IN_TRANSIT'],
    ['北京分拣中心已收箱，箱号JD0001-1-1-', 'IN_TRANSIT'],
    ['您的快件在【北京朝阳营业部】收货完成', 'ARRIVED_AT_DESTINATION'],
    ['您的快件在【上海浦东配送站】收货完成', 'ARRIVED_AT_DESTINATION'],
    ['您的快件已在【广州天河营业部】收货完成', 'ARRIVED_AT_DESTINATION'],
    ['快件在营业部收货完成', 'ARRIVED_AT_DESTINATION'],
    ['商家仓库收货完成', 'IN_TRANSIT'],
    ['您的快件已由客户指定地点代收，感谢您使用京东物流', 'DELIVERED'],
    ['快件已由客户指定地点代收', 'DELIVERED'],
    ['您的包裹已由指定地点代收，期待再次为您服务', 'DELIVERED'],
    ['已签收,他人代收：菜鸟驿站', 'WAITING_FOR_PICKUP'],
    ['[杭州市]已签收,他人代收：妈妈驿站,投递员:王五,电话:13800000000', 'WAITING_FOR_PICKUP'],
    ['已签收,他人代收：丰巢快递柜,投递员:李四', 'WAITING_FOR_PICKUP'],
    ['已签收，他人代收：快递超市', 'WAITING_FOR_PICKUP'],
    ['[北京市]已签收,他人代收：门口,投递员:王五', 'DELIVERED'],
    ['已签收,他人代收：家人', 'DELIVERED'],
    ['已签收，他人代收：门卫', 'DELIVERED'],
    ['您已在菜鸟驿站完成取件', 'DELIVERED'],
    ['揽件任务已分配，请保持电话畅通', 'INFO_RECEIVED'],
    ['快件揽收任务已分配给快递员', 'INFO_RECEIVED'],
    ['您的快件在【成都滨河营业部】收货完成', 'ARRIVED_AT_DESTINATION'],
    ['快件已到达【重庆分拣中心】', 'IN_TRANSIT'],
    ['您的快件由【北京大兴分拣中心】准备发往【北京胡家垡营业部】', 'IN_TRANSIT'],
    ['已签收,他人代收：快递柜,投递员:张三', 'WAITING_FOR_PICKUP'],
    ['已签收，他人代收：代收点', 'WAITING_FOR_PICKUP'],
  ]);
  neverDeliveredEach([
    ['已签收,他人代收：菜鸟驿站'],
    ['[杭州市]已签收,他人代收：妈妈驿站,投递员:王五,电话:13800000000'],
    ['已签收,他人代收：丰巢快递柜,投递员:李四'],
    ['已签收，他人代收：快递超市'],
    ['已签收,他人代收：快递柜,投递员:张三'],
    ['已签收，他人代收：代收点'],
  ]);
});
