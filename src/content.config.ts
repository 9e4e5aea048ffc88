// Content collections: every report under content/reports/ (checked as a whole before anything renders) and the
// bureau registry. The loaders are in src/load/astro-loaders.ts.
import { defineCollection } from 'astro:content';
import { bureausLoader, reportsLoader } from './load/astro-loaders.ts';
import { ReportRecord } from './load/record.ts';
import { Bureau } from './load/registry.ts';

export const collections = {
  reports: defineCollection({ loader: reportsLoader, schema: ReportRecord }),
  bureaus: defineCollection({ loader: bureausLoader, schema: Bureau }),
};
