import { assertValidSchema } from 'graphql';
import { builder } from './builder.js';
import { describeSchema } from './describe.js';
import { DESCRIPTIONS } from './descriptions.js';
import './errors.js';
import './statuses.js';
import './faq.js';
import './normalizer.js';
import './api-keys.js';
import './shipments.js';
import './delivery-stats.js';
import './ingestion.js';
import './feedback.js';
import './analytics.js';
import './aliases.js';
import './faq-editor.js';
import './unmatched.js';
import './handoffs.js';
import './message-mix.js';

/**
 * Sorted so the printed contract diffs cleanly whatever order the files register types in:
 * Pothos' toSchema sorts by default (sortSchema), so it is not sorted a second time here (each
 * lexicographicSortSchema rebuilds every type, ~30 ms of a cold start).
 */
export const schema = describeSchema(builder.toSchema({ sortSchema: true }), DESCRIPTIONS);

// Fail at startup, not on the first request, when the schema is invalid.
assertValidSchema(schema);
