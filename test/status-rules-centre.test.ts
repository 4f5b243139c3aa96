import { describe, expect, it } from 'vitest';
import { readsEach, statusOf } from './support/normalizer.js';

// Chinese and Japanese mark an action under way with a final 中, and 中 begins other words:
// 派送中 is out for delivery, 派送中心 a delivery centre, 派送中止 a delivery called off, 运输中断
// transport interrupted. Both the rule phrases and the carriers' aliases (派送中, 派件中) once read
// the depot and the interruption as the action.
describe('a delivery centre is a depot, not a delivery under way (zh)', () => {
  // Whether reaching a delivery centre is an arrival at the delivering depot or movement through
  // a hub is the carriers' call; it is neither a delivery nor one under way.
  it.each([
    '快件已到达派送中心',
    '包裹已发往【上海派送中心】',
    '货物离开配送中心，发往下一站',
    '快件已到达派件中心',
    '已到达投递中心',
    '派送中心',
  ])('%s is no delivery under way', (message) => {
    expect(['OUT_FOR_DELIVERY', 'DELIVERED', 'UNKNOWN']).not.toContain(statusOf(message));
  });
  readsEach([
    ['货物离开配送中心，发往下一站', 'IN_TRANSIT'],
    ['包裹已发往【上海派送中心】', 'IN_TRANSIT'],
    ['快件正在派送中', 'OUT_FOR_DELIVERY'],
    ['派件中，请保持电话畅通', 'OUT_FOR_DELIVERY'],
    ['快递员正在配送中', 'OUT_FOR_DELIVERY'],
    ['派送中心：快件派送中', 'OUT_FOR_DELIVERY'],
    ['荷物は配送中です', 'OUT_FOR_DELIVERY'],
  ]);
});

describe('a delivery or transport called off or interrupted is an exception (zh, ja)', () => {
  readsEach([
    ['派送中止', 'EXCEPTION'],
    ['派送中止，请联系客服', 'EXCEPTION'],
    ['配送中断', 'EXCEPTION'],
    ['运输中断', 'EXCEPTION'],
    ['物流中断', 'EXCEPTION'],
    ['投递中断', 'EXCEPTION'],
    ['運送中斷', 'EXCEPTION'],
    ['由于天气原因暂停派送', 'EXCEPTION'],
    ['運送中止', 'EXCEPTION'],
    ['輸送中断', 'EXCEPTION'],
    ['配達を中断しました', 'EXCEPTION'],
    ['集荷中止', 'EXCEPTION'],
    ['恢复派送', 'IN_TRANSIT'],
  ]);
});
