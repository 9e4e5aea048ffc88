// content/site.yaml, read once per build. The loader's content check has already stopped a build whose settings
// are wrong, so what is read here is valid.
import { buildScope, isNational } from '../load/build-scope.ts';
import { siteOf } from '../load/check-content.ts';
import { CONTENT_DIR } from '../load/content-dir.ts';
import type { SiteConfig, SiteRegion } from '../load/site-config.ts';

let config: SiteConfig | undefined;

export const siteConfig = (): SiteConfig => (config ??= siteOf(CONTENT_DIR).config);

/** The region this build publishes (MZ_REGION), or null. */
export const siteRegion = (): string | null => buildScope(siteConfig()).region;

/** On the national portal, the regions built as sites of their own, which it lists and searches; elsewhere none. */
export const regionSites = (): readonly SiteRegion[] => (isNational(buildScope(siteConfig())) ? siteConfig().regions : []);
