// The search index is split so that a first search loads only part of it and no indexing run holds too many pages
// in memory (README "Performance"). Scope: "latest" holds every bureau page and each bureau's reports of its newest
// year; every earlier year is a scope of its own, which the search page merges in only when asked to search earlier
// years too. A scope larger than SHARD_PAGES is split into shards of bureaus picked by a hash of their id, so that
// each shard is a fair sample of the whole and Pagefind's ranking, computed per shard, stays comparable when the
// browser merges them. Pages name their shard in a <meta> element that the indexer (src/search/pagefind.ts)
// reads.
import { createHash } from 'node:crypto';
import type { Bureau } from '../load/registry.ts';
import type { ReportEntry } from '../site/report-entry.ts';

const LATEST = 'latest';
export const SHARD_META = 'mz-search-shard';
/** About 2 GB of indexer memory per shard (about 4 MB per report page, measured with Pagefind 1.6). */
const SHARD_PAGES = 1000;

export interface ShardPlan {
  /** Shard of each bureau page, by bureau id, and of each report page, by URL: "latest/0", "2022/1". */
  bureaus: Map<string, string>;
  reports: Map<string, string>;
  /** Every shard of the latest scope, and of the earlier years (newest first). */
  latest: string[];
  earlier: string[];
}

const bucket = (id: string, shards: number) => createHash('sha256').update(id).digest().readUInt32BE(0) % shards;

/** `all`: every report, newest first (as reports() gives them). */
export function shardPlan(all: readonly ReportEntry[], registry: readonly Bureau[]): ShardPlan {
  const newest = new Map<string, number>();
  for (const e of all) if (!newest.has(e.bureauId)) newest.set(e.bureauId, e.year);
  const scopeOf = (e: ReportEntry) => (e.year === newest.get(e.bureauId) ? LATEST : String(e.year));
  const sizes = new Map<string, number>([[LATEST, registry.length]]);
  for (const e of all) sizes.set(scopeOf(e), (sizes.get(scopeOf(e)) ?? 0) + 1);
  const shard = (scope: string, bureauId: string) => `${scope}/${bucket(bureauId, Math.ceil(sizes.get(scope)! / SHARD_PAGES))}`;
  const bureaus = new Map(registry.map((b) => [b.id, shard(LATEST, b.id)]));
  const reports = new Map(all.map((e) => [e.url, shard(scopeOf(e), e.bureauId)]));
  const names = new Set([...bureaus.values(), ...reports.values()]);
  const latest = [...names].filter((n) => n.startsWith(`${LATEST}/`)).sort();
  const earlier = [...names].filter((n) => !n.startsWith(`${LATEST}/`)).sort((a, b) => b.localeCompare(a));
  return { bureaus, reports, latest, earlier };
}
