// Incremental builds (astro.config.mjs): a page or file is copied from the previous build when its cacheKey is
// unchanged. A bureau's pages and files show the bureau, its reports (a report page compares with the year before)
// and their history, under the site's settings, so one key per bureau covers all of that and nothing else may
// appear on them: a page that shows other bureaus must not use this key.
import { createHash } from 'node:crypto';
import type { ReportEntry } from './report-entry.ts';
import { provenanceOf, revisionsOf } from './provenance.ts';
import { siteConfig } from './site-config.ts';

/** Sets `cacheKey` on every entry; entries of one bureau share it. */
export function setCacheKeys(entries: ReportEntry[]): void {
  const settings = JSON.stringify(siteConfig());
  for (const own of Map.groupBy(entries, (e) => e.bureauId).values()) {
    const hash = createHash('sha256').update(settings).update(JSON.stringify(own[0].bureau));
    for (const e of own) {
      const history = { provenance: provenanceOf(e.report), revisions: revisionsOf(e.report).map((r) => r.commit) };
      hash.update(JSON.stringify([e.url, e.report.digest, history]));
    }
    const key = hash.digest('hex').slice(0, 32);
    for (const e of own) e.cacheKey = key;
  }
}
