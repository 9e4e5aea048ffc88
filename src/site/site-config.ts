// content/site.yaml, read once per build. The loader's content check has already stopped a build whose settings
// are wrong, so what is read here is valid.
import { siteOf } from '../load/check-content.ts';
import { CONTENT_DIR } from '../load/content-dir.ts';
import type { SiteConfig } from '../load/site-config.ts';

let config: SiteConfig | undefined;

export const siteConfig = (): SiteConfig => (config ??= siteOf(CONTENT_DIR).config);
