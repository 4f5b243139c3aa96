import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Round 9 probes (not corpus rows): the families of the new training rows' misses
// (Delhivery instruction fragments), written as carriers word them.

describe('English probes, round 9 (en9)', () => {
  readsEach([
    ['package found in audit', 'IN_TRANSIT'],
    ['Package Found In Audit', 'IN_TRANSIT'],
    ['Shipment found during audit at hub', 'IN_TRANSIT'],
    ['Pending - Package found in audit', 'IN_TRANSIT'],
    ['package missing in audit', 'EXCEPTION'],
    ['agent remark incorrect', 'UNKNOWN'],
    ['Agent Remark Verified', 'UNKNOWN'],
    ['Pending - Agent remark incorrect', 'UNKNOWN'],
    ['Agent remark updated', 'UNKNOWN'],
    ['consignee to collect from branch', 'WAITING_FOR_PICKUP'],
    ['dispatched for rto', 'RETURNED_TO_SENDER'],
  ]);

  neverDeliveredEach([
    ['package found in audit'],
    ['agent remark verified'],
    ['Agent remark incorrect - delivery not attempted'],
  ]);
});
