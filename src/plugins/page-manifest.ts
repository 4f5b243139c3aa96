import { createHash } from 'node:crypto';
import { type DocumentNode, print } from '@0no-co/graphql.web';
import { analyticsOperations } from '../pages/analytics-operations.js';
import { helpOperations } from '../pages/help-operations.js';

/** The pages' operations as the server and `npm run pages:manifest` see them: named, printed, hashed. */

export interface PageOperation {
  name: string;
  query: string;
  sha256Hash: string;
}

function describe(doc: DocumentNode): PageOperation {
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
  if (op?.kind !== 'OperationDefinition' || !op.name) {
    throw new Error('Every page operation has a name');
  }
  // The very text the page client sends (it prints with the same printer), so hashes agree.
  const query = print(doc);
  return {
    name: op.name.value,
    query,
    sha256Hash: createHash('sha256').update(query).digest('hex'),
  };
}

/** The operations of each page, by page path. */
export function pageOperations(): Record<'help' | 'analytics', PageOperation[]> {
  return { help: helpOperations.map(describe), analytics: analyticsOperations.map(describe) };
}

/** `{ "<sha256>": "<query>" }`, the format WISMO_PERSISTED_OPERATIONS reads. */
export function persistedManifest(): Record<string, string> {
  return Object.fromEntries(
    Object.values(pageOperations())
      .flat()
      .map((op) => [op.sha256Hash, op.query]),
  );
}
