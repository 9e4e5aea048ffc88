// The comparison of bureaus (/compare/): per year, one row per bureau with its 三公 figures (预算数, 决算数 by item,
// 执行率) and its 本年支出合计 with 基本支出 and 项目支出, all in 万元 so that bureaus compare, each figure linked to
// its line. The page lists every bureau; the browser narrows it to the chosen ones and adds their 差额 rows
// (compare-difference.ts). A figure the report does not state is "—", never 0, and the 报告 cell says why.
import { isBudget, SANGONG_ITEMS, type SangongSide } from '../model/domain.ts';
import { convert } from '../model/money.ts';
import type { Amount } from '../model/schema.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { bureauUrl, lineHref } from '../site/paths.ts';
import { amountText, rateText } from './format.ts';
import { hasSangong, inWan } from './sangong.ts';
import { amountColumn as amount, type ViewColumn, type ViewRow } from './table.ts';
import { perYear } from './years.ts';

/** The 三公 items compared: the total and the three items; the vehicle item's two parts stay on the report page. */
const ITEMS = SANGONG_ITEMS.filter((i) => !i.part);

const HEADLINE = [
  { key: 'expenditureTotal', label: '合计' },
  { key: 'basicExpenditure', label: '基本支出' },
  { key: 'projectExpenditure', label: '项目支出' },
] as const;

const SIDES: { side: SangongSide; group: string }[] = [
  { side: 'budget', group: '“三公”经费预算数' },
  { side: 'actual', group: '“三公”经费决算数' },
];

const RATE = amount('“三公”经费执行率');

export const COMPARE_COLUMNS: ViewColumn[] = [
  { label: '单位', groups: [], role: 'name' },
  // A row header too: which report the figures are from, and why some are missing.
  { label: '报告', groups: [], role: 'name' },
  ...SIDES.flatMap(({ group }) => ITEMS.map((i) => amount(i.label, [group]))),
  RATE,
  ...HEADLINE.map((h) => amount(h.label, ['本年支出'])),
];

/** The columns whose 差额 the browser adds: the amounts, not the 执行率 (a ratio of rounded figures). */
export const DIFFERENCE_COLUMNS = COMPARE_COLUMNS.flatMap((c, j) => (c.role === 'amount' && c !== RATE ? [j] : []));

/** One figure as a cell linked to its line in the report; a dash, unlinked, where the report states none. */
const figure = (e: ReportEntry, value: Amount | null, line: number | undefined) => ({
  text: amountText(value),
  href: value !== null && line !== undefined ? e.url + lineHref(line) : undefined,
});

/** What the 报告 cell adds when some figures cannot be there: the reason for the dashes in the row. */
function reportNote(e: ReportEntry): string {
  const r = e.report;
  const notes = [];
  if (!hasSangong(r)) notes.push('未列出“三公”经费');
  else if (isBudget(e.kind)) notes.push('无决算数');
  if (HEADLINE.every((h) => r.summary[h.key] === null)) notes.push('未列出本年支出');
  return notes.length > 0 ? `（${notes.join('；')}）` : '';
}

/** A report's row: 三公 figures in 万元 whatever unit it printed, 执行率 of the totals, the 本年支出 in 万元. */
export function compareRow(e: ReportEntry): ViewRow {
  const r = e.report;
  const sangong = SIDES.flatMap(({ side }) => ITEMS.map((i) => figure(e, inWan(r, side, i.key), r.sangong.lines[side][i.key])));
  const rate = { text: rateText(inWan(r, 'actual', 'total'), inWan(r, 'budget', 'total')) };
  const headline = HEADLINE.map((h) => {
    const v = r.summary[h.key];
    return figure(e, v === null ? null : convert(v, r.unit, '万元'), r.summary.lines[h.key]);
  });
  return {
    cells: [{ text: e.bureau.name, href: bureauUrl(e.bureauId) }, { text: `${e.kind}${reportNote(e)}`, href: e.url }, ...sangong, rate, ...headline],
    data: { 'data-bureau': e.bureauId },
  };
}

/**
 * Per year, newest first, a row per bureau that has a report of that year (registry order, as `entries` are):
 * the final accounts where there are several kinds, since they carry the audited tables.
 */
export function compareYears(entries: readonly ReportEntry[]): { year: number; rows: ViewRow[] }[] {
  const chosen = new Set([...Map.groupBy(entries, (e) => e.bureauId).values()].flatMap((own) => perYear(own, () => true)));
  const byYear = Map.groupBy(entries.filter((e) => chosen.has(e)), (e) => e.year);
  return [...byYear.keys()].sort((a, b) => b - a).map((year) => ({ year, rows: byYear.get(year)!.map(compareRow) }));
}
