// The data package of one report: its JSON, its checks and each of its tables, with the source they were read from.
import type { Report, Table } from '../../model/schema.ts';
import { dataPackage } from '../../publish/export/datapackage.ts';
import type { Tabular } from '../../publish/export/tabular.ts';
import type { ListedReport } from '../../load/report-list.ts';
import { REPORT_FINDINGS_FILE, REPORT_JSON, SCHEMA_PATH, tableFile } from '../downloads.ts';
import { KIND_SLUGS, url } from '../paths.ts';
import { provenanceOf } from '../provenance.ts';
import { reportTitle } from '../report-entry.ts';
import { siteConfig } from '../site-config.ts';
import { tableCaptions } from '../../views/report.ts';
import { unitNote } from '../../views/table.ts';

/** A published report with its page's address, as the data files name it. */
export type DataEntry = ListedReport & { url: string };

export function reportPackage(entry: DataEntry, report: Report, findings: Tabular, tables: readonly { table: Table; tabular: Tabular }[]): Record<string, unknown> {
  const title = reportTitle(entry);
  const prov = provenanceOf(report);
  const captions = tableCaptions(report.tables);
  const json = { name: 'report', path: REPORT_JSON, title: `${title}（全部数据）`, description: `解析并核对后的报告，附来源信息；格式见 ${url(SCHEMA_PATH)}`, format: 'json', mediatype: 'application/json' } as const;
  const checks = { name: 'findings', path: REPORT_FINDINGS_FILE, title: `${title}：数据核对`, description: '本报告的全部勾稽关系核对，相符的也在内。', table: findings };
  const resources = tables.map(({ table, tabular }, i) => ({ name: table.id, path: tableFile(table), title: captions[i], description: unitNote(table) || undefined, table: tabular }));
  return dataPackage({
    name: `${entry.bureauId}-${entry.year}-${KIND_SLUGS[entry.kind]}`,
    title,
    description: `数据读自原文 ${prov.file}（SHA-256 ${prov.sha256}），数字与原文一致，每行注明原文行号。`,
    sources: [{ title: `${title}（原文）`, ...(prov.sourceUrl && { path: prov.sourceUrl }) }],
    resources: [json, checks, ...resources],
  }, siteConfig());
}
