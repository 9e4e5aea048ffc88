// Static build only: every page is prerendered, nothing is fetched from other hosts.
import { defineConfig } from 'astro/config';

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
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
});
