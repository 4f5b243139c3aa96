import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 34 review of rounds 18-25's English phrases: true events that carry a phrase's words in another
 * sense. A customer or recipient "left" before a place ("Delivered to customer, left at front door") is
 * where the parcel was left, not an addressee who moved away; "Delivered - no signature, customer unable
 * to sign" is a delivery, not "Delivered: No - unable"; a neighbour who refused the parcel before it went
 * to a safe place does not deny that delivery; "Authority to leave: No" and "Age check: no" are fields
 * answered after a delivery, as are "duties and taxes pending" and "claim pending"; "not yet" ends a
 * customs field, not only a delivery one. A card or slip "pushed through the door" is a notice, never a
 * delivery. An "office" the recipient uses (a site, school or leasing office) is not a post office;
 * "the address supplied is incomplete" is the problem, not its fix, and neither is an address not
 * provided; a parcel "located at" a depot is where it is, not a lost parcel found. A driver's "message"
 * or the delivery office that delivered it is not a message or a delivery office delivered; a "return
 * parcel label" is a label, not a return; a customer's collection completed is not a courier's pickup;
 * "US" is a country, not "us"; a shipment assembled at a hub is moving.
 */
describe('en review 34: a recipient "left" before a place is where the parcel was left', () => {
  readsEach([
    ['Delivered to customer, left at front door', 'DELIVERED'],
    ['Delivered to recipient, left in porch', 'DELIVERED'],
    ['Delivered to customer - left in safe place', 'DELIVERED'],
    ['Delivered to addressee, left with reception', 'DELIVERED'],
    ['Delivered to customer, left parcel in the porch', 'DELIVERED'],
  ]);
});

describe('en review 34: "no signature" and a refusing neighbour do not deny the delivery', () => {
  readsEach([
    ['Delivered - no signature, customer unable to sign', 'DELIVERED'],
    ['Delivered, no signature - recipient unable to sign due to COVID', 'DELIVERED'],
    ['Neighbour refused the parcel, left in safe place as instructed', 'DELIVERED'],
    ['Neighbour refused, left in safe place', 'DELIVERED'],
    ['Neighbour refused the parcel', 'EXCEPTION'],
  ]);
});

describe('en review 34: a field answered after a delivery', () => {
  readsEach([
    ['Delivered. Authority to leave: No', 'DELIVERED'],
    ['Delivered. Age check: no', 'DELIVERED'],
    ['Delivered. Age verification: no', 'DELIVERED'],
    ['Delivered, duties and taxes pending', 'DELIVERED'],
    ['Delivered. Damage claim pending', 'DELIVERED'],
    ['Customs clearance: not yet', 'HELD_BY_CUSTOMS'],
    ['Arrived at destination, customs clearance not yet', 'HELD_BY_CUSTOMS'],
  ]);
});

describe('en review 34: a card or slip pushed through the door is a notice', () => {
  readsEach([
    ['Card pushed through your door', 'WAITING_FOR_PICKUP'],
    ['Calling card pushed through the letterbox', 'WAITING_FOR_PICKUP'],
    ['Sorry we missed you card pushed through the door', 'WAITING_FOR_PICKUP'],
    ['Delivery slip pushed through the letterbox', 'WAITING_FOR_PICKUP'],
    ['Parcel pushed through your letterbox', 'DELIVERED'],
  ]);
});

describe("en review 34: an office of the recipient's building is not a post office", () => {
  readsEach([
    ['Delivered to leasing office for pickup', 'DELIVERED'],
    ['Delivered to the site office for collection by the recipient', 'DELIVERED'],
    ['Delivered to front office for collection', 'DELIVERED'],
    ['Delivered to the school office for collection', 'DELIVERED'],
    ['Delivered to the local Post Office for pickup', 'WAITING_FOR_PICKUP'],
    ['Delivered to the delivery office for collection', 'WAITING_FOR_PICKUP'],
    ['Left at the local post office for collection', 'WAITING_FOR_PICKUP'],
    ['Left at the nearest depot for collection', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('en review 34: the address supplied is the problem, a parcel located at a depot is where it is', () => {
  readsEach([
    ['The address supplied is incomplete', 'EXCEPTION'],
    ['The address supplied is incorrect', 'EXCEPTION'],
    ['Address supplied is insufficient for delivery', 'EXCEPTION'],
    ['New address supplied by the recipient', 'IN_TRANSIT'],
    ['Sender has not provided a complete address', 'UNKNOWN'],
    ['Parcel located at depot - address incorrect, please contact us', 'EXCEPTION'],
    ['Missing parcel located', 'IN_TRANSIT'],
  ]);
});

describe("en review 34: a driver's message, the office that delivered, a return label, a customer's collection", () => {
  readsEach([
    ['Driver message: delivered to front porch', 'DELIVERED'],
    ['Courier message: delivered to reception', 'DELIVERED'],
    ['Delivered to the recipient from the delivery office', 'DELIVERED'],
    ['Delivered to the address by the delivery office', 'DELIVERED'],
    ['Return parcel label created', 'INFO_RECEIVED'],
    ['Delivered to customer. Return parcel label included', 'DELIVERED'],
    ['Customer collection completed at the Post Office', 'UNKNOWN'],
    ['Delivered to US address', 'DELIVERED'],
    ['Shipment being assembled at the origin hub', 'IN_TRANSIT'],
  ]);
  neverDeliveredEach([['Recipient collection completed'], ['Text message delivered to recipient']]);
});
