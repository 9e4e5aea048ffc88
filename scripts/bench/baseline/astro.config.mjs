// The bench's baseline: a bare Astro site over the same report files as the portal, one page per file with its text
// as published, every page indexed by Pagefind with Chinese segmentation. `npm run bench` builds it beside the
// portal and prints the ratio of the two build times (scripts/bench/baseline.ts).
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

/** Indexes the whole built site, as a Pagefind user who adds nothing to the pages would. */
const indexAll = {
  name: 'baseline-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(errors.join('\n'));
      for (const step of [await index.addDirectory({ path: dir.pathname }), await index.writeFiles({ outputPath: `${dir.pathname}pagefind` })]) {
        if (step.errors.length > 0) throw new Error(step.errors.join('\n'));
      }
      await pagefind.close();
    },
  },
};

export default defineConfig({
  outDir: process.env.MZ_OUT,
  cacheDir: process.env.MZ_CACHE,
  build: { format: 'directory' },
  integrations: [indexAll],
});
