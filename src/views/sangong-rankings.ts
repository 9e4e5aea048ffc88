// The 三公 page's comparisons, year by year: over every bureau and within each 市州, the lowest and highest 执行率
// (决算合计 ÷ 预算合计) and the largest increase and decrease of the 决算合计 on the bureau's previous report in the
// portal. Final accounts only (a budget has nothing executed yet), all in 万元. A ranking of fewer than two bureaus
// says nothing, so a scope is listed only where at least two reports have a 执行率.
import { compare, isZero, percent } from '../model/money.ts';
import type { Amount } from '../model/schema.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { difference, rateText, signedText } from './format.ts';
import { cityOf } from './regions.ts';
import { hasSangongActual, inWan } from './sangong.ts';
import type { ViewColumn, ViewRow } from './table.ts';
import { perYear, previousYear } from './years.ts';

interface Compared {
  entry: ReportEntry;
  /** 决算合计 ÷ 预算合计 in per cent, 4 places for ranking; null without both or with a zero budget. */
  rate: Amount | null;
  /** 决算合计 less the previous report's, in 万元; null without a previous report stating it. */
  change: Amount | null;
}

const text = (c: Compared, value: string) => ({ text: `${c.entry.bureau.name} ${value}`, href: `${c.entry.url}#sangong` });

function compared(entry: ReportEntry, all: readonly ReportEntry[]): Compared {
  const actual = inWan(entry.report, 'actual', 'total');
  const budget = inWan(entry.report, 'budget', 'total');
  const previous = previousYear(entry, all, hasSangongActual);
  const before = previous ? inWan(previous.report, 'actual', 'total') : null;
  return {
    entry,
    rate: actual !== null && budget !== null && !isZero(budget) ? percent(actual, budget, 4) : null,
    change: actual !== null && before !== null ? difference(actual, before) : null,
  };
}

/** The one with the lowest (or, `highest`, the highest) value, among those that have one. */
function extreme(list: readonly Compared[], value: (c: Compared) => Amount | null, highest: boolean): Compared | null {
  const valued = list.filter((c) => value(c) !== null);
  const sign = highest ? -1 : 1;
  return valued.sort((a, b) => sign * compare(value(a)!, value(b)!))[0] ?? null;
}

function scopeRow(label: string, list: readonly Compared[]): ViewRow {
  const rate = (c: Compared | null) => (c ? text(c, rateText(inWan(c.entry.report, 'actual', 'total'), inWan(c.entry.report, 'budget', 'total'))) : { text: '—' });
  const rise = extreme(list.filter((c) => c.change !== null && compare(c.change, '0') > 0), (c) => c.change, true);
  const fall = extreme(list.filter((c) => c.change !== null && compare(c.change, '0') < 0), (c) => c.change, false);
  const change = (c: Compared | null) => (c ? text(c, `${signedText(c.change!)} 万元`) : { text: '—' });
  return { cells: [{ text: label }, rate(extreme(list, (c) => c.rate, false)), rate(extreme(list, (c) => c.rate, true)), change(rise), change(fall)] };
}

export const RANKING_COLUMNS: ViewColumn[] = [
  { label: '范围', groups: [], role: 'name' },
  { label: '最低', groups: ['执行率'], role: 'text' },
  { label: '最高', groups: ['执行率'], role: 'text' },
  { label: '增加最多', groups: ['决算合计比上年'], role: 'text' },
  { label: '减少最多', groups: ['决算合计比上年'], role: 'text' },
];

/** Per year, newest first: a row for all bureaus and one per 市州, each where two or more reports have a 执行率. */
export function sangongRankings(entries: readonly ReportEntry[], all: readonly ReportEntry[]): { year: number; rows: ViewRow[] }[] {
  // One report per bureau and year, the final accounts before a 绩效自评 that repeats them.
  const finals = [...Map.groupBy(entries, (e) => e.bureauId).values()].flatMap((own) => perYear(own, hasSangongActual)).map((e) => compared(e, all));
  const years = [...new Set(finals.map((c) => c.entry.year))].sort((a, b) => b - a);
  return years.flatMap((year) => {
    const inYear = finals.filter((c) => c.entry.year === year);
    const cities = [...Map.groupBy(inYear, (c) => cityOf(c.entry.bureau.region))].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'));
    const scopes: [string, Compared[]][] = [['全部单位', inYear], ...cities];
    const rows = scopes.filter(([, list]) => list.filter((c) => c.rate !== null).length >= 2).map(([label, list]) => scopeRow(label, list));
    return rows.length > 0 ? [{ year, rows }] : [];
  });
}
