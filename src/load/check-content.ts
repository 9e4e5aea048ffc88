// The one check of a content folder, which `npm run check` prints and the build runs before anything renders: the
// registry, the site settings, every report file, and the checks across files. How a report is read is the
// caller's: the check command parses each file; the build takes unchanged reports from its cache and parses the
// rest on worker threads.
import { join } from 'node:path';
import type { Diagnostic, Report } from '../model/schema.ts';
import { listReports, readSettingsFile, displayPath, type ReportFile } from './content-files.ts';
import { checkCorpus, placeReport } from './corpus.ts';
import { sortProblems, type FileDiagnostic } from './problems.ts';
import { diagnostic } from '../model/diagnostics.ts';
import { buildScope, inScope, scopeProblems, WHOLE_FOLDER } from './build-scope.ts';
import { readRegistry, type Bureau } from './registry.ts';
import { readSiteConfig, type SiteConfig } from './site-config.ts';
import { pdfIdentity } from './pdf-identity.ts';
import { isPdfFile } from '../pipeline/parse-bytes.ts';
import type { FrontMatter } from '../extract/source.ts';

/** What the check needs of a report, whether the whole report or the build's record of it. */
export type Placeable = Pick<Report, 'file' | 'year' | 'kind' | 'identity'>;

/** A report file with what the content folder says of it besides its bytes: a PDF's identity (pdf-identity.ts). */
export interface ReportInput extends ReportFile {
  given: FrontMatter | null;
}

export interface ReadReport<R extends Placeable> {
  file: ReportInput;
  report: R;
  /** The report's own diagnostics that the caller wants shown (the build: its errors; the check: all). */
  diagnostics: Diagnostic[];
}

export interface ContentCheck<R extends Placeable> {
  bureaus: Bureau[];
  site: SiteConfig;
  reports: ReadReport<R>[];
  /** Every problem found, by file and line. */
  problems: FileDiagnostic[];
}

/**
 * `scoped`: the build's check, of the bureaus this build publishes (build-scope.ts) and their files; a file in a
 * folder the registry does not know is checked by every build, so that the mistake is never skipped.
 */
export async function checkContent<R extends Placeable>(dir: string, read: (files: readonly ReportInput[]) => Promise<ReadReport<R>[]>, scoped = false): Promise<ContentCheck<R>> {
  const registry = registryOf(dir);
  const site = siteOf(dir);
  const scope = scoped ? buildScope(site.config) : WHOLE_FOLDER;
  const bureaus = registry.bureaus.filter((b) => inScope(b, scope));
  const files = listReports(dir);
  const known = new Map(registry.bureaus.map((b) => [b.id, b]));
  const inBuild = files.reports.filter((f) => {
    const bureau = known.get(f.name.split('/')[0]);
    return !bureau || bureaus.includes(bureau);
  });
  const identities = inBuild.map((f) => (isPdfFile(f.file) ? pdfIdentity(f, registry.bureaus) : null));
  const reports = await read(inBuild.map((f, i) => ({ ...f, given: identities[i]?.given ?? null })));
  const placed = reports.map((r) => placeReport(r.file.name, r.report));
  const problems = [
    ...registry.problems,
    ...site.problems,
    ...scopeProblems(scope, registry.bureaus, { registry: displayPath(join(dir, 'bureaus.yaml')), site: displayPath(join(dir, 'site.yaml')) }),
    ...files.problems,
    ...identities.flatMap((id) => id?.problems ?? []),
    ...reports.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file.file, diagnostic: d }))),
    ...checkCorpus(placed, new Set(registry.bureaus.map((b) => b.id))),
  ];
  return { bureaus, site: site.config, reports, problems: sortProblems(problems) };
}

/** content/bureaus.yaml, which every content folder must have. */
export function registryOf(dir: string): { bureaus: Bureau[]; problems: FileDiagnostic[] } {
  const path = join(dir, 'bureaus.yaml');
  const file = displayPath(path);
  const { text, problem } = readSettingsFile(path);
  if (problem) return { bureaus: [], problems: [problem] };
  if (text === null) return { bureaus: [], problems: [{ file, diagnostic: diagnostic('MZ-REGISTRY-FILE', 1, '不存在') }] };
  const { bureaus, diagnostics } = readRegistry(text);
  return { bureaus, problems: diagnostics.map((d) => ({ file, diagnostic: d })) };
}

/** content/site.yaml, which is optional. */
export function siteOf(dir: string): { config: SiteConfig; problems: FileDiagnostic[] } {
  const path = join(dir, 'site.yaml');
  const { text, problem } = readSettingsFile(path);
  const { config, diagnostics } = readSiteConfig(problem ? null : text);
  return { config, problems: [...(problem ? [problem] : []), ...diagnostics.map((d) => ({ file: displayPath(path), diagnostic: d }))] };
}
