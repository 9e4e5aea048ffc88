// Static build only: every page is prerendered, nothing is fetched from other hosts.
import { defineConfig } from 'astro/config';

/** MZ_BASE may be given as "sub", "/sub" or "/sub/"; Astro wants one leading slash. */
function base(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export default defineConfig({
  output: 'static',
  // The parsed-report cache stays with the project, not in node_modules (which may be shared between checkouts).
  cacheDir: './.astro/cache',
  base: base(process.env.MZ_BASE),
  // Absolute URLs (canonical links) only when the deployment address is known.
  site: process.env.MZ_SITE || undefined,
  // Every page is a directory with index.html, so links always end in "/".
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
  // Never inline a bundled script into the page: a strict Content-Security-Policy (script-src 'self') must hold.
  vite: { build: { assetsInlineLimit: 0 } },
});
