// Checks across all report files, which no single file can make: every bureau folder is in the registry, and no two
// files are the same report (they would publish to one address, and one would silently replace the other).
import { diag } from '../model/diagnostics.ts';
import type { Diagnostic, Kind, Report } from '../model/schema.ts';

/** A report file's place in the portal: its registry folder, and the year and kind it states. */
export interface Placed {
  file: string;
  bureauId: string;
  year: number | null;
  kind: Kind;
}

export interface FileDiagnostic {
  file: string;
  diagnostic: Diagnostic;
}

/** `path` is under content/reports/ ("<bureau>/<year>/<name>"); the year folder stands in when the text has none. */
export function placeReport(path: string, report: Pick<Report, 'file' | 'year' | 'kind'>): Placed {
  const [bureauId, folderYear] = path.split('/');
  const year = report.year ?? (/^\d{4}$/.test(folderYear ?? '') ? Number(folderYear) : null);
  return { file: report.file, bureauId, year, kind: report.kind };
}

export function checkCorpus(reports: readonly Placed[], registryIds: ReadonlySet<string>): FileDiagnostic[] {
  return [...unregistered(reports, registryIds), ...duplicates(reports)];
}

function unregistered(reports: readonly Placed[], registryIds: ReadonlySet<string>): FileDiagnostic[] {
  return reports.filter((r) => !registryIds.has(r.bureauId)).map((r) => ({
    file: r.file,
    diagnostic: diag('MZ-REGISTRY-MISSING', 'error', 1, `单位目录 “${r.bureauId}” 不在 content/bureaus.yaml 中。请在 bureaus.yaml 里为它加一条（id、name、region、level），或把文件移到已登记单位的目录下。`),
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
    diagnostic: diag('MZ-REPORT-DUPLICATE', 'error', 1, `本文件与 ${group.filter((o) => o !== r).map((o) => o.file).join('、')} 是同一单位（${r.bureauId}）、同一年度（${r.year}）、同一类报告（${r.kind}），只能发布其中一份。请删除重复的文件，或改正其中一份的年度（year）或报告类型（kind）。`),
  })));
}

/** The problems as one block of "file:line message [code]" lines, for a build error. */
export function problemsText(problems: readonly FileDiagnostic[]): string {
  return problems.map(({ file, diagnostic: d }) => `${file}:${d.line} ${d.message} [${d.code}]`).join('\n');
}
