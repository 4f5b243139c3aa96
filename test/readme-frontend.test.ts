import { readFileSync } from 'node:fs';
import { isAbstractType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The `possibleTypes` object of the README's Apollo Client snippet. */
function apolloPossibleTypes(): Record<string, string[]> {
  const start = readme.indexOf('possibleTypes: {');
  const end = readme.indexOf('\n    },', start);
  expect(start).toBeGreaterThan(0);
  const body = readme.slice(start + 'possibleTypes: '.length, end + '\n    }'.length);
  return new Function(`return (${body});`)() as Record<string, string[]>;
}

describe("the README's Apollo Client set-up", () => {
  it('lists the members of every union or interface it names, as the schema has them', () => {
    for (const [name, members] of Object.entries(apolloPossibleTypes())) {
      const type = schema.getType(name);
      expect(type && isAbstractType(type), name).toBe(true);
      if (!type || !isAbstractType(type)) continue;
      const actual = schema.getPossibleTypes(type).map((t) => t.name);
      expect([...members].sort(), name).toEqual(actual.sort());
    }
  });

  it('names the abstract types its own operations spread fragments on (`... on Error`)', () => {
    const names = Object.keys(apolloPossibleTypes());
    for (const needed of ['Error', 'ShipmentLookupResult', 'ShipmentUpdateResult']) {
      expect(names).toContain(needed);
    }
  });
});
