import { assertValidSchema, lexicographicSortSchema } from 'graphql';
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

/** Sorted so the printed contract diffs cleanly whatever order the files register types in. */
export const schema = describeSchema(lexicographicSortSchema(builder.toSchema()), DESCRIPTIONS);

// Fail at startup, not on the first request, when the schema is invalid.
assertValidSchema(schema);
