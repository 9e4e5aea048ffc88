// Charts as data: each one is drawn in the browser from a spec built from the same rows as the table beside it,
// with a one-sentence summary for readers who do not see the drawing. All figures in 万元.
import { convert, lessOrEqual, sum } from '../model/money.ts';
import type { Amount, Report, Summary } from '../model/schema.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { amountText, rateText } from './format.ts';
import { lineHref } from '../site/paths.ts';
import { hasSangong, sangongAcross, sangongParts, sangongTotals } from './sangong.ts';
import { amountColumn as amount, type ViewColumn, type ViewRow } from './table.ts';
import { perYear } from './years.ts';

/** What the bureau charts read of a report: its summary figures and their unit. */
type Summarised = Pick<Report, 'summary' | 'unit'>;

export interface ChartSpec {
  /** Bars run sideways when the categories are long names (bureaus). */
  horizontal: boolean;
  stacked: boolean;
  unit: string;
  /** Category names; an array is drawn as lines, so that long names fit narrow screens. */
  labels: (string | string[])[];
  /** Canonical amounts; null where the report states nothing. */
  series: { label: string; data: (Amount | null)[] }[];
}

export interface ChartView {
  id: string;
  title: string;
  summary: string;
  spec: ChartSpec;
  table: { columns: ViewColumn[]; rows: ViewRow[] };
  note: string;
}

const WAN = '万元';
const wan = (a: Amount | null) => (a === null ? '—' : `${amountText(a)} 万元`);
const YEAR: ViewColumn = { label: '年度', groups: [], role: 'code' };
const span = (entries: ReportEntry[]) => (entries.length > 1 ? `${entries[0].year}–${entries.at(-1)!.year}年，` : '');

/** 三公 budget and actual by item, one stacked bar per year and side; its table is the bureau's 三公 trend table. */
function sangongTrend(own: ReportEntry[], all: readonly ReportEntry[]): ChartView | null {
  const years = perYear(own, hasSangong);
  if (years.length === 0) return null;
  const labels = years.flatMap((e) => [[`${e.year}年`, '预算数'], [`${e.year}年`, '决算数']]);
  const parts = years.map((e) => [sangongParts(e, 'budget'), sangongParts(e, 'actual')]);
  const series = parts[0][0].map((p, k) => ({ label: p.label, data: parts.flatMap(([b, a]) => [b[k].value, a[k].value]) }));
  const last = years.at(-1)!;
  const { budget, actual } = sangongTotals(last);
  const items = sangongParts(last, 'actual').map((p) => `${p.label} ${wan(p.value)}`).join('、');
  const now = `${last.year}年预算数 ${wan(budget)}，决算数 ${wan(actual)}，执行率 ${rateText(actual, budget)}，决算中${items}`;
  const trend = years.length > 1 ? `${span(years)}“三公”经费决算数由 ${wan(sangongTotals(years[0]).actual)} 变为 ${wan(actual)}；` : '“三公”经费';
  return {
    id: 'chart-sangong',
    title: '历年“三公”经费预算数与决算数（按项目）',
    summary: `${trend}${now}。`,
    spec: { horizontal: false, stacked: true, unit: WAN, labels, series },
    table: sangongAcross(years, 'trend', all),
    note: '单位：万元；执行率 = 决算数 ÷ 预算数',
  };
}

type SummaryKey = keyof Omit<Summary, 'lines'>;

function summaryIn(r: Summarised, key: SummaryKey): Amount | null {
  const v = r.summary[key];
  return v === null ? null : convert(v, r.unit, WAN);
}

const hasSummary = (keys: SummaryKey[]) => (r: Summarised) => keys.some((k) => r.summary[k] !== null);

/** A table of one bureau's summary figures by year, each linking to the line it was read from. */
function summaryTable(years: ReportEntry[], keys: { key: SummaryKey; label: string }[], extra?: { label: string; text: (e: ReportEntry) => string }) {
  const columns = [YEAR, ...keys.map((k) => amount(k.label)), ...(extra ? [amount(extra.label)] : [])];
  const rows = years.map((e): ViewRow => {
    const line = (key: SummaryKey) => e.report.summary.lines[key];
    const cells = keys.map(({ key }) => {
      const v = summaryIn(e.report, key);
      return { text: amountText(v), href: v !== null && line(key) !== undefined ? e.url + lineHref(line(key)) : undefined };
    });
    return { cells: [{ text: `${e.year}`, href: e.url }, ...cells, ...(extra ? [{ text: extra.text(e) }] : [])] };
  });
  return { columns, rows };
}

function seriesOf(years: ReportEntry[], keys: { key: SummaryKey; label: string }[]) {
  return keys.map(({ key, label }) => ({ label, data: years.map((e) => summaryIn(e.report, key)) }));
}

const TOTALS: { key: SummaryKey; label: string }[] = [
  { key: 'incomeTotal', label: '本年收入合计' },
  { key: 'expenditureTotal', label: '本年支出合计' },
];

