import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), round 37: the families of the real English notification
// e-mail wordings the round added to the en training split (Amazon, Australia Post, Evri/Hermes UK,
// FedEx, Royal Mail, UPS, USPS and Walmart e-mail subjects and body status lines) and of the
// training misses fixed beside them, with confusable neighbours.

describe('delivered notification e-mails: subjects and body lines naming the retailer, the courier or the place (en)', () => {
  readsEach([
    ['Your Evri parcel from Next has been delivered', 'DELIVERED'],
    ['Evri has successfully delivered your Boots parcel', 'DELIVERED'],
    ['Hermes has delivered your parcel from River Island', 'DELIVERED'],
    ['Your parcel was delivered by your local courier at 14:20', 'DELIVERED'],
    ['Your Royal Mail parcel from Argos has been delivered', 'DELIVERED'],
    ['We delivered your parcel from Currys today, Friday, 4 June 2021.', 'DELIVERED'],
    ['We delivered your item today', 'DELIVERED'],
    ['Your UPS Parcels were delivered', 'DELIVERED'],
    ['Your UPS Parcel was delivered', 'DELIVERED'],
    ['Your shipment was delivered 123456789012', 'DELIVERED'],
    ['Delivered: Your Amazon.ca order #702-1234567-1234567', 'DELIVERED'],
    ["Delivered: 'Anker Charger' and 2 more items", 'DELIVERED'],
    ['Your package has been delivered to the front door', 'DELIVERED'],
    [
      'Your item was delivered to the front desk at 10:12 am on May 3, 2024 in DENVER, CO 80202.',
      'DELIVERED',
    ],
    ['Your item was delivered to an individual at the address', 'DELIVERED'],
    ['Item Delivered, Left with Individual', 'DELIVERED'],
    ['Your DPD parcel has been delivered', 'DELIVERED'],
    ['Your Yodel parcel has been delivered to a safe place', 'DELIVERED'],
  ]);
});

describe('with the local courier, coming or arriving today, out for delivery subjects (en)', () => {
  readsEach([
    ['Your parcel is now with your local Evri courier for delivery', 'OUT_FOR_DELIVERY'],
    ['Your Zara parcel is now with your local Hermes courier for delivery', 'OUT_FOR_DELIVERY'],
    ['Your parcel is with your courier for delivery today', 'OUT_FOR_DELIVERY'],
    ['Your delivery is coming today', 'OUT_FOR_DELIVERY'],
    ['Your parcel is coming today', 'OUT_FOR_DELIVERY'],
    ["It's coming today", 'OUT_FOR_DELIVERY'],
    ['Arriving today by 9 pm', 'OUT_FOR_DELIVERY'],
    ['Now arriving today', 'OUT_FOR_DELIVERY'],
    ['Your package is out for delivery!', 'OUT_FOR_DELIVERY'],
    ["Out for delivery: 'USB-C Cable' and 3 more items", 'OUT_FOR_DELIVERY'],
    ['Your packages are now out for delivery today', 'OUT_FOR_DELIVERY'],
    ['Your shipment is out for delivery today', 'OUT_FOR_DELIVERY'],
    ['Your package with 3 items will be delivered today.', 'OUT_FOR_DELIVERY'],
    ['Your parcel will be delivered today between 10:15 and 11:15', 'OUT_FOR_DELIVERY'],
    ['Update: your package is scheduled for delivery today', 'OUT_FOR_DELIVERY'],
    ['Purolator: your shipment is out for delivery today', 'OUT_FOR_DELIVERY'],
  ]);
});

describe('shipped, dispatched, arriving tomorrow, received from the retailer, on its way (en)', () => {
  readsEach([
    ['Your Amazon.com order #112-1234567-1234567 has shipped', 'IN_TRANSIT'],
    ['Your Amazon.co.uk order of 2 items has been dispatched', 'IN_TRANSIT'],
    ['Your order has been dispatched', 'IN_TRANSIT'],
    ["Shipped: 'Phone Case' and 1 more item", 'IN_TRANSIT'],
    ['Shipped: Now arriving Tuesday, March 4', 'IN_TRANSIT'],
    ['Your package was shipped!', 'IN_TRANSIT'],
    ['Arriving tomorrow by 10 pm', 'IN_TRANSIT'],
    ['Now arriving early on Monday', 'IN_TRANSIT'],
    ["We've received your parcel from ASOS. Delivery is due:", 'IN_TRANSIT'],
    ["We've received your parcel from Marks & Spencer", 'IN_TRANSIT'],
    ['Your Royal Mail parcel from Boots is on its way', 'IN_TRANSIT'],
    ['Your shipment is on the way', 'IN_TRANSIT'],
    ['Purolator: your shipment has been picked up', 'IN_TRANSIT'],
  ]);
});

