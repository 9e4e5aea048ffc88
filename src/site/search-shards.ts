// The search index is split so that a first search loads only part of it (README "Performance"): the "latest"
// shard holds every bureau page and each bureau's reports of its newest year; every older year has a shard of its
// own that the search page merges in only when asked to search earlier years too. Pages name their shard in a
// <meta> element that the indexer (src/integrations/pagefind.ts) reads.
import type { ReportEntry } from './data.ts';

export const LATEST_SHARD = 'latest';
export const SHARD_META = 'mz-search-shard';

/** Folder of a shard's Pagefind bundle, relative to the site root. */
export const shardPath = (shard: string) => `pagefind/${shard}/`;

/** `own`: the bureau's reports, newest first (as reports() gives them). */
export function reportShard(entry: ReportEntry, own: readonly ReportEntry[]): string {
  return entry.year === own[0].year ? LATEST_SHARD : String(entry.year);
}

/** The years that have a shard of their own, newest first. */
export function archiveShards(all: readonly ReportEntry[]): string[] {
  const newest = new Map<string, number>();
  for (const e of all) if (!newest.has(e.bureauId)) newest.set(e.bureauId, e.year);
  const years = new Set(all.filter((e) => e.year !== newest.get(e.bureauId)).map((e) => e.year));
  return [...years].sort((a, b) => b - a).map(String);
}
