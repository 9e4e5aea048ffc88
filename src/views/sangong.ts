// 三公经费 views: one report's budget vs actual by item, and the same figures across bureaus and years.
import { isBudget, SANGONG_ITEMS, type SangongKey, type SangongSide as Side } from '../model/domain.ts';
import { convert } from '../model/money.ts';
import { sangongUnit } from '../parse/sangong.ts';
import type { Amount, Report, SangongFigures, Unit } from '../model/schema.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { amountText, changeRateText, changeText, rateText, signedPercentText, signedText } from './format.ts';
import { bureauUrl, lineHref } from '../site/paths.ts';
import { cityOf } from './regions.ts';
import { amountColumn as amount, type ViewColumn, type ViewRow } from './table.ts';
import { previousYear } from './years.ts';
import { statesPrevious, type StatedYear, type YearOnYear } from './year-on-year.ts';

export { sangongUnit };

export type Item = SangongKey;

/** The 三公 items as the report page lists them: the two parts of the vehicle item as 其中. */
const ITEMS = SANGONG_ITEMS.map(({ key, label, part }) => ({ key, label: part ? `其中：${label}` : label }));

/** Whether the report states any 三公 figure at all (绩效 reports usually do not). */
export function hasSangong(r: Pick<Report, 'sangong'>): boolean {
  return ITEMS.some(({ key }) => r.sangong.budget[key] !== null || r.sangong.actual[key] !== null);
}

const figureCell = (value: Amount | null, line: number | undefined, page = '') => ({
  text: amountText(value),
  href: value !== null && line !== undefined ? page + lineHref(line) : undefined,
});


/** A report's 三公 figure in another unit; conversion is exact, not rounded. */
function figureIn(r: Pick<Report, 'sangong'>, side: Side, key: Item, unit: Unit): Amount | null {
  const v = r.sangong[side][key];
  return v === null ? null : convert(v, sangongUnit(r), unit);
}

/** Figures in 万元 whatever unit the report used, so that bureaus compare. */
export const inWan = (r: Pick<Report, 'sangong'>, side: Side, key: Item) => figureIn(r, side, key, '万元');

/**
 * One report, one row per item: 预算数, 决算数, 执行率 in the report's own unit; then the previous year: when the
 * bureau's report for the year before is present, its 决算数 (converted to this unit) and the change on it; where the
 * narrative states the change, the 上年数 it gives (beside the previous report's, so that a difference shows), and,
 * with no previous report, the change as stated.
 */
export function reportSangong(entry: ReportEntry, years?: YearOnYear): { columns: ViewColumn[]; rows: ViewRow[] } {
  const r = entry.report;
  if (isBudget(entry.kind)) return budgetSangong(r);
  const { budget, actual, lines } = r.sangong;
  const previous = years?.previous;
  const told = statesPrevious(years);
  // Grouped under the year only beside another year's report; the narrative's columns carry their own group.
  const now = previous ? [`${entry.year}年度`] : [];
  const columns: ViewColumn[] = [{ label: '项目', groups: [], role: 'name' }, amount('预算数', now), amount('决算数', now), amount('执行率', now)];
  if (previous) columns.push(amount(`${previous.year}年度决算数`), amount('增减额', ['决算数比上年增减']), amount('增减率', ['决算数比上年增减']));
  if (told) columns.push(...(previous ? [STATED] : [STATED, amount('增减额', [TOLD]), amount('增减率', [TOLD])]));
  const rows = ITEMS.map(({ key, label }): ViewRow => {
    const cells = [{ text: label }, figureCell(budget[key], lines.budget[key]), figureCell(actual[key], lines.actual[key]), { text: rateText(actual[key], budget[key]) }];
    const item = years?.items.find((i) => i.key === key);
    if (previous) {
      const before = item?.portal?.value ?? null;
      cells.push({ text: amountText(before), href: before === null ? undefined : item?.portal?.href }, { text: changeText(actual[key], before) }, { text: changeRateText(actual[key], before) });
    }
    if (told) cells.push(...statedCells(item?.stated ?? null, actual[key], !previous));
    return { total: key === 'total', cells };
  });
  return { columns, rows };
}

const TOLD = '据本报告文字说明';
const STATED = amount('上年决算数', [TOLD]);

/** The previous year as the narrative states it: the 上年数 linked to the line it is worked out from (the stated
 * change, or the stated 上年数), the change and rate as stated, each linked to its line. */
function statedCells(s: StatedYear | null, current: Amount | null, withChange: boolean): { text: string; href?: string }[] {
  const prior = { text: amountText(s?.prior.value ?? null), href: s ? lineHref(s.delta?.line ?? s.prior.lines[0]) : undefined };
  if (!withChange) return [prior];
  const delta = s?.delta ? { text: signedText(s.delta.value), href: lineHref(s.delta.line) } : { text: changeText(current, s?.prior.value ?? null) };
  const rate = s?.percent ? { text: signedPercentText(s.percent.value), href: lineHref(s.percent.line) } : { text: changeRateText(current, s?.prior.value ?? null) };
  return [prior, delta, rate];
}

