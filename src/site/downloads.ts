// Where the downloads live. Pages link here; the portal-wide files are endpoints under src/pages/data/ and each
// report's files are written by the data step (src/site/report-data/).
import { findingsTabular, headlineTabular, PROBLEMS, sangongTabular } from '../publish/export/portal-csv.ts';
import type { Tabular } from '../publish/export/tabular.ts';
import type { Kind, Report, Table } from '../model/schema.ts';
import type { ReportEntry } from './report-entry.ts';
import { KIND_SLUGS, url } from './paths.ts';
import { tableCaptions } from '../views/report.ts';
import { isPdfFile } from '../pipeline/parse-bytes.ts';

export const SCHEMA_PATH = 'schema/report.schema.json';
export const DATA_PATH = 'data/';

/** The portal-wide CSVs, by the name of their file under data/ (also their name in datapackage.json). */
export const PORTAL_TABLES: Record<string, { title: string; description: string; build: (entries: readonly ReportEntry[]) => Tabular }> = {
  sangong: {
    title: '“三公”经费：各单位各年度预算数与决算数（分项）',
    description: '财政拨款“三公”经费，每份报告每个项目一行；金额与原文一致，单位见“金额单位”列。',
    build: sangongTabular,
  },
  headlines: {
    title: '主要数字：各报告的收入、支出合计与基本支出、项目支出、人员经费、公用经费',
    description: '每份报告每个指标一行；金额与原文一致，单位见“金额单位”列。',
    build: headlineTabular,
  },
  findings: {
    title: '数据核对发现：各报告中不相符、舍入差异和无法核对的勾稽关系',
    description: '每项发现一行：核对规则、两方的金额与原文行号、差额及结果。相符的核对数量很大，在各报告自己的 findings.csv 中。',
    build: (entries) => findingsTabular(entries, (e) => e.report.problems, PROBLEMS),
  },
};

const portalFileUrl = (file: string) => url(`${DATA_PATH}${file}`);

type ReportKey = { bureauId: string; year: number; kind: Kind };

/** Folder of one report's downloads, relative to the site root: data/reports/<单位>/<年度>/<类型>/. */
export const reportDataPath = (e: ReportKey) => `${DATA_PATH}reports/${e.bureauId}/${e.year}/${KIND_SLUGS[e.kind]}/`;
const reportFileUrl = (e: ReportKey, file: string) => url(reportDataPath(e) + file);
export const tableFile = (t: Pick<Table, 'id'>) => `${t.id}.csv`;
export const REPORT_JSON = 'report.json';
export const PACKAGE_JSON = 'datapackage.json';
/** A report read from a PDF publishes the PDF as committed, beside its data. */
export const ORIGINAL_PDF = 'original.pdf';
export const originalPdfUrl = (e: ReportKey & { report: Pick<Report, 'file'> }) => (isPdfFile(e.report.file) ? reportFileUrl(e, ORIGINAL_PDF) : null);
/** Every check of one report, those that hold included. */
export const REPORT_FINDINGS_FILE = 'findings.csv';
export const ALL_CHECKS = [...PROBLEMS, 'holds'] as const;

/** A file name that says what it is once saved ("郴州市医疗保障局2022年度部门决算_公开09表….csv"). */
const saveAs = (title: string, ext: string) => `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}.${ext}`;

export interface DownloadLink {
  href: string;
  label: string;
  format: 'CSV' | 'JSON' | 'PDF';
  /** File name when saved, where the address alone would not say what the file is. */
  saveAs?: string;
}

type ReportLinkKey = ReportKey & { report: Pick<Report, 'tables' | 'file'>; title: string };

/** One report's files: its PDF if it was read from one, the whole report as JSON, its checks, its data package and each table. */
export function reportDownloads(e: ReportLinkKey): DownloadLink[] {
  const captions = tableCaptions(e.report.tables);
  const pdf = originalPdfUrl(e);
  return [
    ...(pdf ? [{ href: pdf, label: '原文 PDF（发布单位公开的原件）', format: 'PDF', saveAs: saveAs(e.title, 'pdf') } as const] : []),
    { href: reportFileUrl(e, REPORT_JSON), label: '报告全部数据（含原文与来源）', format: 'JSON', saveAs: saveAs(e.title, 'json') },
    { href: reportFileUrl(e, REPORT_FINDINGS_FILE), label: '数据核对（全部核对项）', format: 'CSV', saveAs: saveAs(`${e.title}_数据核对`, 'csv') },
    ...e.report.tables.map((t, i): DownloadLink => ({ href: reportFileUrl(e, tableFile(t)), label: captions[i], format: 'CSV', saveAs: saveAs(`${e.title}_${captions[i]}`, 'csv') })),
    { href: reportFileUrl(e, PACKAGE_JSON), label: '数据包说明（datapackage.json：各文件的字段、类型与单位）', format: 'JSON' },
  ];
}

/** The portal-wide files. */
export function portalDownloads(): DownloadLink[] {
  return [
    ...Object.entries(PORTAL_TABLES).map(([name, t]): DownloadLink => ({ href: portalFileUrl(`${name}.csv`), label: t.title, format: 'CSV' })),
    { href: portalFileUrl('datapackage.json'), label: '数据包说明（datapackage.json：各文件的字段、类型、单位与使用许可）', format: 'JSON' },
  ];
}

/** A bureau's files: the whole of each of its reports, its checks, and the portal-wide 三公 table. */
export function bureauDownloads(entries: readonly (ReportKey & { title?: string })[]): DownloadLink[] {
  return [
    ...entries.flatMap((e): DownloadLink[] => [
      { href: reportFileUrl(e, REPORT_JSON), label: `${e.year}年度${e.kind}：全部数据`, format: 'JSON' },
      { href: reportFileUrl(e, PACKAGE_JSON), label: `${e.year}年度${e.kind}：数据包说明（含各表 CSV 的清单）`, format: 'JSON' },
    ]),
    { href: portalFileUrl('sangong.csv'), label: PORTAL_TABLES.sangong.title, format: 'CSV' },
  ];
}
