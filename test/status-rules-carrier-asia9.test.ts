import { describe } from 'vitest';
import { neverDeliveredEach, readsEach } from './support/normalizer.js';

// Hand-written round-9 probes (not corpus rows) for the asia9 group: J&T Indonesia's pickup scan
// "Paket telah diterima oleh <branch>" names the receiving branch (drop point, DC, TC or gateway code),
// not the recipient; the bare "Paket telah diterima" and a named recipient stay DELIVERED. A lone
// word after "oleh" may be a branch ("KEBAYORAN") or a one-word name ("Andi"): never DELIVERED,
// and not movement either.

describe('Indonesian probes (asia9): J&T Express branch receipt scans', () => {
  readsEach([
    ['Paket telah diterima oleh DC_BEKASI_TIMUR', 'IN_TRANSIT'],
    ['Paket telah diterima oleh TC_CAKUNG', 'IN_TRANSIT'],
    ['Paket telah diterima oleh SMG_GATEWAY', 'IN_TRANSIT'],
    ['PAKET TELAH DITERIMA OLEH DC_SURABAYA', 'IN_TRANSIT'],
    ['Paket telah diterima', 'DELIVERED'],
    ['Paket telah diterima oleh Siti Aminah', 'DELIVERED'],
    ['PAKET DITERIMA OLEH [RUDI - (YBS) YANG BERSANGKUTAN]', 'DELIVERED'],
  ]);
  neverDeliveredEach([
    ['Paket telah diterima oleh KEBAYORAN'],
    ['Paket telah diterima oleh GRESIK'],
    ['Paket telah diterima oleh DC_MEDAN_KOTA'],
    ['Paket telah diterima oleh Andi'],
  ]);
});
