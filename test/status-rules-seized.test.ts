import { describe } from 'vitest';
import { readsEach } from './support/normalizer.js';

// Hand-written probes (not corpus rows), session of 2026-12-07 11:23 UTC: a parcel seized or
// confiscated by customs has ended its journey (content/rules/README.md: a seizure is
// `refused`), in every language; Japanese 差し押さえ read HELD_BY_CUSTOMS while 没収 read
// EXCEPTION. Held or detained by customs is still customs holding the parcel.
describe('seized by customs is an exception, held by customs is not', () => {
  readsEach([
    ['Seized by customs', 'EXCEPTION'],
    ['Vom Zoll beschlagnahmt', 'EXCEPTION'],
    ['Saisi par la douane', 'EXCEPTION'],
    ['Incautado por aduana', 'EXCEPTION'],
    ['Sequestrato dalla dogana', 'EXCEPTION'],
    ['Apreendido pela alfândega', 'EXCEPTION'],
    ['Конфисковано таможней', 'EXCEPTION'],
    ['被海关没收', 'EXCEPTION'],
    ['税関で没収', 'EXCEPTION'],
    ['税関で差し押さえられました', 'EXCEPTION'],
    ['荷物が押収されました', 'EXCEPTION'],
    ['세관 압수', 'EXCEPTION'],
    ['Gümrükte el konuldu', 'EXCEPTION'],
    ['税関で保留中', 'HELD_BY_CUSTOMS'],
    ['被海关扣押', 'HELD_BY_CUSTOMS'],
    ['Held by customs', 'HELD_BY_CUSTOMS'],
  ]);
});
