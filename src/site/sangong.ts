// 三公经费 views: one report's budget vs actual by item, and the same figures across bureaus and years.
import { convert } from '../core/money.ts';
import { sangongUnit } from '../core/sangong.ts';
import type { Amount, Report, SangongFigures } from '../core/schema.ts';
import type { ReportEntry } from './data.ts';
import { amountText, rateText } from './format.ts';
import { bureauUrl, lineHref } from './paths.ts';
import type { ViewColumn, ViewRow } from './table.ts';

export { sangongUnit };

type Item = keyof SangongFigures;

const ITEMS: { key: Item; label: string }[] = [
  { key: 'total', label: '合计' },
  { key: 'outbound', label: '因公出国（境）费' },
  { key: 'vehicle', label: '公务用车购置及运行维护费' },
  { key: 'vehiclePurchase', label: '其中：公务用车购置费' },
  { key: 'vehicleOperation', label: '其中：公务用车运行维护费' },
  { key: 'reception', label: '公务接待费' },
];

/** Whether the report states any 三公 figure at all (绩效 reports usually do not). */
export function hasSangong(r: Report): boolean {
  return ITEMS.some(({ key }) => r.sangong.budget[key] !== null || r.sangong.actual[key] !== null);
}

const figureCell = (value: Amount | null, line: number | undefined, base = '') => ({
  text: amountText(value),
  href: value !== null && line !== undefined ? base + lineHref(line) : undefined,
});

/** One report, one row per item: 预算数, 决算数, 执行率. Figures in the report's own unit. */
export function reportSangong(r: Report): { columns: ViewColumn[]; rows: ViewRow[] } {
  const { budget, actual, lines } = r.sangong;
  return {
    columns: [
      { label: '项目', groups: [], role: 'name' },
      { label: '预算数', groups: [], role: 'amount' },
      { label: '决算数', groups: [], role: 'amount' },
      { label: '执行率', groups: [], role: 'amount' },
    ],
    rows: ITEMS.map(({ key, label }) => ({
      total: key === 'total',
      cells: [
        { text: label },
        figureCell(budget[key], lines.budget[key]),
        figureCell(actual[key], lines.actual[key]),
        { text: rateText(actual[key], budget[key]) },
      ],
    })),
  };
}

/** Figures in 万元 whatever unit the report used, so that bureaus compare; conversion is exact, not rounded. */
export function inWan(r: Report, side: 'budget' | 'actual', key: Item): Amount | null {
  const v = r.sangong[side][key];
  return v === null ? null : convert(v, sangongUnit(r), '万元');
}

/** Column labels for the wide tables, grouped as the 三公 table (公开09表) prints them. */
const ACROSS_ITEMS: { key: Item; label: string; vehicle?: boolean }[] = [
  { key: 'total', label: '合计' },
  { key: 'outbound', label: '因公出国（境）费' },
  { key: 'vehicle', label: '小计', vehicle: true },
  { key: 'vehiclePurchase', label: '购置费', vehicle: true },
  { key: 'vehicleOperation', label: '运行维护费', vehicle: true },
  { key: 'reception', label: '公务接待费' },
];

type SangongLayout = 'overview' | 'headline' | 'trend';

/**
 * Rows across reports. overview: bureau, year, budget and actual by item, rate (the /sangong/ page);
 * headline: bureau, year, totals and rate (home page); trend: one bureau by year, totals, rate and actual by item.
 */
export function sangongAcross(entries: ReportEntry[], layout: SangongLayout): { columns: ViewColumn[]; rows: ViewRow[] } {
  const lead: ViewColumn[] = layout === 'trend' ? [{ label: '年度', groups: [], role: 'code' }] : [{ label: '单位', groups: [], role: 'name' }, { label: '年度', groups: [], role: 'code' }];
  const sides = (side: 'budget' | 'actual', group: string): ViewColumn[] =>
    ACROSS_ITEMS.map((i) => ({ label: i.label, groups: i.vehicle ? [group, '公务用车购置及运行维护费'] : [group], role: 'amount' }));
  const rate: ViewColumn = { label: '执行率', groups: [], role: 'amount' };
  const columns: ViewColumn[] =
    layout === 'overview' ? [...lead, ...sides('budget', '预算数'), ...sides('actual', '决算数'), rate]
    : layout === 'headline' ? [...lead, { label: '预算数', groups: [], role: 'amount' }, { label: '决算数', groups: [], role: 'amount' }, rate]
    : [...lead, { label: '预算数合计', groups: [], role: 'amount' }, ...sides('actual', '决算数'), rate];
  const rows = entries.map((e): ViewRow => {
    const r = e.report;
    const cell = (side: 'budget' | 'actual', key: Item) => figureCell(inWan(r, side, key), r.sangong.lines[side][key], e.url);
    const side = (s: 'budget' | 'actual') => ACROSS_ITEMS.map((i) => cell(s, i.key));
    const lead = layout === 'trend' ? [{ text: `${e.year}`, href: e.url }] : [{ text: e.bureau.name, href: bureauUrl(e.bureauId) }, { text: `${e.year}`, href: e.url }];
    const rateCell = { text: rateText(r.sangong.actual.total, r.sangong.budget.total) };
    const cells =
      layout === 'overview' ? [...lead, ...side('budget'), ...side('actual'), rateCell]
      : layout === 'headline' ? [...lead, cell('budget', 'total'), cell('actual', 'total'), rateCell]
      : [...lead, cell('budget', 'total'), ...side('actual'), rateCell];
    return { cells };
  });
  return { columns, rows };
}
