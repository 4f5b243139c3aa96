import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 4 probes (english4): hand-written sentences in the style of the new training sources
// (aggregator and platform status descriptions: Gluey, Voila, Bringg, Ship24, Shopify, Courex),
// for the vocabulary their rows needed: a van or driver with the parcel, delivery depots and areas
// as arrivals (not out for delivery), customs broker departures, collection attempts and pickup
// orders on the sender's side, bookings and purchased labels. Not corpus rows.

describe('English status-description probes (english4)', () => {
  readsEach([
    ['Your parcel is on a van', 'OUT_FOR_DELIVERY'],
    ['Your parcel is on the van and due for delivery today', 'OUT_FOR_DELIVERY'],
    ['Parcel is with the driver for delivery', 'OUT_FOR_DELIVERY'],
    ['Your parcel is with the driver', 'OUT_FOR_DELIVERY'],
    ['Carrier is about to deliver the shipment', 'OUT_FOR_DELIVERY'],
    ['Shipment is in delivery', 'OUT_FOR_DELIVERY'],
    ['Arrived in delivery hub', 'ARRIVED_AT_DESTINATION'],
    ['Parcel in delivery depot', 'ARRIVED_AT_DESTINATION'],
    ['Your parcel is at our delivery depot', 'ARRIVED_AT_DESTINATION'],
    ['In delivery centre', 'ARRIVED_AT_DESTINATION'],
    ['Parcel in delivery area', 'ARRIVED_AT_DESTINATION'],
    ['Your parcel is on its journey to you', 'IN_TRANSIT'],
    ['Your parcel is about to be delivered to a parcel shop', 'IN_TRANSIT'],
    ['Shipment departed the customs warehouse', 'IN_TRANSIT'],
    ['Shipment left the customs broker', 'IN_TRANSIT'],
    ['Departed customs', 'IN_TRANSIT'],
    ['Courier has retrieved your parcel from the locker', 'IN_TRANSIT'],
    ['Collection attempted - premises closed', 'INFO_RECEIVED'],
    ['Collection attempt failed', 'INFO_RECEIVED'],
    ['We attempted to collect your parcel but nobody was home', 'INFO_RECEIVED'],
    ['Pickup order created', 'INFO_RECEIVED'],
    ['Your pickup order is ready for collection', 'WAITING_FOR_PICKUP'],
    ['QR code created for drop-off', 'INFO_RECEIVED'],
    ['New order received', 'INFO_RECEIVED'],
    ['Shipment booked', 'INFO_RECEIVED'],
    ['Label purchased', 'INFO_RECEIVED'],
    ['We need more information about your address', 'EXCEPTION'],
  ]);
});

describe('English status-description negatives (english4)', () => {
  neverDeliveredEach([
    ['Your parcel is about to be delivered'],
    ['The package is not about to be delivered'],
    ['Delivery booked for Tuesday'],
    ['Signature from household required'],
    ['No signature from household'],
    ['The shipment is with a driver and is scheduled to be delivered on the same day'],
    ['The item or items in the shipment are being delivered'],
  ]);
});
