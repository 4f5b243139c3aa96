/** What a use case sees of Relay arguments: decoded keyset positions and a row limit. */
export interface PageRequest<K> {
  after: K | null;
  before: K | null;
  /** Rows to fetch, already including the one extra that tells whether another page exists. */
  limit: number;
  /** True for `last/before`: fetch in reverse order, the connection helper flips it back. */
  inverted: boolean;
}
