import type { FaqQuestionRow } from '../infra/knowledge-store.js';
import { loadQuestionsBySlugs } from '../infra/loaders.js';
import * as faq from '../resolvers/faq.js';
import { viewStatus } from '../resolvers/statuses.js';
import { builder, KNOWLEDGE_TTL_MS } from './builder.js';
import { localeArg } from './locale-arg.js';
import { isInt, resolveKeysetConnection } from './pagination.js';
import { TrackingStatusDefinition } from './statuses.js';

export const FaqQuestion = builder.objectRef<FaqQuestionRow>('FaqQuestion');

builder.node(FaqQuestion, {
  description: 'A help-center question and its answer in one language.',
  id: { resolve: (q) => q.id },
  loadOne: (id, ctx) => ctx.loaders.questionById.load(Number(id)),
  fields: (t) => ({
    slug: t.exposeString('slug'),
    locale: t.exposeString('locale', {
      description: 'The language served; "en" when the requested language has no content.',
    }),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    position: t.exposeInt('position', { description: 'Order on the help-center page.' }),
    revision: t.exposeInt('revision', { description: 'Increases with every content change.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    relatedStatuses: t.field({
      type: [TrackingStatusDefinition],
      resolve: (q, _args, ctx) =>
        (ctx.knowledge.current.statusesBySlug.get(q.slug) ?? []).map((code) =>
          viewStatus(ctx, code, q.locale),
        ),
    }),
  }),
});

// Declared here rather than in statuses.ts, so that statuses.ts need not import this file and
// the two do not import each other: the relation is one field on each side.
builder.objectField(TrackingStatusDefinition, 'relatedQuestions', (t) =>
  t.field({
    type: [FaqQuestion],
    resolve: (s, _args, ctx) => loadQuestionsBySlugs(ctx, s.locale, s.record.questionSlugs),
  }),
);

const FaqSearchHit = builder.simpleObject('FaqSearchHit', {
  fields: (t) => ({
    question: t.field({ type: FaqQuestion }),
    score: t.float({
      description:
        'Relevance from 0 to 1 (BM25 over title and answer, squashed); compare it within one search. Exact words count more than synonyms, longer forms and typo corrections.',
    }),
    snippet: t.string({
      description:
        'HTML-escaped excerpt of the answer with the matched words (only those) wrapped in <mark>.',
    }),
  }),
});

builder.queryFields((t) => ({
  faqQuestions: t.connection(
    {
      extensions: {
        rateLimit: { bucket: 'reads' },
        cache: { ttlMs: KNOWLEDGE_TTL_MS },
      },
      type: FaqQuestion,
      description: 'Help-center questions in page order.',
      args: { locale: t.arg.string(localeArg()) },
      resolve: (_root, args, ctx) => {
        const { locale } = faq.faqLocale(ctx, args.locale ?? 'en');
        return resolveKeysetConnection(
          args,
          {
            encode: (q: FaqQuestionRow) => [q.position, q.id],
            decode: ([position, id]) => (isInt(position) && isInt(id) ? { position, id } : null),
          },
          (page) => faq.listQuestions(ctx, locale, page),
        );
      },
    },
    { name: 'FaqQuestionConnection' },
    { name: 'FaqQuestionEdge' },
  ),
  faqQuestion: t.field({
    extensions: {
      rateLimit: { bucket: 'reads' },
      cache: { ttlMs: KNOWLEDGE_TTL_MS },
    },
    type: FaqQuestion,
    nullable: true,
    args: {
      slug: t.arg.string({ required: true, validate: { maxLength: 200 } }),
      locale: t.arg.string(localeArg()),
    },
    resolve: (_root, args, ctx) => faq.findQuestion(ctx, args.slug, args.locale ?? 'en'),
  }),
  searchFaq: t.field({
    extensions: {
      rateLimit: { bucket: 'lookups' },
      cache: { ttlMs: KNOWLEDGE_TTL_MS },
    },
    type: [FaqSearchHit],
    description:
      'Answers a question as a shopper types it: every meaningful word counts (stemmed per language, stop words ignored, synonyms from content/search-synonyms.json, typos corrected; the names of the tracking statuses a question explains count too, so "what does in transit mean" finds the question linked to IN_TRANSIT); results ranked best first. Only questions sharing no word with the query are left out. A query the requested locale mostly does not know ("où est mon colis" with no locale) is answered in the language whose questions know more of its words.',
    args: {
      query: t.arg.string({
        required: true,
        validate: {
          refine: [(q) => q.trim().length > 0, { message: 'query must not be empty' }],
          maxLength: [200, { message: 'query must be at most 200 characters' }],
        },
      }),
      locale: t.arg.string(localeArg()),
      first: t.arg.int({
        defaultValue: 5,
        validate: {
          min: [1, { message: 'first must be between 1 and 20' }],
          max: [20, { message: 'first must be between 1 and 20' }],
        },
      }),
    },
    resolve: (_root, args, ctx) => {
      const { locale } = faq.faqLocale(ctx, args.locale ?? 'en');
      return faq.searchQuestions(ctx, args.query.trim(), locale, args.first ?? 5);
    },
  }),
}));
