import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), session of 2026-12-07 11:23 UTC: ZTO, YTO and STO put
// the party that signed or collected in lenticular brackets inside the sentence ("您的快件已由
// 【门卫】代收"); the bracket now stays inside the run, as it reads without brackets. Collection
// on the recipient's behalf that failed (代收失败) is no delivery.
describe('a bracketed party inside a Chinese sentence', () => {
  readsEach([
    ['您的快件已由【门卫】代收，如有疑问请电联快递员', 'DELIVERED'],
    ['快件已由【物业】代收', 'DELIVERED'],
    ['已由【前台】代收', 'DELIVERED'],
    ['已由【前台】签收', 'DELIVERED'],
    ['已签收，签收人是【门卫】', 'DELIVERED'],
    ['您的快件已签收，签收人：【本人签收】', 'DELIVERED'],
    ['快件已被【丰巢智能柜】代收', 'WAITING_FOR_PICKUP'],
    ['您的包裹已由【快递柜】代收', 'WAITING_FOR_PICKUP'],
    ['快件已存放至【菜鸟驿站】，请及时取件', 'WAITING_FOR_PICKUP'],
    ['快件已到达【杭州转运中心】', 'IN_TRANSIT'],
    ['快件已从【杭州转运中心】发出', 'IN_TRANSIT'],
    ['快件由【张三】派送中', 'OUT_FOR_DELIVERY'],
    ['您的快件由【门卫】代收失败', 'EXCEPTION'],
    ['您的快件由门卫代收失败', 'EXCEPTION'],
    ['门卫代收失败，快件将再次派送', 'EXCEPTION'],
    ['快件已由门卫代收', 'DELIVERED'],
  ]);
});

// A delivery that failed or did not succeed (X失败, X未成功, X不成功) is never DELIVERED: "交给邻居失败"
// (handing to the neighbour failed) read DELIVERED.
describe('a Chinese delivery phrase followed by its failure', () => {
  readsEach([
    ['交给邻居失败', 'EXCEPTION'],
    ['快件交付收件人失败', 'EXCEPTION'],
    ['送货上门失败', 'EXCEPTION'],
    ['送货上门失败，请到驿站自取', 'WAITING_FOR_PICKUP'],
    ['包裹投递未成功', 'EXCEPTION'],
    ['签收不成功', 'EXCEPTION'],
    ['快件代签未成功', 'EXCEPTION'],
    ['留给邻居未成功，将再次派送', 'EXCEPTION'],
    ['快件已签收', 'DELIVERED'],
    ['派送成功', 'DELIVERED'],
    ['快件已交给邻居', 'DELIVERED'],
  ]);
});
