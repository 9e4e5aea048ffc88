// The files of one report's data folder (data/reports/<单位>/<年度>/<类型>/): the whole report as JSON with its
// provenance, all its checks, each table as CSV, and the data package that describes them. Each table is turned
// into rows once, for its CSV and its description in the package.
import type { PublishedReport, Report } from '../../model/schema.ts';
import { tabularCsv } from '../../publish/export/csv.ts';
import { findingsTabular } from '../../publish/export/portal-csv.ts';
import { tableTabular } from '../../publish/export/tables-csv.ts';
import { ALL_CHECKS, PACKAGE_JSON, REPORT_FINDINGS_FILE, REPORT_JSON, tableFile } from '../downloads.ts';
import { provenanceOf } from '../provenance.ts';
import { reportPackage, type DataEntry } from './package.ts';

export interface DataFile {
  name: string;
  text: string;
}

/** JSON without indentation: report files are large and read by programs. */
const json = (data: unknown) => `${JSON.stringify(data)}\n`;

export function reportFiles(entry: DataEntry, report: Report): DataFile[] {
  const published: PublishedReport = { ...report, provenance: provenanceOf(report) };
  const findings = findingsTabular([entry], () => report.findings, ALL_CHECKS);
  const tables = report.tables.map((table) => ({ table, tabular: tableTabular(table) }));
  return [
    { name: REPORT_JSON, text: json(published) },
    { name: REPORT_FINDINGS_FILE, text: tabularCsv(findings) },
    ...tables.map(({ table, tabular }) => ({ name: tableFile(table), text: tabularCsv(tabular) })),
    { name: PACKAGE_JSON, text: json(reportPackage(entry, report, findings, tables)) },
  ];
}
