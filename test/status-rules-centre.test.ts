import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

// Chinese and Japanese mark an action under way with a final 中 and name a depot with 中心
// (centre): 派送中 is out for delivery, 派送中心 a delivery centre. Both the rule phrases and the
// carriers' aliases (派送中, 派件中) once read the depot as the action.
describe('a delivery centre is a depot, not a delivery under way (zh)', () => {
  readsEach([
    ['快件已到达派送中心', 'IN_TRANSIT'],
    ['包裹已发往【上海派送中心】', 'IN_TRANSIT'],
    ['货物离开配送中心，发往下一站', 'IN_TRANSIT'],
    ['快件已到达派件中心', 'IN_TRANSIT'],
    ['已到达投递中心', 'IN_TRANSIT'],
    ['派送中心', 'IN_TRANSIT'],
    ['快件正在派送中', 'OUT_FOR_DELIVERY'],
    ['派件中，请保持电话畅通', 'OUT_FOR_DELIVERY'],
    ['快递员正在配送中', 'OUT_FOR_DELIVERY'],
    ['派送中心：快件派送中', 'OUT_FOR_DELIVERY'],
    ['荷物は配送中です', 'OUT_FOR_DELIVERY'],
  ]);
});
