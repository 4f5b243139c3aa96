/**
 * Literal strings and all their prefixes, hashed, for the regex pre-filter: scanning from a
 * position extends one FNV-1a hash a character at a time and stops at the first prefix that
 * no literal has, so most positions cost one or two probes of a flat typed array.
 */

/** FNV-1a step: the hash of a beginning is built one character at a time while scanning. */
function step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

const SEED = 0x811c9dc5;

/**
 * Where a scan reports what it finds: each id once per reading (`stamp` holds the reading's
 * number where an id was seen), in the order found.
 */
export class IdCollector {
  readonly found: number[] = [];
  private stamp = new Int32Array(0);
  private reading = 0;

  /** Forgets what the last reading found. */
  reset(): void {
    this.found.length = 0;
    if (++this.reading > 1 << 30) {
      this.reading = 1;
      this.stamp.fill(0);
    }
  }

  add(id: number): void {
    if (id >= this.stamp.length) {
      const grown = new Int32Array(Math.max(64, 2 * (id + 1)));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    if (this.stamp[id] === this.reading) return;
    this.stamp[id] = this.reading;
    this.found.push(id);
  }
}

/**
 * Beginnings and all their prefixes, keyed by full 32-bit hash in an open-addressing table.
 * A prefix slot lets the scan continue; a beginning's slot lists the ids of the regexes it
 * wakes. Keeping the full hash (not a bucket index) makes false alarms practically impossible.
 */
export class HashedTrie {
  private keys = new Uint32Array(0);
  /** Per slot, its ids as a range of `ids`: [from[slot], to[slot]). */
  private from = new Int32Array(0);
  private to = new Int32Array(0);
  private ids = new Int32Array(0);
  private mask = 0;
  private shift = 32;
  private readonly pending = new Map<string, number[]>();
  /** Characters some literal starts with: most positions are rejected by one array read. */
  private readonly starts = new Uint8Array(0x10000);

  add(gram: string, id: number): void {
    for (let k = 1; k < gram.length; k++) {
      const prefix = gram.slice(0, k);
      if (!this.pending.has(prefix)) this.pending.set(prefix, []);
    }
    const list = this.pending.get(gram);
    if (!list) this.pending.set(gram, [id]);
    else if (!list.includes(id)) list.push(id);
    this.starts[gram.charCodeAt(0)] = 1;
    this.keys = new Uint32Array(0);
  }

  private build(): void {
    let size = 16;
    this.shift = 28;
    // At most a quarter full, so a miss usually ends at the first empty slot.
    while (size < this.pending.size * 4) {
      size *= 2;
      this.shift--;
    }
    this.keys = new Uint32Array(size);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    this.mask = size - 1;
    // A hash collision puts two grams in one slot: their lists are merged (an extra regex run).
    const bySlot = new Map<number, number[]>();
    for (const [gram, list] of this.pending) {
      let h = SEED;
      for (let k = 0; k < gram.length; k++) h = step(h, gram.charCodeAt(k));
      const slot = this.slot(h);
      this.keys[slot] = key(h);
      const merged = bySlot.get(slot);
      if (!merged) bySlot.set(slot, [...list]);
      else for (const id of list) if (!merged.includes(id)) merged.push(id);
    }
    const flat: number[] = [];
    for (const [slot, list] of bySlot) {
      this.from[slot] = flat.length;
      flat.push(...list);
      this.to[slot] = flat.length;
    }
    this.ids = Int32Array.from(flat);
  }

  /** Slot holding `h`, or the empty slot where it would go. */
  private slot(h: number): number {
    const k = key(h);
    // The high bits of a multiplicative hash are the well-mixed ones.
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & this.mask;
    return i;
  }

  /** Builds the table if literals were added since; scanFrom needs it ready. */
  prepare(): void {
    if (this.keys.length === 0 && this.pending.size > 0) this.build();
  }

  /** Whether some literal starts with this UTF-16 unit: most positions stop here. */
  startsWith(code: number): boolean {
    return this.starts[code] !== 0;
  }

  /**
   * Adds to `out` the ids of every beginning that starts at `at`; stops at the first unknown
   * prefix. The table is prepared and a literal starts with text[at].
   */
  scanFrom(text: string, at: number, maxLength: number, out: IdCollector): void {
    let h = SEED;
    const end = Math.min(text.length, at + maxLength);
    for (let i = at; i < end; i++) {
      h = step(h, text.charCodeAt(i));
      const slot = this.slot(h);
      if (this.keys[slot] === 0) break;
      for (let k = this.from[slot]!, to = this.to[slot]!; k < to; k++) out.add(this.ids[k]!);
    }
  }
}

/** 0 marks an empty slot, so a hash of 0 is stored as 1 (a collision at worst). */
function key(h: number): number {
  return h >>> 0 || 1;
}
