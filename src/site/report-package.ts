// The data package of one report: its JSON, its checks and each of its tables, with the source they were read from.
import { dataPackage } from '../publish/export/datapackage.ts';
import type { Report } from '../model/schema.ts';
import { findingsTabular } from '../publish/export/portal-csv.ts';
import { tableTabular } from '../publish/export/tables-csv.ts';
import { reportTitle } from './data.ts';
import type { ReportEntry } from './report-entry.ts';
import { ALL_CHECKS, REPORT_FINDINGS_FILE, SCHEMA_PATH, tableFile } from './downloads.ts';
import { KIND_SLUGS, url } from './paths.ts';
import { provenanceOf } from './provenance.ts';
import { tableCaptions } from '../views/report.ts';
import { siteConfig } from './site-config.ts';
import { unitNote } from '../views/table.ts';

export function reportPackage(entry: ReportEntry, report: Report): Record<string, unknown> {
  const title = reportTitle(entry);
  const prov = provenanceOf(report);
  const captions = tableCaptions(report.tables);
  const json = { name: 'report', path: 'report.json', title: `${title}（全部数据）`, description: `解析并核对后的报告，附来源信息；格式见 ${url(SCHEMA_PATH)}`, format: 'json', mediatype: 'application/json' } as const;
  const findings = { name: 'findings', path: REPORT_FINDINGS_FILE, title: `${title}：数据核对`, description: '本报告的全部勾稽关系核对，相符的也在内。', table: findingsTabular([entry], () => report.findings, ALL_CHECKS) };
  const tables = report.tables.map((t, i) => ({ name: t.id, path: tableFile(t), title: captions[i], description: unitNote(t) || undefined, table: tableTabular(t) }));
  return dataPackage({
    name: `${entry.bureauId}-${entry.year}-${KIND_SLUGS[entry.kind]}`,
    title,
    description: `数据读自原文 ${prov.file}（SHA-256 ${prov.sha256}），数字与原文一致，每行注明原文行号。`,
    sources: [{ title: `${title}（原文）`, ...(prov.sourceUrl && { path: prov.sourceUrl }) }],
    resources: [json, findings, ...tables],
  }, siteConfig());
}
