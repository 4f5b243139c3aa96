import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 29 (English): the families the round's rule
// batches added from training misses — bare pickup scans of Indian and SEA couriers, pickups
// still pending or failed before the carrier has the parcel, registered shipment data, held
// shipments, a parcel that left a country, hand-overs to partner facilities, hold for
// collection and notes on the door, "with courier", arrivals at a local facility or inbound
// station — beside the neighbouring wordings they must leave alone.

describe('English probes (round 29)', () => {
  readsEach([
    ['Shipment Picked', 'IN_TRANSIT'],
    ['Shipment - Rider Picked', 'IN_TRANSIT'],
    ['Partial pickup', 'IN_TRANSIT'],
    ['Origin pickup completed', 'IN_TRANSIT'],
    ['Pending Pickup', 'INFO_RECEIVED'],
    ['Pending pickup, shipper drop-off', 'INFO_RECEIVED'],
    ['The courier failed to pick up the parcel.', 'INFO_RECEIVED'],
    ['Pending shipment by the seller', 'INFO_RECEIVED'],
    ['Pending handover to courier', 'INFO_RECEIVED'],
    ['Shipment information registered', 'INFO_RECEIVED'],
    ['Order integrated into the courier system', 'INFO_RECEIVED'],
    ['Parcel prepared by the sender', 'INFO_RECEIVED'],
    ['The shipment has not yet been handed over to the carrier', 'INFO_RECEIVED'],
    ['Consignment is being held', 'EXCEPTION'],
    ['Held in warehouse pending instructions', 'EXCEPTION'],
    ['Futile delivery', 'EXCEPTION'],
    ['QC failed at pickup', 'EXCEPTION'],
    ['Shipment left Germany', 'IN_TRANSIT'],
    ['Handed to partner facility', 'IN_TRANSIT'],
    ['Parcel sent to the regional hub', 'IN_TRANSIT'],
    ['Assigned to a transport container', 'IN_TRANSIT'],
    ['Confirm uplift', 'IN_TRANSIT'],
    ['On hand at origin', 'IN_TRANSIT'],
    ['Hold for collection', 'WAITING_FOR_PICKUP'],
    ['Note left on the door', 'WAITING_FOR_PICKUP'],
    [
      'The package is being held at the selected location for 5 business days.',
      'WAITING_FOR_PICKUP',
    ],
    ['With courier', 'OUT_FOR_DELIVERY'],
    ['With Ninja delivery courier', 'OUT_FOR_DELIVERY'],
    ['Currently delivering', 'OUT_FOR_DELIVERY'],
    ['At the local courier facility', 'ARRIVED_AT_DESTINATION'],
    ['Received at inbound station', 'ARRIVED_AT_DESTINATION'],
    ['On hand at destination', 'ARRIVED_AT_DESTINATION'],
    ['Customs entry filed', 'HELD_BY_CUSTOMS'],
    ['Shipment is being held by customs', 'HELD_BY_CUSTOMS'],
    ['Parcel is being held at the post office for collection', 'WAITING_FOR_PICKUP'],
    ['Parcel picked up by the recipient', 'DELIVERED'],
    ['Departed from local facility', 'IN_TRANSIT'],
    ['Shipment pickup scheduled', 'INFO_RECEIVED'],
  ]);
  neverDeliveredEach([
    ['Delivered to agent for final delivery'],
    ['Delivered to partner facility'],
    ['Pending pickup by the courier'],
    ['With courier'],
  ]);
});
