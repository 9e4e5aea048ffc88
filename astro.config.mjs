// Static build only: every page is prerendered, nothing is fetched from other hosts.
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

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
  // Stylesheets as files too: a CSP without 'unsafe-inline' for styles must also work.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro's content store lives here, not in node_modules/.astro: checkouts that share one node_modules (worktrees)
  // would otherwise build from each other's reports.
  cacheDir: '.cache/astro',
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [pagefind()],
  // Scripts always as files, never inlined into the page: the site must work under a CSP without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
});
