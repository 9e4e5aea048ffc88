// One bureau across years: which report speaks for a year when a bureau published more than one kind.
import type { ReportRecord } from '../load/record.ts';
import type { Kind } from '../model/schema.ts';
import type { ReportEntry } from '../site/report-entry.ts';

/** Final accounts first: they carry the audited tables; a 绩效 report only repeats some figures. */
const KIND_ORDER: Kind[] = ['部门决算', '单位决算', '部门整体支出绩效自评报告', '绩效自评报告', '部门预算', '单位预算'];

const byKind = (a: ReportEntry, b: ReportEntry) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);

/** For each year, oldest first, the report of the preferred kind among those for which `has` holds. */
export function perYear(entries: readonly ReportEntry[], has: (r: ReportRecord) => boolean): ReportEntry[] {
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  return years.flatMap((year) => entries.filter((e) => e.year === year && has(e.report)).sort(byKind).slice(0, 1));
}

/** The same bureau's report for the year before, of the preferred kind among those for which `has` holds. */
export function previousYear(entry: ReportEntry, all: readonly ReportEntry[], has: (r: ReportRecord) => boolean): ReportEntry | undefined {
  return reportsOf(all, entry.bureauId).filter((e) => e.year === entry.year - 1 && has(e.report)).sort(byKind)[0];
}

/** Reports by bureau, built once per list: pages ask for every report's year before, which must not scan them all. */
const indexes = new WeakMap<readonly ReportEntry[], Map<string, ReportEntry[]>>();

function reportsOf(all: readonly ReportEntry[], bureauId: string): ReportEntry[] {
  let index = indexes.get(all);
  if (!index) {
    index = Map.groupBy(all, (e) => e.bureauId);
    indexes.set(all, index);
  }
  return index.get(bureauId) ?? [];
}