function totalsTrend(own: ReportEntry[]): ChartView | null {
  const years = perYear(own, hasSummary(TOTALS.map((t) => t.key)));
  if (years.length === 0) return null;
  const last = years.at(-1)!.report;
  const change = years.length > 1 ? `本年支出合计由 ${wan(summaryIn(years[0].report, 'expenditureTotal'))} 变为 ${wan(summaryIn(last, 'expenditureTotal'))}；` : '';
  return {
    id: 'chart-totals',
    title: '历年收入与支出合计',
    summary: `${span(years)}${change}${years.at(-1)!.year}年本年收入合计 ${wan(summaryIn(last, 'incomeTotal'))}，本年支出合计 ${wan(summaryIn(last, 'expenditureTotal'))}。`,
    spec: { horizontal: false, stacked: false, unit: WAN, labels: years.map((e) => `${e.year}年`), series: seriesOf(years, TOTALS) },
    table: summaryTable(years, TOTALS),
    note: '单位：万元（收入支出决算总表）',
  };
}

const SPLIT: { key: SummaryKey; label: string }[] = [
  { key: 'basicExpenditure', label: '基本支出' },
  { key: 'projectExpenditure', label: '项目支出' },
];

/** Share of 基本支出 in 基本 + 项目, when both are stated. */
function basicShare(r: Summarised): string {
  const basic = summaryIn(r, 'basicExpenditure');
  const project = summaryIn(r, 'projectExpenditure');
  return basic === null || project === null ? '—' : rateText(basic, sum([basic, project]));
}

function splitTrend(own: ReportEntry[]): ChartView | null {
  const years = perYear(own, hasSummary(SPLIT.map((t) => t.key)));
  if (years.length === 0) return null;
  const last = years.at(-1)!;
  const share = basicShare(last.report);
  return {
    id: 'chart-split',
    title: '历年基本支出与项目支出',
    summary: `${years.length > 1 ? `${span(years)}基本支出由 ${wan(summaryIn(years[0].report, 'basicExpenditure'))} 变为 ${wan(summaryIn(last.report, 'basicExpenditure'))}；` : ''}${last.year}年基本支出 ${wan(summaryIn(last.report, 'basicExpenditure'))}${share === '—' ? '' : `（占两项合计的 ${share}）`}，项目支出 ${wan(summaryIn(last.report, 'projectExpenditure'))}。`,
    spec: { horizontal: false, stacked: true, unit: WAN, labels: years.map((e) => `${e.year}年`), series: seriesOf(years, SPLIT) },
    table: summaryTable(years, SPLIT, { label: '基本支出占比', text: (e) => basicShare(e.report) }),
    note: '单位：万元；占比 = 基本支出 ÷（基本支出 + 项目支出）',
  };
}

/** The bureau page's trends: 三公 by item, income and expenditure totals, basic against project spending. */
export function bureauCharts(own: ReportEntry[], all: readonly ReportEntry[]): ChartView[] {
  return [sangongTrend(own, all), totalsTrend(own), splitTrend(own)].filter((c): c is ChartView => c !== null);
}

/** Extremes of a list of figures: the entries with the largest and smallest value. */
function extremes<T>(list: T[], value: (t: T) => Amount | null): { high: T; low: T } | null {
  const known = list.filter((t) => value(t) !== null);
  if (known.length === 0) return null;
  const pick = (better: (a: Amount, b: Amount) => boolean) => known.reduce((best, t) => (better(value(t)!, value(best)!) ? t : best));
  return { high: pick((a, b) => !lessOrEqual(a, b)), low: pick((a, b) => !lessOrEqual(b, a)) };
}

/**
 * The 三公 page's chart: each bureau's latest year, budget against actual. `scope` names the reports drawn, for a
 * page of one year's reports.
 */
export function compareChart(latest: ReportEntry[], scope = '各单位最近一年'): ChartView | null {
  if (latest.length === 0) return null;
  const name = (e: ReportEntry) => `${e.bureau.name}（${e.year}年）`;
  const ends = extremes(latest, (e) => sangongTotals(e).actual);
  const sentence = ends && latest.length > 1
    ? `${scope}中，“三公”经费决算数最高的是${name(ends.high)}，${wan(sangongTotals(ends.high).actual)}；最低的是${name(ends.low)}，${wan(sangongTotals(ends.low).actual)}。`
    : `${name(latest[0])}“三公”经费预算数 ${wan(sangongTotals(latest[0]).budget)}，决算数 ${wan(sangongTotals(latest[0]).actual)}。`;
  return {
    id: 'chart-compare',
    title: `${scope}“三公”经费预算数与决算数`,
    summary: sentence,
    spec: {
      horizontal: true,
      stacked: false,
      unit: WAN,
      labels: latest.map((e) => [e.bureau.name, `（${e.year}年）`]),
      series: [
        { label: '预算数', data: latest.map((e) => sangongTotals(e).budget) },
        { label: '决算数', data: latest.map((e) => sangongTotals(e).actual) },
      ],
    },
    table: sangongAcross(latest, 'headline'),
    note: '单位：万元；执行率 = 决算数 ÷ 预算数',
  };
}
