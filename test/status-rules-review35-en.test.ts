import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

/**
 * Round 35 review of the oldest English phrases (rounds 1-17), broadest entries first: true events that
 * carry a phrase's words in another sense. Royal Mail's "Signed For" is a product as well as a signature:
 * "Your Signed For item is ready to collect" and "Royal Mail Signed For" beside an acceptance are not
 * deliveries. A post office the courier picked a parcel up from is the sender's side, not the recipient's
 * collection. A parcel that "has moved" to the next depot, or a shipment "shifted" to another vehicle, is
 * not an addressee who moved away. A `~` gap reached too far in four places: "on its way to you from the
 * sender" is not a return, "Returned to sender - scanned at the hub" is not a parcel returned to a hub,
 * "Customer not at home. Collected by the customer from the depot" is not a collection denied, and
 * "Driver not arriving today" or "Rider unavailable for delivery" is not a courier on the way. "If you
 * have any questions" after a return does not make the return conditional; a town (WEATHERFORD) is not
 * the weather; "we will try again later" is a carrier's promise, not the tracking system's error; a
 * sorting machine is not a parcel machine; and a "problem in delivery" is not a parcel in delivery.
 */
describe('en review 35: Royal Mail "Signed For" is a product, not a signature', () => {
  readsEach([
    ['Your Signed For item is ready to collect from the delivery office', 'WAITING_FOR_PICKUP'],
    ['Signed For 1st Class - item received at mail centre', 'IN_TRANSIT'],
    ['Item accepted at Post Office - Royal Mail Signed For', 'IN_TRANSIT'],
    ['Royal Mail Signed For item out for delivery', 'OUT_FOR_DELIVERY'],
    ['Signed For item - we tried to deliver but nobody was in', 'WAITING_FOR_PICKUP'],
    ['Parcel signed for by J SMITH', 'DELIVERED'],
    ['Delivered and signed for at reception', 'DELIVERED'],
    ['Not signed for', 'EXCEPTION'],
  ]);
  neverDeliveredEach([['Your Signed For parcel is on its way']]);
});

describe('en review 35: a post office the courier picked the parcel up from', () => {
  readsEach([
    ['Picked up from the post office by courier', 'IN_TRANSIT'],
    ['Picked up from post office by the driver', 'IN_TRANSIT'],
    ['Picked up from the post office by the recipient', 'DELIVERED'],
    ['Collected at the parcel shop by the customer', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Parcel collected at the post office by the courier'],
    ['Item collected from the Post Office by the courier'],
  ]);
});

describe('en review 35: a parcel that moved or shifted is not an addressee who moved', () => {
  readsEach([
    ['Your parcel has moved to the next depot', 'UNKNOWN'],
    ['Your item has moved to our national hub', 'UNKNOWN'],
    ['The addressee has moved', 'EXCEPTION'],
    ['Recipient has moved, no forwarding address', 'EXCEPTION'],
    ['The customer has moved away', 'EXCEPTION'],
    ['Shifted to the delivery hub', 'UNKNOWN'],
    ['Shipment shifted to another vehicle', 'UNKNOWN'],
    ['Consignee shifted, no forwarding address', 'EXCEPTION'],
    ['Customer has shifted', 'EXCEPTION'],
  ]);
});

describe('en review 35: returns, a gap that reached the sender and a question that is no condition', () => {
  readsEach([
    ['Your parcel is on its way to you from the sender', 'IN_TRANSIT'],
    ['Your parcel is on its way to our hub from the sender', 'IN_TRANSIT'],
    ['On its way back to the original sender', 'RETURNED_TO_SENDER'],
    ['Returned to sender - scanned at the hub', 'RETURNED_TO_SENDER'],
    ['Item being returned to sender, processed at the origin depot', 'RETURNED_TO_SENDER'],
    ['Returned to our delivery depot, redelivery tomorrow', 'EXCEPTION'],
    ['Returned to the local depot', 'UNKNOWN'],
    [
      'Returned to sender. If you have any questions, please contact the sender',
      'RETURNED_TO_SENDER',
    ],
    ['Returned to sender - addressee gone away. If you need help contact us', 'RETURNED_TO_SENDER'],
    ['Item will be returned to sender if not collected', 'WAITING_FOR_PICKUP'],
  ]);
});

describe('en review 35: a town, a promise to try again, a sorting machine, a problem in delivery', () => {
  readsEach([
    ['Departed USPS Facility WEATHERFORD TX', 'IN_TRANSIT'],
    ['Delayed due to bad weather', 'EXCEPTION'],
    ['Weather delay', 'EXCEPTION'],
    ['Attempted delivery - we will try again later', 'WAITING_FOR_PICKUP'],
    ["We missed you, we'll try again later", 'WAITING_FOR_PICKUP'],
    ['Try again later', 'UNKNOWN'],
    ['Item sorted in the sorting machine', 'IN_TRANSIT'],
    ['Parcel placed into the sorting machine', 'IN_TRANSIT'],
    ['Your parcel is in a parcel machine', 'WAITING_FOR_PICKUP'],
    ['Problem in delivery, please contact us', 'EXCEPTION'],
    ['Issue in delivery', 'EXCEPTION'],
    ['Parcel in delivery', 'OUT_FOR_DELIVERY'],
  ]);
});

describe('en review 35: a gap that reached over "not at home" or "not arriving"', () => {
  readsEach([
    ['Customer not at home. Collected by the customer from the depot', 'DELIVERED'],
    ['Not home, collected from the locker by recipient later', 'DELIVERED'],
    ['Parcel was not collected by the customer', 'EXCEPTION'],
    ['The parcel has not been picked up by the recipient', 'EXCEPTION'],
    ['Item not yet collected from the parcel locker', 'WAITING_FOR_PICKUP'],
    ['Not collected at the service point by the recipient, return to sender', 'RETURNED_TO_SENDER'],
    ['Driver not arriving today, delivery rescheduled', 'EXCEPTION'],
    ['Rider unavailable for delivery, rescheduled', 'EXCEPTION'],
    ['Your driver is now arriving', 'OUT_FOR_DELIVERY'],
    ['Driver arriving in 10 minutes', 'OUT_FOR_DELIVERY'],
    ['Handed to courier for delivery', 'OUT_FOR_DELIVERY'],
    ['With the driver for delivery', 'OUT_FOR_DELIVERY'],
  ]);
});
