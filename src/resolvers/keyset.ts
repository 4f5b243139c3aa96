import { type Column, type SQL, sql } from 'drizzle-orm';

/**
 * Rows strictly past a keyset cursor, as one row comparison `(a, b) > (x, y)` (or `<` going
 * down) that PostgreSQL answers from an index on (a, b). Values are bound through their
 * columns, so dates keep the column's encoding.
 */
export function pastCursor(
  columns: readonly [Column, Column],
  values: readonly [unknown, unknown],
  direction: 'up' | 'down',
): SQL {
  const [a, b] = columns;
  const op = direction === 'up' ? sql`>` : sql`<`;
  return sql`(${a}, ${b}) ${op} (${sql.param(values[0], a)}, ${sql.param(values[1], b)})`;
}
