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
 * Beginnings and all their prefixes, keyed by full 32-bit hash in an open-addressing table.
 * A prefix entry lets the scan continue; a beginning entry carries the regex bits. Keeping
 * the full hash (not a bucket index) makes false alarms practically impossible.
 */
export class HashedTrie {
  private keys = new Uint32Array(0);
  private bits = new Uint32Array(0);
  private mask = 0;
  private shift = 32;
  private readonly pending = new Map<string, number>();
  /** Characters some literal starts with: most positions are rejected by one array read. */
  private readonly starts = new Uint8Array(0x10000);

  add(gram: string, bit: number): void {
    for (let k = 1; k < gram.length; k++) {
      const prefix = gram.slice(0, k);
      this.pending.set(prefix, this.pending.get(prefix) ?? 0);
    }
    this.pending.set(gram, (this.pending.get(gram) ?? 0) | bit);
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
    this.bits = new Uint32Array(size);
    this.mask = size - 1;
    for (const [gram, bits] of this.pending) {
      let h = SEED;
      for (let k = 0; k < gram.length; k++) h = step(h, gram.charCodeAt(k));
      const slot = this.slot(h);
      this.keys[slot] = key(h);
      this.bits[slot]! |= bits;
    }
  }

  /** Slot holding `h`, or the empty slot where it would go. */
  private slot(h: number): number {
    const k = key(h);
    // The high bits of a multiplicative hash are the well-mixed ones.
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & this.mask;
    return i;
  }

  /** Builds the table if literals were added since; scan and starts need it ready. */
  prepare(): void {
    if (this.keys.length === 0 && this.pending.size > 0) this.build();
  }

  /** Whether some literal starts with this UTF-16 unit: most positions stop here. */
  startsWith(code: number): boolean {
    return this.starts[code] !== 0;
  }

  /** ORs the bits of every beginning that starts at `at`; stops at the first unknown prefix. */
  scan(text: string, at: number, maxLength: number): number {
    this.prepare();
    if (this.keys.length === 0) return 0;
    if (this.starts[text.charCodeAt(at)] === 0) return 0;
    return this.scanFrom(text, at, maxLength);
  }

  /** scan without the checks: the table is prepared and a literal starts with text[at]. */
  scanFrom(text: string, at: number, maxLength: number): number {
    let out = 0;
    let h = SEED;
    const end = Math.min(text.length, at + maxLength);
    for (let i = at; i < end; i++) {
      h = step(h, text.charCodeAt(i));
      const slot = this.slot(h);
      if (this.keys[slot] === 0) break;
      out |= this.bits[slot]!;
    }
    return out;
  }
}

/** 0 marks an empty slot, so a hash of 0 is stored as 1 (a collision at worst). */
function key(h: number): number {
  return h >>> 0 || 1;
}
