/**
 * Short strings (character n-grams) mapped to values, looked up by position in a text without
 * cutting the n-gram out of it: the classifier looks up every 3-5-gram of a message, and a
 * substring per lookup was most of its cost. Lookups are exact: a hash match is confirmed by
 * comparing the characters.
 */

function hashAt(text: string, at: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class GramTable<T> {
  private readonly hashes: Uint32Array;
  /** Index + 1 into grams/values; 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly grams: string[] = [];
  private readonly values: T[] = [];
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [string, T]>) {
    const list = [...entries];
    let size = 16;
    let shift = 28;
    // At most half full, so a miss usually ends within a probe or two.
    while (size < list.length * 2) {
      size *= 2;
      shift--;
    }
    this.hashes = new Uint32Array(size);
    this.slots = new Int32Array(size);
    this.shift = shift;
    this.mask = size - 1;
    for (const [gram, value] of list) {
      if (this.get(gram, 0, gram.length) !== undefined) continue;
      const h = hashAt(gram, 0, gram.length);
      let i = this.home(h);
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.hashes[i] = h;
      this.grams.push(gram);
      this.values.push(value);
      this.slots[i] = this.grams.length;
    }
  }

  get size(): number {
    return this.grams.length;
  }

  private home(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** The value of text.slice(at, at + length), or undefined. */
  get(text: string, at: number, length: number): T | undefined {
    const h = hashAt(text, at, length);
    for (let i = this.home(h); this.slots[i] !== 0; i = (i + 1) & this.mask) {
      if (this.hashes[i] !== h) continue;
      const id = this.slots[i]! - 1;
      const gram = this.grams[id]!;
      if (gram.length === length && text.startsWith(gram, at)) return this.values[id];
    }
    return undefined;
  }
}
