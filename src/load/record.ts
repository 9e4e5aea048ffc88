// What the content store keeps of a report: what lists, 三公 tables and links need. The full report (tables,
// narrative, checks, every source line) is a JSON file in the build cache that a report page reads when it renders,
// so that the store, and everything built from it, stays small however many reports there are.
import { z } from 'zod';
import { Diagnostic, Finding, Report, Table } from '../model/schema.ts';

export const FindingCounts = z.object({
  holds: z.number().int(),
  rounding: z.number().int(),
  mismatch: z.number().int(),
  insufficient: z.number().int(),
});

export const ReportRecord = Report.pick({ formatVersion: true, file: true, bureau: true, year: true, kind: true, unit: true, identity: true, summary: true, sangong: true }).extend({
  /** Which tables the report has, and their units (the unit of the 三公 figures depends on their source table). */
  tables: z.array(Table.pick({ id: true, kind: true, unit: true })),
  findingCounts: FindingCounts,
  /** The checks that did not hold, for the portal-wide findings download. */
  problems: z.array(Finding),
  /** Diagnostics of severity error: they fail the build, also when the report was parsed by an earlier build. */
  errors: z.array(Diagnostic),
  /** Digest of the file and the parser version: changes whenever the full report may change. */
  digest: z.string(),
  /** Path of the full report's JSON in the build cache. */
  detail: z.string(),
});
export type ReportRecord = z.infer<typeof ReportRecord>;
export type FindingCounts = z.infer<typeof FindingCounts>;

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { holds: 0, rounding: 0, mismatch: 0, insufficient: 0 };
  for (const f of findings) counts[f.status]++;
  return counts;
}

export function toRecord(report: Report, digest: string, detail: string): ReportRecord {
  const { formatVersion, file, bureau, year, kind, unit, identity, summary, sangong } = report;
  return {
    formatVersion, file, bureau, year, kind, unit, identity, summary, sangong,
    tables: report.tables.map(({ id, kind, unit }) => ({ id, kind, unit })),
    findingCounts: countFindings(report.findings),
    problems: report.findings.filter((f) => f.status !== 'holds'),
    errors: report.diagnostics.filter((d) => d.severity === 'error'),
    digest,
    detail,
  };
}