/** A budget's 三公 figures: 预算数 only, nothing to execute against yet. */
function budgetSangong(r: Pick<Report, 'sangong'>): { columns: ViewColumn[]; rows: ViewRow[] } {
  const columns: ViewColumn[] = [{ label: '项目', groups: [], role: 'name' }, amount('预算数')];
  const rows = ITEMS.map(({ key, label }): ViewRow => ({ total: key === 'total', cells: [{ text: label }, figureCell(r.sangong.budget[key], r.sangong.lines.budget[key])] }));
  return { columns, rows };
}

/** Whether the report states a 三公 决算数: what a year-on-year comparison of spending needs. */
export const hasSangongActual = (r: Pick<Report, 'sangong'>) => ITEMS.some(({ key }) => r.sangong.actual[key] !== null);

/** The report a report's 三公 year on year is worked out against: its bureau's previous year with 决算数, if any. */
export function yearOnYearBase(entry: ReportEntry, all: readonly ReportEntry[]): ReportEntry | undefined {
  return hasSangong(entry.report) && !isBudget(entry.kind) ? previousYear(entry, all, hasSangongActual) : undefined;
}

/** Column labels for the wide tables, grouped as the 三公 table (公开09表) prints them. */
const ACROSS_ITEMS = SANGONG_ITEMS.map(({ key, short, part }) => ({ key, label: short, vehicle: part || key === 'vehicle' }));

type SangongLayout = 'overview' | 'headline' | 'trend';

const CHANGE = '决算合计比上年增减';

function acrossColumns(layout: SangongLayout): ViewColumn[] {
  const year: ViewColumn = { label: '年度', groups: [], role: 'code' };
  const bureau: ViewColumn = { label: '单位', groups: [], role: 'name' };
  const rate = amount('执行率');
  if (layout === 'headline') return [bureau, year, amount('预算数'), amount('决算数'), rate];
  const sides = (group: string) => ACROSS_ITEMS.map((i) => amount(i.label, i.vehicle ? [group, '公务用车购置及运行维护费'] : [group]));
  const lead = layout === 'trend' ? [year] : [bureau, year];
  return [...lead, ...sides('预算数'), ...sides('决算数'), rate, amount('增减额', [CHANGE]), amount('增减率', [CHANGE])];
}

/**
 * Rows across reports, all in 万元. overview: bureau, year, budget and actual by item, rate, change on the year
 * (the 三公 page); headline: bureau, year, totals and rate (home page); trend: the same as overview for one
 * bureau, by year. `all` holds every report, to find each one's previous year.
 */
export function sangongAcross(entries: ReportEntry[], layout: SangongLayout, all: readonly ReportEntry[] = entries): { columns: ViewColumn[]; rows: ViewRow[] } {
  const rows = entries.map((e): ViewRow => {
    const r = e.report;
    const cell = (side: Side, key: Item) => figureCell(figureIn(r, side, key, '万元'), r.sangong.lines[side][key], e.url);
    const rateCell = { text: rateText(r.sangong.actual.total, r.sangong.budget.total) };
    const year = { text: `${e.year}`, href: e.url };
    const bureau = { text: e.bureau.name, href: bureauUrl(e.bureauId) };
    if (layout === 'headline') return { cells: [bureau, year, cell('budget', 'total'), cell('actual', 'total'), rateCell] };
    const previous = previousYear(e, all, hasSangong);
    const now = figureIn(r, 'actual', 'total', '万元');
    const before = previous ? figureIn(previous.report, 'actual', 'total', '万元') : null;
    const side = (s: Side) => ACROSS_ITEMS.map((i) => cell(s, i.key));
    const lead = layout === 'trend' ? [year] : [bureau, year];
    return {
      cells: [...lead, ...side('budget'), ...side('actual'), rateCell, { text: changeText(now, before) }, { text: changeRateText(now, before) }],
      data: layout === 'overview' ? { 'data-year': `${e.year}`, 'data-level': e.bureau.level, 'data-city': cityOf(e.bureau.region) } : undefined,
    };
  });
  return { columns: acrossColumns(layout), rows };
}

/** The figures the 三公 comparison chart draws: per report, budget and actual totals in 万元. */
export function sangongTotals(e: ReportEntry): { budget: Amount | null; actual: Amount | null } {
  return { budget: figureIn(e.report, 'budget', 'total', '万元'), actual: figureIn(e.report, 'actual', 'total', '万元') };
}

/** Actual (or budget) by the three items the chart stacks, in 万元. */
export function sangongParts(e: ReportEntry, side: Side): { label: string; value: Amount | null }[] {
  return (['outbound', 'vehicle', 'reception'] as const).map((key) => ({ label: ITEMS.find((i) => i.key === key)!.label, value: figureIn(e.report, side, key, '万元') }));
}
