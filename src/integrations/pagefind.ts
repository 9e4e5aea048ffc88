// Search index: after Astro has written the site, Pagefind indexes the folder Astro built into (scripts/build.ts
// builds into `<out>.next`, so never a fixed "dist") and writes `pagefind/` beside the pages. Any error Pagefind
// reports fails the build with its message, so the previous site stays in place.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made interfaces and its web worker: the search page has its own accessible interface and searches
 * without a worker, so these would only be dead weight. */
const UNUSED_UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js'];

/** Runs the Pagefind service on `dir`; resolves to the number of pages indexed, throws on any reported error. */
export async function indexSite(dir: string): Promise<number> {
  const fail = (step: string, errors: string[]) => new Error(`Pagefind 建立搜索索引失败（${step}）：\n${errors.join('\n')}`);
  try {
    // The npm wrapper resolves @pagefind/<platform>/bin/pagefind_extended first: the build with Chinese segmentation.
    const { index, errors } = await pagefind.createIndex();
    if (!index || errors.length > 0) throw fail('createIndex', errors);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw fail('addDirectory', added.errors);
    // Pages opt in with data-pagefind-body; none found means the templates lost it and search would be empty.
    if (added.page_count === 0) throw fail('addDirectory', ['没有页面被索引：报告页和单位页应带有 data-pagefind-body。']);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw fail('writeFiles', written.errors);
    await Promise.all(UNUSED_UI.map((name) => rm(join(dir, 'pagefind', name), { force: true })));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'mingzhang-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`搜索索引：${pages} 个页面`);
      },
    },
  };
}
