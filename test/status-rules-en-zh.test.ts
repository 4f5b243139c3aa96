import { describe, expect, it } from 'vitest';
import { statusOf } from './support/normalizer.js';

// Hand-written probe sentences for the English and Chinese rules added by the enzh batches.

describe('English returns, attempts and exceptions (enzh batch 1)', () => {
  it('reads a decided return as a return, a timed or conditional one not', () => {
    expect(statusOf('Shipment will be returned to sender')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('Returns delivered')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('Out for return')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('Shipment recalled by sender')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('Returns processing started')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('Item will be returned to sender if not collected within 10 days')).toBe(
      'WAITING_FOR_PICKUP',
    );
    expect(statusOf('Awaiting collection - will be returned in 2 days')).not.toBe(
      'RETURNED_TO_SENDER',
    );
    expect(statusOf('Your parcel will be returned to the sender after 14 days')).not.toBe(
      'RETURNED_TO_SENDER',
    );
  });

  it('reads a planned or further attempt as no attempt made', () => {
    expect(statusOf('Out for second delivery attempt')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Recipient is the next stop')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('We will attempt another delivery tomorrow')).toBe('EXCEPTION');
    expect(statusOf('Unable to attempt delivery')).toBe('EXCEPTION');
    expect(statusOf('Attempted delivery - notice left')).toBe('WAITING_FOR_PICKUP');
  });

  it('reads holds and failures as exceptions, customs holds as customs', () => {
    expect(statusOf('Handover to service point failed')).toBe('EXCEPTION');
    expect(statusOf('Shipment has been held')).toBe('EXCEPTION');
    expect(statusOf('Held for next working day delivery')).toBe('EXCEPTION');
    expect(statusOf('Mis-shipped')).toBe('EXCEPTION');
    expect(statusOf('Import terminated')).toBe('EXCEPTION');
    expect(statusOf('Deceased')).toBe('EXCEPTION');
    expect(statusOf('New date for delivery requested by recipient')).toBe('EXCEPTION');
    expect(statusOf('Parcel has been held at customs')).toBe('HELD_BY_CUSTOMS');
  });

  it('reads arrival at the delivery terminal and a customer pickup', () => {
    expect(statusOf('Arrived at delivery terminal')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('Parcel to be picked up by customer')).toBe('WAITING_FOR_PICKUP');
  });

  it('never reads these as delivered', () => {
    for (const m of [
      'Shipment not delivered',
      'Second delivery attempt not successful',
      'Parcel will be delivered by the next working day',
      'Return delivered to sender',
      'Shipment handed over to the carrier',
      'Not collected by the recipient',
    ]) {
      expect(statusOf(m), m).not.toBe('DELIVERED');
    }
  });
});

describe('Chinese arrivals, delivery, pickup and exception vocabulary (enzh batch 2)', () => {
  it('reads arrival at the delivering station or destination', () => {
    expect(statusOf('包裹已抵达派送站')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('航班已落地')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('包裹已落地，等待清关')).toBe('HELD_BY_CUSTOMS');
    expect(statusOf('到著')).toBe('ARRIVED_AT_DESTINATION');
  });

  it('reads delivery on the way, pickup codes and problems', () => {
    expect(statusOf('快递员正在送货途中')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('已安排配送')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('请凭提货码取件')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('请至门市取货')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('收件人电话关机')).toBe('EXCEPTION');
    expect(statusOf('快件破包')).toBe('EXCEPTION');
    expect(statusOf('包裹已返寄')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('商家正在打包')).toBe('INFO_RECEIVED');
  });

  it('never reads an unsigned or requested signature as delivered', () => {
    for (const m of ['无人签收', '收件人不在，无人签收', '签收前请验货', '请签收', '尚未签收']) {
      expect(statusOf(m), m).not.toBe('DELIVERED');
    }
    expect(statusOf('快件已由门卫签收')).toBe('DELIVERED');
  });
});

describe('English pre-shipment, arrival and exception vocabulary (enzh batch 3)', () => {
  it('reads a parcel the carrier is only expecting as info received', () => {
    expect(statusOf("We've been told your parcel is on its way to us")).toBe('INFO_RECEIVED');
    expect(statusOf('Your sender has let us know your parcel is on its way')).toBe('INFO_RECEIVED');
    expect(statusOf("We're expecting your parcel")).toBe('INFO_RECEIVED');
    expect(statusOf('Your return is on its way to us')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('We are expecting to deliver your parcel today')).not.toBe('INFO_RECEIVED');
  });

  it('reads arrival at the local delivery office or in the area', () => {
    expect(statusOf('Item received at the local delivery office')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('Arrived in your area')).toBe('ARRIVED_AT_DESTINATION');
    expect(statusOf('Available for delivery')).toBe('ARRIVED_AT_DESTINATION');
  });

  it('reads the rest of the batch', () => {
    expect(statusOf('Your driver is on their way')).toBe('OUT_FOR_DELIVERY');
    expect(statusOf('Delivery date changed')).toBe('EXCEPTION');
    expect(statusOf('Claim initiated')).toBe('EXCEPTION');
    expect(statusOf('Handed to local postal service')).toBe('IN_TRANSIT');
  });

  it('never reads a hand-over to a delivery office as delivered', () => {
    for (const m of [
      'Your parcel was delivered to the local delivery office',
      'Delivered to the delivery office',
      'Not available for delivery',
    ]) {
      expect(statusOf(m), m).not.toBe('DELIVERED');
    }
    expect(statusOf('Delivered to recipient at the delivery office')).toBe('DELIVERED');
  });
});

describe('English service points, pickup orders and rescheduled attempts (enzh batch 4)', () => {
  it('reads a delivery to a DHL ServicePoint as waiting for pickup, a collection there as delivered', () => {
    expect(statusOf('Delivered at DHL ServicePoint')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('The parcel has been delivered to a different DHL ServicePoint')).toBe(
      'WAITING_FOR_PICKUP',
    );
    expect(statusOf('Collected at DHL ServicePoint by the recipient')).toBe('DELIVERED');
    expect(statusOf('Not collected at DHL ServicePoint by the recipient, return to sender')).toBe(
      'RETURNED_TO_SENDER',
    );
  });

  it('reads returns, new attempts and pickup orders', () => {
    expect(statusOf('Delivered at the sender')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('On route to the sender')).toBe('RETURNED_TO_SENDER');
    expect(statusOf('We missed each other, the parcel will return to the sender')).toBe(
      'RETURNED_TO_SENDER',
    );
    expect(statusOf('New delivery attempt on the next delivery day')).toBe('EXCEPTION');
    expect(statusOf('We missed each other')).toBe('WAITING_FOR_PICKUP');
    expect(statusOf('Delivery interrupted')).toBe('EXCEPTION');
    expect(statusOf('Shipment will be picked up as scheduled')).toBe('INFO_RECEIVED');
    expect(statusOf('Pickup order received')).toBe('INFO_RECEIVED');
    expect(statusOf('On route to the CityHub')).toBe('IN_TRANSIT');
  });

  it('never reads a courier collecting the parcel as delivered', () => {
    for (const m of [
      'Picked up at post office by the courier',
      'Collected at the counter by the courier',
      'Picked up by the courier',
      'Collected by the courier from the sender',
    ]) {
      expect(statusOf(m), m).not.toBe('DELIVERED');
    }
  });
});