describe('a package to pick up, ready for pickup at a hub, locker or counter (en)', () => {
  readsEach([
    ['You have a package to pick up at the Amazon Hub Locker - Elm', 'WAITING_FOR_PICKUP'],
    ['You have 3 packages to pick up at the front desk', 'WAITING_FOR_PICKUP'],
    ['You have a parcel to pick up at the Post Office', 'WAITING_FOR_PICKUP'],
    ['Your package is ready for pickup from Amazon Hub Counter', 'WAITING_FOR_PICKUP'],
    ['Your parcel is ready to collect from the ParcelShop', 'WAITING_FOR_PICKUP'],
    ['We have a package to pick up from you', 'UNKNOWN'],
  ]);
});

describe('delivery exceptions and late-running parcels (en)', () => {
  readsEach([
    ['Your package has a delivery exception', 'EXCEPTION'],
    [
      'Your package has a delivery exception. We apologize that it may arrive later than expected.',
      'EXCEPTION',
    ],
    ['USPS Delivery Exception', 'EXCEPTION'],
    ['Your package is on the way but running late', 'EXCEPTION'],
    ["Your package is running late. We're sorry for the delay.", 'EXCEPTION'],
    ['Your delivery is delayed', 'EXCEPTION'],
  ]);
});

describe('planned, failed, denied or missed deliveries and returns are never a delivery (en)', () => {
  neverDeliveredEach([
    ['Your parcel will be delivered today'],
    ['Your package will be delivered tomorrow'],
    ['Your Evri parcel could not be delivered today'],
    ["We couldn't deliver your parcel today"],
    ['Your package has not been delivered yet'],
    ['Your parcel has not yet been delivered'],
    ['Delivery is due today'],
    ['Your delivery is coming today'],
    ['Expected Delivery on Friday'],
    ['Your package is scheduled for delivery today'],
    ['Your item will be delivered to the front door'],
    ["We'll deliver your parcel today between 10:00 and 12:00"],
    ["If nobody's home, we'll leave it in a safe place"],
    ['We tried to deliver your parcel today'],
    ['Sorry we missed you'],
    ['You have a package to pick up at the Apartment Hub'],
    ['Your order was not delivered'],
    ['Your package was not delivered due to an address problem'],
    ['Delivered: No'],
    ['Your return has been delivered to the sender'],
  ]);
});

describe('held for some days, organise collection, held before a return: waiting for pickup (en)', () => {
  readsEach([
    ['Your parcel will be held for 7 working days', 'WAITING_FOR_PICKUP'],
    ['Your item will be held for 10 days at the Post Office', 'WAITING_FOR_PICKUP'],
    ['Your package will be held for 3 business days. Please bring photo ID.', 'WAITING_FOR_PICKUP'],
    ['Please organise collection within 5 days', 'WAITING_FOR_PICKUP'],
    ['Sorry we missed you. Please organise collection from your local depot', 'WAITING_FOR_PICKUP'],
    ['Please organize collection at your convenience', 'WAITING_FOR_PICKUP'],
    ['Your package will be held for 3 days before it is returned to sender', 'WAITING_FOR_PICKUP'],
    [
      'Your item will be held for 14 days before it gets returned to the sender',
      'WAITING_FOR_PICKUP',
    ],
    ['We attempted to deliver your parcel today, sorry we missed you.', 'WAITING_FOR_PICKUP'],
    ['The parcel was held for 7 days and has been returned to sender', 'RETURNED_TO_SENDER'],
  ]);
  neverDeliveredEach([
    ['Your parcel will be held for 5 business days'],
    ['Please organise collection of your parcel'],
    ['Your order will be held for 3 days before shipping'],
    ['Your shipment will be held for 2 days at the origin facility due to weather'],
  ]);
});
