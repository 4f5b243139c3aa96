import { describe, expect, it } from 'vitest';
import { loadCarrierCodeTables } from '../src/db/content.js';
import { CarrierCodes } from '../src/domain/carrier-codes.js';

describe('carrier code tables of English-speaking markets (content/carrier-codes)', () => {
  const codes = new CarrierCodes(loadCarrierCodeTables());

  it('reads FedEx track event types', () => {
    expect(codes.lookup('FedEx', 'DL')).toBe('DELIVERED');
    expect(codes.lookup('fedex_express', 'od')).toBe('OUT_FOR_DELIVERY');
    // "Ready for Recipient Pickup".
    expect(codes.lookup('fedex', 'HP')).toBe('WAITING_FOR_PICKUP');
    // "Return to Shipper": a return, not the delivery DL would be.
    expect(codes.lookup('fedex', 'RS')).toBe('RETURNED_TO_SENDER');
    // "Picked Up" is FedEx collecting from the shipper, not the recipient collecting.
    expect(codes.lookup('FedEx Ground', 'PU')).toBe('IN_TRANSIT');
    // "Clearance Delay".
    expect(codes.lookup('fedex', 'CD')).toBe('HELD_BY_CUSTOMS');
    expect(codes.lookup('fedex', 'DD')).toBe('EXCEPTION');
    // Published in the casing "Ow" ("On the way").
    expect(codes.lookup('fedex', 'OW')).toBe('IN_TRANSIT');
    // "Delivery Exception" may be a failed attempt, a refusal or a delay: not in the table.
    expect(codes.lookup('fedex', 'DE')).toBeNull();
    // CA is both "Shipment Cancelled" and the possession code "Carrier": not in the table.
    expect(codes.lookup('fedex', 'CA')).toBeNull();
  });

  it('reads Royal Mail event codes', () => {
    // "Your item was delivered on [X]."
    expect(codes.lookup('Royal Mail', 'EVKSP')).toBe('DELIVERED');
    // "We delivered your item to your neighbour".
    expect(codes.lookup('royalmail', 'EVKDN')).toBe('DELIVERED');
    // "Item [X] was collected by the customer from [X] Post Office".
    expect(codes.lookup('royal_mail', 'EVPLC')).toBe('DELIVERED');
    // "we tried to deliver your parcel ... there didn't seem to be anyone in".
    expect(codes.lookup('royalmail', 'evnda')).toBe('WAITING_FOR_PICKUP');
    // "delivered to your nominated collection point ... ready for you to collect".
    expect(codes.lookup('royalmail', 'EVKLC')).toBe('WAITING_FOR_PICKUP');
    // "Your item was delivered back to the sender": a return, not a delivery.
    expect(codes.lookup('royalmail', 'EVRTS')).toBe('RETURNED_TO_SENDER');
    // "the recipient refused to accept it. It will now be returned to the sender."
    expect(codes.lookup('royalmail', 'EVKRF')).toBe('RETURNED_TO_SENDER');
    // "unable to deliver ... as the address was inaccessible".
    expect(codes.lookup('royalmail', 'EVKAA')).toBe('EXCEPTION');
    // "As requested, we'll arrange a Redelivery": re-delivery scheduled.
    expect(codes.lookup('royalmail', 'RSRXS')).toBe('EXCEPTION');
    // "held ... as part of our Keepsafe service" says nothing of what follows: not in the table.
    expect(codes.lookup('royalmail', 'EVNKS')).toBeNull();
  });

  it('reads Canada Post event identifiers, zero-padded or not', () => {
    // "Delivered to recipient's front door".
    expect(codes.lookup('Canada Post', '1421')).toBe('DELIVERED');
    // "Item picked up from automated parcel locker".
    expect(codes.lookup('canadapost', '1406')).toBe('DELIVERED');
    // "Delivered to automated parcel locker": waiting there for the recipient.
    expect(codes.lookup('canadapost', '1405')).toBe('WAITING_FOR_PICKUP');
    // "Notice card left indicating where and when to pick up item".
    expect(codes.lookup('canada-post', '1435')).toBe('WAITING_FOR_PICKUP');
    // "Item refused by recipient. Item being returned to sender."
    expect(codes.lookup('canadapost', '1417')).toBe('RETURNED_TO_SENDER');
    // "Item on hold. Refused or unclaimed by recipient".
    expect(codes.lookup('canadapost', '0121')).toBe('EXCEPTION');
    expect(codes.lookup('canadapost', '121')).toBe('EXCEPTION');
    expect(codes.lookup('canadapost', '0810')).toBe('HELD_BY_CUSTOMS');
    expect(codes.lookup('canadapost', '0500')).toBe('OUT_FOR_DELIVERY');
    // 1496 "Delivered" also reports a return handed back to the sender: not in the table.
    expect(codes.lookup('canadapost', '1496')).toBeNull();
    expect(codes.lookup('canadapost', '0174')).toBeNull();
  });
  it('reads Evri tracking stage codes', () => {
    // PARCEL_IS_DELIVERED.
    expect(codes.lookup('Evri', '5_COURIER')).toBe('DELIVERED');
    // PARCEL_COLLECTED from a ParcelShop; the same stage "5" as the courier delivery.
    expect(codes.lookup('hermes uk', '5_SHOP')).toBe('DELIVERED');
    // PARCEL_READY_FOR_COLLECTION.
    expect(codes.lookup('evri', '4_SHOP')).toBe('WAITING_FOR_PICKUP');
    expect(codes.lookup('evri', '4-courier')).toBe('OUT_FOR_DELIVERY');
    // PARCEL_RETURNED.
    expect(codes.lookup('evri', 'A')).toBe('RETURNED_TO_SENDER');
    // PARCEL_WERE_EXPECTING_IT: Evri does not have the parcel yet.
    expect(codes.lookup('evri', '1')).toBe('INFO_RECEIVED');
    // "6_ACTION", a call to action about anything: not in the table.
    expect(codes.lookup('evri', '6_ACTION')).toBeNull();
  });

  it('reads Australia Post article statuses and Purolator scan types', () => {
    expect(codes.lookup('Australia Post', 'Delivered')).toBe('DELIVERED');
    expect(codes.lookup('auspost', 'Awaiting collection')).toBe('WAITING_FOR_PICKUP');
    // "cannot be delivered as addressed".
    expect(codes.lookup('australiapost', 'Cannot be delivered')).toBe('EXCEPTION');
    // "A delay ... is highly likely": only a possible delay, not in the table.
    expect(codes.lookup('australiapost', 'Possible delay')).toBeNull();
    // "On vehicle for delivery".
    expect(codes.lookup('Purolator', 'OnDelivery')).toBe('OUT_FOR_DELIVERY');
    // ScanType "Delivery" has carried a non-delivery ("Transferring to Shipping Centre"): not in the table.
    expect(codes.lookup('purolator', 'Delivery')).toBeNull();
  });

  it('reads the USPS codes added from the ehub event list', () => {
    // "Shipping Label Created".
    expect(codes.lookup('usps', 'GX')).toBe('INFO_RECEIVED');
    // "Origin Acceptance".
    expect(codes.lookup('usps', 'OA')).toBe('IN_TRANSIT');
  });
});
