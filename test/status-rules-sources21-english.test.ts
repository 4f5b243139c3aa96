import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written English probes (not corpus rows), round 21: the families of the training misses that the
// round's new real sources brought in (Cainiao origin, transit and destination-side descriptions and
// carrier notes, the last-mile partner's facility, a depot ready for delivery, a bare Cainiao "Signed",
// "received by shipper" said of the Chinese consolidator rather than of a return, FedEx and DPD UK
// lines, Ninja Van's parcel collection counter or box), each beside a confusable neighbour.

describe('English wordings of the round 21 source families', () => {
  readsEach([
    ['Carrier note: Shipment at destination country', 'ARRIVED_AT_DESTINATION'],
    ['Parcel is now at the destination country', 'ARRIVED_AT_DESTINATION'],
    ['Item at destination country/region, awaiting onward transport', 'ARRIVED_AT_DESTINATION'],
    ['[Madrid] At destination country/region', 'ARRIVED_AT_DESTINATION'],
    ['Expected to arrive at destination country on 12 May', 'IN_TRANSIT'],
    ['Departed for the destination country', 'IN_TRANSIT'],
    ['Item arrived at the import exchange office', 'ARRIVED_AT_DESTINATION'],
    ['Received at import exchange office MADRID', 'ARRIVED_AT_DESTINATION'],
    ['Arrival at the import exchange office', 'ARRIVED_AT_DESTINATION'],
    ['Parcel arrived at the processing centre of the last mile carrier', 'ARRIVED_AT_DESTINATION'],
    ['Arrived at processing center of last mile partner DE', 'ARRIVED_AT_DESTINATION'],
    ['Package arrived at facility of local delivery partner', 'ARRIVED_AT_DESTINATION'],
    ['Shipment received at the facility of the local delivery carrier', 'ARRIVED_AT_DESTINATION'],
    ['Parcel at the depot ready for delivery', 'ARRIVED_AT_DESTINATION'],
    ['Your parcel is at our depot awaiting collection', 'WAITING_FOR_PICKUP'],
    [
      'Your parcel is at our depot, we were unable to deliver it because the address is incorrect',
      'EXCEPTION',
    ],
    ['Signed', 'DELIVERED'],
    ['SIGNED', 'DELIVERED'],
    ['Item received by shipper in Guangzhou', 'IN_TRANSIT'],
    ['Parcel received by shipper in Yiwu', 'IN_TRANSIT'],
    ['Return received by the shipper', 'RETURNED_TO_SENDER'],
    ['Package received by the sender', 'RETURNED_TO_SENDER'],
    ['Returned parcel received by the shipper', 'RETURNED_TO_SENDER'],
    ['Shipment confirmation', 'INFO_RECEIVED'],
    ['Carrier note: Departed from the transit hub', 'IN_TRANSIT'],
    ['Carrier note: Arrived at transit country or district', 'IN_TRANSIT'],
    ['Carrier note: Leaving transit country or district', 'IN_TRANSIT'],
    ['[Huangpu District] Received by logistics company', 'IN_TRANSIT'],
    ['[Longhua District] Departed from sorting center', 'IN_TRANSIT'],
    ['Arrived at destination country/region sorting centre', 'ARRIVED_AT_DESTINATION'],
    ['Departed from destination country/region sorting centre', 'IN_TRANSIT'],
    ['Awaiting transit to the final delivery office', 'ARRIVED_AT_DESTINATION'],
    ['Import clearance started', 'HELD_BY_CUSTOMS'],
    ['Carrier note: Import clearance success', 'IN_TRANSIT'],
    ['Carrier note: Export clearance start', 'IN_TRANSIT'],
    ['International reception MADRID', 'ARRIVED_AT_DESTINATION'],
    ['Leave the transit country', 'IN_TRANSIT'],
    ['Arrival at the transit country', 'IN_TRANSIT'],
    ['Item sorting by shipper in Guangzhou', 'IN_TRANSIT'],
    ['Delivered, left at back door. Signature service not requested.', 'DELIVERED'],
    ['On DPD vehicle for delivery', 'OUT_FOR_DELIVERY'],
    ["We missed you. Your driver won't be back today", 'WAITING_FOR_PICKUP'],
    ['Invalid address in delivery scan', 'EXCEPTION'],
    ['Delivery exception, unable to collect payment', 'EXCEPTION'],
    ['Your parcel is at the depot, ready for delivery tomorrow', 'ARRIVED_AT_DESTINATION'],
    ['Package arrived at the facility of the last mile provider', 'ARRIVED_AT_DESTINATION'],
    ['Parcel delivered to Parcel Collection Counter', 'WAITING_FOR_PICKUP'],
    ['Parcel delivered to the parcel collection box', 'WAITING_FOR_PICKUP'],
    ['Delivered to collection box', 'WAITING_FOR_PICKUP'],
    ['Parcel delivered to recipient', 'DELIVERED'],
    ['Parcel dropped off at Parcel Dropoff Counter', 'IN_TRANSIT'],
    ['Departed Parcel Dropoff Box', 'IN_TRANSIT'],
  ]);
});

describe('English signature wordings that never read DELIVERED', () => {
  neverDeliveredEach([
    ['Not signed'],
    ['To be signed'],
    ['Package will be signed by the recipient'],
    ['Awaiting signature'],
    ['Signed? No'],
  ]);
});
