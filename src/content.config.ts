/**
 * The content model: every collection the site is built from, in one place.
 * Schemas live beside this file in src/schemas/ (one module per concern) so they can be
 * unit-tested without Astro; here they get the content layer's references, which make a
 * reference to a missing entry a build error (see src/lib/integrity.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, documentSchema, type RefBuilders } from './schemas/document';
import { chartSchema, indicatorSchema } from './schemas/indicator';
import { themeSchema } from './schemas/theme';
import { trajectorySchema } from './schemas/trajectory';
import { findingSchema } from './schemas/finding';
import { findingBriefSchema } from './schemas/finding-brief';
import { passageSchema } from './schemas/passage';
import { glossarySchema } from './schemas/glossary';
import { eventSchema, leftOutSchema } from './schemas/event';
import { routeStepSchema } from './schemas/route';
import { dossierSchema } from './schemas/dossier';

/** Content lives at the top level of the repository, apart from the code. */
const CONTENT = process.env.CONTENT_DIR ?? './content';

const refs: RefBuilders = {
  documents: reference('documents'),
  themes: reference('themes'),
  trajectories: reference('trajectories'),
};

export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${CONTENT}/documents` }),
    schema: documentSchema(refs),
  }),
  chapters: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${CONTENT}/chapters` }),
    schema: chapterSchema(refs),
  }),
  trajectories: defineCollection({
    loader: file(`${CONTENT}/trajectories/trajectories.yaml`),
    schema: trajectorySchema,
  }),
  themes: defineCollection({
    loader: file(`${CONTENT}/themes/themes.yaml`),
    schema: themeSchema,
  }),
  indicators: defineCollection({
    loader: file(`${CONTENT}/indicators/indicators.yaml`),
    schema: indicatorSchema({ ...refs, chapters: reference('chapters') }),
  }),
  charts: defineCollection({
    loader: file(`${CONTENT}/indicators/charts.yaml`),
    schema: chartSchema({ indicators: reference('indicators'), documents: reference('documents') }),
  }),
  findings: defineCollection({
    loader: file(`${CONTENT}/findings/findings.yaml`),
    schema: findingSchema({ ...refs, chapters: reference('chapters'), indicators: reference('indicators') }),
  }),
  /** Editorial one-line briefs per finding for the table on /bevindingen/ (ids are finding ids). */
  findingBriefs: defineCollection({
    loader: file(`${CONTENT}/findings/briefs.yaml`),
    schema: findingBriefSchema,
  }),
  passages: defineCollection({
    loader: file(`${CONTENT}/findings/passages.yaml`),
    schema: passageSchema(refs),
  }),
  glossary: defineCollection({
    loader: file(`${CONTENT}/glossary/glossary.yaml`),
    schema: glossarySchema({
      documents: reference('documents'),
      chapters: reference('chapters'),
      themes: reference('themes'),
    }),
  }),
  events: defineCollection({
    loader: file(`${CONTENT}/events/events.yaml`),
    schema: eventSchema({ documents: reference('documents'), chapters: reference('chapters') }),
  }),
  /** Dates in the sources the timeline deliberately leaves out, with the reason. */
  timelineLeftOut: defineCollection({
    loader: file(`${CONTENT}/events/left-out.yaml`),
    schema: leftOutSchema({ documents: reference('documents'), events: reference('events') }),
  }),
  route: defineCollection({
    loader: file(`${CONTENT}/route/route.yaml`),
    schema: routeStepSchema({ documents: reference('documents'), chapters: reference('chapters') }),
  }),
  dossiers: defineCollection({
    loader: file(`${CONTENT}/dossiers/dossiers.yaml`),
    schema: dossierSchema({
      documents: reference('documents'),
      chapters: reference('chapters'),
      findings: reference('findings'),
      events: reference('events'),
      indicators: reference('indicators'),
    }),
  }),
};
