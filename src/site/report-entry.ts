// A report as the pages list it: joined to its bureau, with its URL and cache key (src/site/data.ts makes them).
import type { Bureau } from '../load/registry.ts';
import type { ReportRecord } from '../load/record.ts';
import type { Kind } from '../model/schema.ts';

export interface ReportEntry {
  /** Registry id: the folder under content/reports/, which is authoritative for the URL. */
  bureauId: string;
  bureau: Bureau;
  year: number;
  kind: Kind;
  url: string;
  /** The report's small record (identity, summary figures, 三公, counts); `fullReport(entry)` reads the rest. */
  report: ReportRecord;
  /** Changes whenever any page or file of the report's bureau may change (src/site/cache-keys.ts). */
  cacheKey: string;
}

export const reportTitle = (e: Pick<ReportEntry, 'bureau' | 'year' | 'kind'>) => `${e.bureau.name} ${e.year}年度${e.kind}`;
