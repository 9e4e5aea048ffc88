// Which bureaus a build publishes (README "Performance", 分地区构建). A national portal is too large for one build,
// so each region (a 省 or 市州, written as bureaus.yaml writes regions) is built as a site of its own with MZ_REGION
// set; the national portal, built without it from the same content folder, publishes the bureaus of no region that
// site.yaml lists (often none), lists the regions and searches their indexes in the browser. Without regions in
// site.yaml and without MZ_REGION, a build publishes every bureau. `npm run check` always checks the whole folder.
import { diagnostic } from '../model/diagnostics.ts';
import type { FileDiagnostic } from './problems.ts';
import type { Bureau } from './registry.ts';
import type { SiteConfig, SiteRegion } from './site-config.ts';

export interface BuildScope {
  /** MZ_REGION: the one region this build publishes, or null. */
  region: string | null;
  /** site.yaml's regions. */
  regions: readonly SiteRegion[];
}

/** This build's scope: MZ_REGION and site.yaml's regions. */
export const buildScope = (site: Pick<SiteConfig, 'regions'>): BuildScope => ({ region: process.env.MZ_REGION?.trim() || null, regions: site.regions });
/** Every bureau: what `npm run check` checks. */
export const WHOLE_FOLDER: BuildScope = { region: null, regions: [] };

const within = (bureau: Pick<Bureau, 'region'>, region: string) => bureau.region.startsWith(region);

export function inScope(bureau: Pick<Bureau, 'region'>, scope: BuildScope): boolean {
  if (scope.region !== null) return within(bureau, scope.region);
  return !scope.regions.some((r) => within(bureau, r.name));
}

/** The national portal: site.yaml lists regions and this build is none of them. */
export const isNational = (scope: BuildScope) => scope.region === null && scope.regions.length > 0;

/** A region that no bureau is in publishes nothing: most likely MZ_REGION is mistyped. */
export function scopeProblems(scope: BuildScope, bureaus: readonly Bureau[], files: { registry: string; site: string }): FileDiagnostic[] {
  const { region } = scope;
  if (region === null) return [];
  const problems: FileDiagnostic[] = [];
  if (!bureaus.some((b) => within(b, region))) problems.push({ file: files.registry, diagnostic: diagnostic('MZ-REGION-EMPTY', 1, region) });
  if (scope.regions.length > 0 && !scope.regions.some((r) => r.name === region)) problems.push({ file: files.site, diagnostic: diagnostic('MZ-REGION-UNLISTED', 1, region) });
  return problems;
}
