// The search index is split so that a first search loads only part of it and no indexing run holds too many pages
// in memory (README "Performance"). Scope: "latest" holds each bureau's reports of its newest year (bureau pages are
// not indexed: a report carries its bureau's names, and a query naming a bureau shows it first); every earlier year is a scope of its own, which the search page merges in only when asked to search earlier
// years too. A scope larger than SHARD_PAGES is split into shards of bureaus picked by a hash of their id, so that
// each shard is a fair sample of the whole and Pagefind's ranking, computed per shard, stays comparable when the
// browser merges them. Pages name their shard in a <meta> element that the indexer (src/search/pagefind.ts)
// reads.
import { createHash } from 'node:crypto';
import type { ReportEntry } from '../site/report-entry.ts';

const LATEST_SCOPE = 'latest';
export const SHARD_META = 'mz-search-shard';
/** Pages per shard: Pagefind holds about 4 MB per report page while it indexes (Pagefind 1.6), 4 GB for a full shard. */
export const SHARD_PAGES = 1000;

export interface ShardPlan {
  /** Shard of each report page, by URL: "latest/0", "2022/1". */
  reports: Map<string, string>;
  /** Every shard of the latest scope, and of the earlier years (newest first). */
  latest: string[];
  earlier: string[];
}

const bucket = (id: string, shards: number) => createHash('sha256').update(id).digest().readUInt32BE(0) % shards;

/** `all`: every report, newest first (as reports() gives them). */
export function shardPlan(all: readonly ReportEntry[]): ShardPlan {
  const newest = new Map<string, number>();
  for (const e of all) if (!newest.has(e.bureauId)) newest.set(e.bureauId, e.year);
  const scopeOf = (e: ReportEntry) => (e.year === newest.get(e.bureauId) ? LATEST_SCOPE : String(e.year));
  const sizes = new Map<string, number>();
  for (const e of all) sizes.set(scopeOf(e), (sizes.get(scopeOf(e)) ?? 0) + 1);
  const shard = (scope: string, bureauId: string) => `${scope}/${bucket(bureauId, Math.ceil(sizes.get(scope)! / SHARD_PAGES))}`;
  const reports = new Map(all.map((e) => [e.url, shard(scopeOf(e), e.bureauId)]));
  return { reports, ...byScope(new Set(reports.values())) };
}

/** Shard names split into the latest scope's and the earlier years' (newest first). */
export function byScope(names: Iterable<string>): Pick<ShardPlan, 'latest' | 'earlier'> {
  const all = [...names];
  const latest = all.filter((n) => n.startsWith(`${LATEST_SCOPE}/`)).sort();
  const earlier = all.filter((n) => !n.startsWith(`${LATEST_SCOPE}/`)).sort((a, b) => b.localeCompare(a));
  return { latest, earlier };
}
