import { describe, expect, it } from 'vitest';
import { statusOf } from './support/normalizer.js';

// Hand-written probes (not corpus rows) for English, Chinese, Japanese and Korean.
describe('asiaen probes: denied or future deliveries', () => {
  it('reads Chinese 没有/不能/失败 and 待/即将 around a delivery word as no delivery', () => {
    expect(statusOf('包裹没有送达')).toBe('EXCEPTION');
    expect(statusOf('快件没有签收')).toBe('EXCEPTION');
    expect(statusOf('送达失败')).toBe('EXCEPTION');
    expect(statusOf('收件人不能签收')).toBe('EXCEPTION');
    expect(statusOf('包裹尚未送达')).toBe('EXCEPTION');
    expect(statusOf('快件待送达')).not.toBe('DELIVERED');
    expect(statusOf('您的包裹即将送达')).not.toBe('DELIVERED');
  });

  it('reads Japanese 〜ではありません after a completed delivery as no delivery', () => {
    expect(statusOf('配達済みではありません')).toBe('EXCEPTION');
    expect(statusOf('配達完了ではありません')).toBe('EXCEPTION');
  });

  it('reads Korean 안됨 after a delivery word as no delivery', () => {
    expect(statusOf('배달완료 안됨')).toBe('EXCEPTION');
    expect(statusOf('배송 안 됨')).toBe('EXCEPTION');
  });
});

describe('asiaen probes: never DELIVERED', () => {
  const negatives = [
    'Not delivered',
    'Will be delivered tomorrow',
    'Handed to carrier',
    'Handed over to the courier',
    'Parcel has not been collected',
    'To be collected',
    'Could not be delivered',
    'Your parcel will be delivered to the pickup point',
    'Picked up from the sender',
    'Parcel not picked up by recipient',
    '未签收',
    '预计明天送达',
    '已交给快递员',
    '待取件',
    '尚未取件',
    '快递员已取件',
    '已送达快递柜',
    '已送达转运中心',
    '还未签收',
    '未配達',
    '配達できませんでした',
    '明日配達予定',
    '配送業者に引き渡しました',
    'まだ受け取られていません',
    '配達されていません',
    '配達完了予定',
    '미배달',
    '배달 예정',
    '택배기사에게 인계',
    '아직 배달되지 않았습니다',
    '수령하지 않음',
    '배송 완료되지 않음',
    '미수령',
    '배송완료 예정일',
  ];
  it.each(negatives)('%s', (message) => {
    expect(statusOf(message)).not.toBe('DELIVERED');
  });
});
