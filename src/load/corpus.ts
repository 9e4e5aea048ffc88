// Checks across all report files, which no single file can make: every bureau folder is in the registry, the year
// folder agrees with the year the report states, and no two files are the same report (they would publish to one
// address, and one would silently replace the other).
import { diagnostic } from '../model/diagnostics.ts';
import type { Kind, Report } from '../model/schema.ts';
import type { FileDiagnostic } from './problems.ts';

/** A report file's place in the portal: its registry folder, and the year and kind it states. */
export interface Placed {
  file: string;
  bureauId: string;
  /** The year folder as named ("2022"). */
  folder: string;
  year: number | null;
  /** Where the report states its year (null: front matter or nowhere). */
  yearLine: number | null;
  kind: Kind;
}

/** `path` is under content/reports/ ("<bureau>/<year>/<name>"); the year folder stands in when the text has none. */
export function placeReport(path: string, report: Pick<Report, 'file' | 'year' | 'kind' | 'identity'>): Placed {
  const [bureauId, folder = ''] = path.split('/');
  const year = report.year ?? (/^\d{4}$/.test(folder) ? Number(folder) : null);
  return { file: report.file, bureauId, folder, year, yearLine: report.identity.provenance.year?.line ?? null, kind: report.kind };
}

export function checkCorpus(reports: readonly Placed[], registryIds: ReadonlySet<string>): FileDiagnostic[] {
  return [...unregistered(reports, registryIds), ...misfiled(reports), ...duplicates(reports)];
}

function unregistered(reports: readonly Placed[], registryIds: ReadonlySet<string>): FileDiagnostic[] {
  return reports.filter((r) => !registryIds.has(r.bureauId)).map((r) => ({ file: r.file, diagnostic: diagnostic('MZ-REGISTRY-MISSING', 1, r.bureauId) }));
}

/** The year folder is part of how editors find a report: it must say the year the report is for. */
function misfiled(reports: readonly Placed[]): FileDiagnostic[] {
  return reports.filter((r) => r.year !== null && /^\d{4}$/.test(r.folder) && Number(r.folder) !== r.year).map((r) => ({
    file: r.file,
    diagnostic: diagnostic('MZ-ID-FOLDER-YEAR', r.yearLine ?? 1, r.folder, r.year!, r.yearLine),
  }));
}

function duplicates(reports: readonly Placed[]): FileDiagnostic[] {
  const groups = new Map<string, Placed[]>();
  for (const r of reports) {
    if (r.year === null) continue;
    const key = `${r.bureauId}\0${r.year}\0${r.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].filter((g) => g.length > 1).flatMap((group) => group.map((r) => ({
    file: r.file,
    diagnostic: diagnostic('MZ-REPORT-DUPLICATE', 1, group.filter((o) => o !== r).map((o) => o.file), r.bureauId, r.year!, r.kind),
  })));
}
