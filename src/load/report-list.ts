// The reports the build publishes, joined to their bureaus, for the steps that run beside Astro's render (the data
// files, src/site/report-data/). The reports loader writes the list into Astro's cache folder once its content
// check has passed, so a step that reads it sees exactly what the pages see.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kind } from '../model/schema.ts';
import type { ContentCheck } from './check-content.ts';
import { placeReport } from './corpus.ts';
import type { ReportRecord } from './record.ts';
import type { Bureau } from './registry.ts';

export interface ListedReport {
  bureauId: string;
  bureau: Bureau;
  year: number;
  kind: Kind;
  report: ReportRecord;
}

const FILE = 'published-reports.json';

/** The checked reports; the check has stopped the build if any is unregistered or has no year. */
export function publishedReports(checked: Pick<ContentCheck<ReportRecord>, 'bureaus' | 'reports'>): ListedReport[] {
  const byId = new Map(checked.bureaus.map((b) => [b.id, b]));
  return checked.reports.map(({ file, report }) => {
    const { bureauId, year, kind } = placeReport(file.name, report);
    return { bureauId, bureau: byId.get(bureauId)!, year: year!, kind, report };
  });
}

export const writeReportList = (cacheDir: string, list: readonly ListedReport[]) => writeFile(join(cacheDir, FILE), JSON.stringify(list));

export async function readReportList(cacheDir: string): Promise<ListedReport[]> {
  return JSON.parse(await readFile(join(cacheDir, FILE), 'utf8')) as ListedReport[];
}
