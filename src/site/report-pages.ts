// The pages of each report, in the order Astro renders them: a report's own page, then its 原文, 数据核对 and (when
// it has tables) 报表 page, one report after another, so that fullReport (data.ts) reads each report's JSON once.
import { shardPlan } from '../search/shards.ts';
import { pairOf } from '../views/budget-final.ts';
import { yearOnYearBase } from '../views/sangong.ts';
import { KIND_SLUGS, type ReportPageName } from './paths.ts';
import type { ReportEntry } from './report-entry.ts';

export interface ReportPageProps {
  entry: ReportEntry;
  /** The report its 三公 year on year is worked out against. */
  previous: ReportEntry | undefined;
  /** Its budget, or its final accounts, of the same year. */
  pairedWith: ReportEntry | undefined;
  /** The search shard its own page is indexed in. */
  shard: string;
  /** Every report of its bureau. */
  own: ReportEntry[];
}

/** Route parameters of a report's pages: /reports/<bureau>/<year>/<kind>/. */
const reportParams = (e: ReportEntry) => ({ bureau: e.bureauId, year: String(e.year), kind: KIND_SLUGS[e.kind] });

/** getStaticPaths of the report pages; `all` as reports() gives them. */
export function reportPagePaths(all: ReportEntry[]) {
  const plan = shardPlan(all);
  const byBureau = Map.groupBy(all, (e) => e.bureauId);
  return all.flatMap((entry) => {
    const own = byBureau.get(entry.bureauId)!;
    const shard = plan.reports.get(entry.url)!;
    const props: ReportPageProps = { entry, previous: yearOnYearBase(entry, own), pairedWith: pairOf(entry, own), shard, own };
    const names: ReportPageName[] = ['original', 'checks', ...(entry.report.tables.length > 0 ? ['tables' as const] : [])];
    return [
      // The search shard is on the page (a <meta>) and depends on how many reports share the scope, not only on this one.
      { params: { ...reportParams(entry), page: undefined }, props: { ...props, page: undefined }, cacheKey: `${entry.cacheKey}:${shard}` },
      ...names.map((page) => ({ params: { ...reportParams(entry), page }, props: { ...props, page }, cacheKey: entry.cacheKey })),
    ];
  });
}
