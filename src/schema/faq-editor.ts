import { z } from 'zod';
import { QuestionNotFound, SlugTaken } from '../domain/errors.js';
import * as faqEditor from '../resolvers/faq-editor.js';
import { contentLocale, rowId, toContentLanguage } from './aliases.js';
import { builder } from './builder.js';
import { FaqQuestion } from './faq.js';
import { TrackingStatusEnum } from './statuses.js';

const title = z
  .string()
  .trim()
  .min(1, 'title must not be empty')
  .max(300, 'title must be at most 300 characters');
const body = z
  .string()
  .trim()
  .min(1, 'body must not be empty')
  .max(20_000, 'body must be at most 20000 characters');
const position = z
  .number()
  .int()
  .min(1, 'position must be at least 1')
  .max(100_000, 'position must be at most 100000');

const CreateFaqQuestionInput = builder.inputType('CreateFaqQuestionInput', {
  fields: (t) => ({
    slug: t.string({
      required: true,
      description: 'Kebab-case, unique per locale, e.g. "parcel-held-by-customs".',
      validate: {
        schema: z
          .string()
          .max(120, 'slug must be at most 120 characters')
          .regex(
            /^[a-z0-9]+(-[a-z0-9]+)*$/,
            'slug must be kebab-case: lower-case letters and digits joined by single dashes',
          ),
      },
    }),
    locale: t.string({
      required: true,
      description: 'Language of the question, e.g. "en" ("pt-BR" is stored as "pt").',
      validate: { schema: contentLocale },
    }),
    title: t.string({ required: true, validate: { schema: title } }),
    body: t.string({ required: true, validate: { schema: body } }),
    position: t.int({
      description: "Order on the help-center page; defaults to after the locale's last question.",
      validate: { schema: position },
    }),
    relatedStatuses: t.field({
      type: [TrackingStatusEnum],
      description: 'Statuses this question explains; shared by all translations of the slug.',
      validate: { maxLength: [10, { message: 'relatedStatuses must list at most 10 statuses' }] },
    }),
  }),
});

const UpdateFaqQuestionInput = builder.inputType('UpdateFaqQuestionInput', {
  description: 'Fields left out keep their value.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: [FaqQuestion] }),
    title: t.string({ validate: { schema: title } }),
    body: t.string({ validate: { schema: body } }),
    position: t.int({ validate: { schema: position } }),
  }),
});

builder.mutationFields((t) => ({
  createFaqQuestion: t.field({
    type: FaqQuestion,
    authScopes: { role: 'editor' },
    args: { input: t.arg({ type: CreateFaqQuestionInput, required: true }) },
    errors: {
      types: [SlugTaken],
      directResult: true,
      union: { name: 'CreateFaqQuestionPayload' },
    },
    resolve: (_root, { input }, ctx) =>
      faqEditor.createFaqQuestion(ctx, {
        slug: input.slug,
        locale: toContentLanguage(input.locale),
        title: input.title.trim(),
        body: input.body.trim(),
        position: input.position,
        relatedStatuses: input.relatedStatuses ? [...new Set(input.relatedStatuses)] : null,
      }),
  }),
  updateFaqQuestion: t.field({
    type: FaqQuestion,
    description:
      'Changes a question; its revision increases when something changed. From then on the startup seed leaves it alone.',
    authScopes: { role: 'editor' },
    args: { input: t.arg({ type: UpdateFaqQuestionInput, required: true }) },
    errors: {
      types: [QuestionNotFound],
      directResult: true,
      union: { name: 'UpdateFaqQuestionPayload' },
    },
    resolve: (_root, { input }, ctx) =>
      faqEditor.updateFaqQuestion(ctx, rowId(input.id.id), {
        title: input.title?.trim(),
        body: input.body?.trim(),
        position: input.position,
      }),
  }),
}));
