// The portal-wide downloads, one row per figure so that every row carries its source line: 三公经费 by bureau,
// year and item (budget and actual); the headline figures of each report; every audit finding.
import { sangongUnit } from '../../parse/sangong.ts';
import { SANGONG_ITEMS, STATUS_LABELS, STATUSES } from '../../model/domain.ts';
import { SUMMARY_FIGURES } from '../../model/figures.ts';
import type { Finding, Kind, Report } from '../../model/schema.ts';
import type { Field, Tabular } from './tabular.ts';

/** What the downloads need to know of a report beyond its data: which bureau, and its page. */
export interface ReportRef {
  bureauId: string;
  bureau: { name: string };
  year: number;
  kind: Kind;
  url: string;
  report: Pick<Report, 'file' | 'unit' | 'summary' | 'sangong'>;
}

const UNIT: Field = { name: '金额单位', type: 'string', categories: ['万元', '元'] };
const LEAD: Field[] = [
  { name: '单位代码', type: 'string', description: '单位在本站的代码（网址中的目录名）' },
  { name: '单位名称', type: 'string' },
  { name: '年度', type: 'integer' },
  { name: '报告类型', type: 'string' },
];
const TAIL: Field[] = [
  { name: '原文文件', type: 'string', description: '报告原文在本站内容库中的路径' },
  { name: '报告网址', type: 'string', description: '报告页面；原文第 n 行在该网址后加 original/#Ln 打开' },
];

const lead = (e: ReportRef) => [e.bureauId, e.bureau.name, String(e.year), e.kind];
const tail = (e: ReportRef) => [e.report.file, e.url];
const text = (v: string | null | undefined) => v ?? '';
const lineText = (line: number | undefined) => (line === undefined ? '' : String(line));

/** 三公经费: a row per report and item that states a budget or an actual figure, in the unit the report uses. */
export function sangongTabular(entries: readonly ReportRef[]): Tabular {
  const fields: Field[] = [
    ...LEAD,
    { name: '项目', type: 'string', categories: SANGONG_ITEMS.map((i) => i.label) },
    { name: '预算数', type: 'number', description: '财政拨款“三公”经费预算数，单位见“金额单位”' },
    { name: '决算数', type: 'number', description: '财政拨款“三公”经费决算数，单位见“金额单位”' },
    UNIT,
    { name: '预算数原文行号', type: 'integer' },
    { name: '决算数原文行号', type: 'integer' },
    { name: '数据来源', type: 'string', description: '数字所在的表或段落' },
    ...TAIL,
  ];
  const rows = entries.flatMap((e) => {
    const { budget, actual, lines, source } = e.report.sangong;
    return SANGONG_ITEMS.filter(({ key }) => budget[key] !== null || actual[key] !== null).map(({ key, label }) => [
      ...lead(e), label, text(budget[key]), text(actual[key]), sangongUnit(e.report),
      lineText(budget[key] === null ? undefined : lines.budget[key]), lineText(actual[key] === null ? undefined : lines.actual[key]),
      text(source?.description), ...tail(e),
    ]);
  });
  return { fields, rows };
}

/** Headline figures: a row per report and figure the report states. */
export function headlineTabular(entries: readonly ReportRef[]): Tabular {
  const fields: Field[] = [
    ...LEAD,
    { name: '指标', type: 'string', categories: SUMMARY_FIGURES.map((f) => f.label) },
    { name: '金额', type: 'number', description: '单位见“金额单位”' },
    UNIT,
    { name: '原文行号', type: 'integer' },
    ...TAIL,
  ];
  const rows = entries.flatMap((e) => {
    const s = e.report.summary;
    return SUMMARY_FIGURES.filter(({ key }) => s[key] !== null).map(({ key, label }) => [...lead(e), label, s[key]!, e.report.unit, lineText(s.lines[key]), ...tail(e)]);
  });
  return { fields, rows };
}

const LINES: Pick<Field, 'type' | 'itemType' | 'delimiter'> = { type: 'list', itemType: 'integer', delimiter: ',' };

/** The 结果 column's categories, as the portal's findings.csv has always listed them. */
const CSV_STATUS_ORDER = ['mismatch', 'rounding', 'holds', 'insufficient'] as const;

/** Statuses that are a finding for readers: everything but a check that holds. */
export const PROBLEMS: readonly Finding['status'][] = ['mismatch', 'rounding', 'insufficient'];

/** The checks the auditor made with the given results, with both sides, their values and source lines. */
export function findingsTabular<E extends ReportRef>(entries: readonly E[], findingsOf: (e: E) => readonly Finding[], statuses: readonly Finding['status'][]): Tabular {
  const fields: Field[] = [
    ...LEAD,
    { name: '核对代码', type: 'string', description: '核对规则的固定代码（MZ-A-…）' },
    { name: '结果', type: 'string', categories: CSV_STATUS_ORDER.map((s) => STATUS_LABELS[s]) },
    { name: '核对规则', type: 'string' },
    { name: '参照项', type: 'string', description: '规则中作为参照的一方，如“各项之和”' },
    { name: '参照金额', type: 'number' },
    { name: '参照原文行号', ...LINES },
    { name: '核对项', type: 'string', description: '与参照比较的一方，如“本年收入合计”' },
    { name: '核对金额', type: 'number' },
    { name: '核对原文行号', ...LINES },
    { name: '差额', type: 'number' },
    { name: '允许舍入误差', type: 'number' },
    UNIT,
    { name: '说明', type: 'string' },
    ...TAIL,
  ];
  const rows = entries.flatMap((e) =>
    findingsOf(e).filter((f) => statuses.includes(f.status)).map((f) => [
      ...lead(e), f.code, STATUS_LABELS[f.status], f.rule,
      f.expected.label, text(f.expected.value), f.expected.lines.join(','),
      f.actual.label, text(f.actual.value), f.actual.lines.join(','),
      text(f.difference), text(f.tolerance), e.report.unit, f.message, ...tail(e),
    ]),
  );
  return { fields, rows };
}
