import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), session of 2026-12-07 11:23 UTC. Entries that offered
// a closed-up spelling as the second word's alternative ("safe place/safeplace" reads "safe
// safeplace") never read that spelling; each is now two phrases, and loading refuses the form
// (test/status-rules.test.ts). "No return" in Arabic written as one word (لايوجد) read as a return.
// A missort being rerouted reads IN_TRANSIT, as "Forwarded - Mis-sort" does in the training split.
describe('closed-up spellings offered as alternatives, now phrases of their own', () => {
  readsEach([
    ['Parcel left in safeplace', 'DELIVERED'],
    ['Parcel left in safe place', 'DELIVERED'],
    ['Delivered to safeplace', 'DELIVERED'],
    ['No safeplace', 'EXCEPTION'],
    ['No safe place', 'EXCEPTION'],
    ['Scheduled for dropoff', 'INFO_RECEIVED'],
    ['Scheduled for drop off', 'INFO_RECEIVED'],
    ['Enroute to delivery address', 'OUT_FOR_DELIVERY'],
    ['En route to delivery address', 'OUT_FOR_DELIVERY'],
    ['Your package was missorted and is being rerouted', 'IN_TRANSIT'],
    ['Mis sorted, redirected', 'IN_TRANSIT'],
    ['Missort', 'EXCEPTION'],
    ['لايوجد مرتجع', 'UNKNOWN'],
    ['لا يوجد مرتجع', 'UNKNOWN'],
    ['직접 전달완료', 'DELIVERED'],
    ['직접 전달 완료', 'DELIVERED'],
    ['Uloženo do schránky zbox', 'WAITING_FOR_PICKUP'],
  ]);
});
