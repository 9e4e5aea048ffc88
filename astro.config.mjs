// Static build only: every page is prerendered, nothing is fetched from other hosts.
import { defineConfig } from 'astro/config';
import pagefind from './src/search/pagefind.ts';
import reportData from './src/site/report-data/integration.ts';

/** MZ_BASE may be given as "sub", "/sub" or "/sub/"; Astro wants one leading slash. */
function base(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export default defineConfig({
  output: 'static',
  base: base(process.env.MZ_BASE),
  // Absolute URLs (canonical links) only when the deployment address is known.
  site: process.env.MZ_SITE || undefined,
  // Every page is a directory with index.html, so links always end in "/".
  trailingSlash: 'always',
  // Stylesheets and scripts always as files: a strict Content-Security-Policy (README) allows no inline code or style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // The content cache belongs to this checkout, not to a node_modules that other checkouts may share; MZ_CACHE gives
  // a build of another content folder (tests, the benchmark's corpora) a cache of its own.
  cacheDir: process.env.MZ_CACHE || './.cache/astro',
  devToolbar: { enabled: false },
  prefetch: false,
  // Each report's data files are written beside the render (src/site/report-data/), then the pages are indexed.
  integrations: [reportData(), pagefind()],
  // A rebuild copies each page or file whose cacheKey (src/site/cache-keys.ts) and code are unchanged.
  experimental: { incrementalBuild: true },
});
