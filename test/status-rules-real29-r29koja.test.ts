import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 29 (r29koja): Korean and Japanese families the round's second rule batch reads. Coupang's
// "<day> 도착 완료" header is a delivery (the corpus holds two real ones); Japanese delivery-attempt
// nouns, delivery problems, "ready for delivery", Yamato's "依頼受付（店頭受取）" (a request, not a parcel
// at the counter) and its sender-side "お品物をお預かりしております". Hand-written probes beside the
// real rows, and negatives that must never read DELIVERED.

describe('Korean and Japanese probes (r29koja)', () => {
  readsEach([
    ['오늘(금) 도착 완료', 'DELIVERED'],
    ['12/5(목) 도착 완료', 'DELIVERED'],
    ['配達試行', 'WAITING_FOR_PICKUP'],
    ['配達の試みがありました', 'WAITING_FOR_PICKUP'],
    ['配送に問題があります', 'EXCEPTION'],
    ['依頼受付(店頭受取)', 'EXCEPTION'],
    ['依頼受付（保管）', 'WAITING_FOR_PICKUP'],
    ['配達準備完了', 'OUT_FOR_DELIVERY'],
    ['お品物をお預かりしております。', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([
    ['오늘 인천공항 도착 완료'],
    ['내일(토) 도착 예정'],
    ['12/5(목) 도착 완료 예정'],
    ['금일 도착 완료'],
    ['목적지 도착 완료'],
    ['인천공항 도착 완료'],
    ['오늘 도착 완료되지 않았습니다'],
    ['配達試行予定'],
  ]);
});
