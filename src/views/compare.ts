// The comparison of bureaus (/compare/): per year, one row per bureau with its 三公 figures (预算数, 决算数 by item,
// 执行率) and its 本年支出合计 with 基本支出 and 项目支出, all in 万元 so that bureaus compare, each figure linked to
// its line. The rows are on the page, or on pages of their own per year when there are too many (list-pages.ts);
// the browser gathers the chosen bureaus' rows and adds their 差额 rows (compare-difference.ts), from the index
// below. A figure the report does not state is "—", never 0, and the 报告 cell says why.
import { isBudget, SANGONG_ITEMS, type SangongSide } from '../model/domain.ts';
import { convert } from '../model/money.ts';
import type { Bureau } from '../load/registry.ts';
import type { Amount } from '../model/schema.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { bureauUrl, comparePageUrl, lineHref, url } from '../site/paths.ts';
import { COMPARE_PAGE_ROWS, yearPages, type YearPage } from './list-pages.ts';
import { groupByCity } from './regions.ts';
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
 * The report that speaks for each bureau in each year it has one, newest year first, in the order of `entries` within
 * a year: the final accounts where there are several kinds, since they carry the audited tables.
 */
export function compareEntries(entries: readonly ReportEntry[]): ReportEntry[] {
  const chosen = new Set([...Map.groupBy(entries, (e) => e.bureauId).values()].flatMap((own) => perYear(own, () => true)));
  return entries.filter((e) => chosen.has(e)).sort((a, b) => b.year - a.year);
}

/** Per year of `compared` (compareEntries), newest first, a row per bureau that has a report of that year. */
export function compareYears(compared: readonly ReportEntry[]): { year: number; rows: ViewRow[] }[] {
  return [...Map.groupBy(compared, (e) => e.year)].map(([year, own]) => ({ year, rows: own.map(compareRow) }));
}

/** The pages of each year's table; none when all fit on the comparison page. */
export const comparePages = (compared: readonly ReportEntry[]): YearPage[] => yearPages(compared, COMPARE_PAGE_ROWS);

/**
 * What the browser needs to offer every bureau and find its rows: each year's pages of the table (this page alone
 * where it is not paged), and by 市/州 each bureau with the page of each year that holds its row.
 */
export interface CompareIndex {
  pages: Record<string, string[]>;
  cities: { city: string; bureaus: { id: string; name: string; rows: Record<string, number> }[] }[];
}

/** The index of the bureaus in `compared`, in the order of `registry`. */
export function compareIndex(compared: readonly ReportEntry[], pages: readonly YearPage[], registry: readonly Bureau[]): CompareIndex {
  const years = [...new Set(compared.map((e) => e.year))];
  const pageOf = new Map(pages.flatMap((p) => p.entries.map((e) => [e, p.number - 1] as const)));
  const own = Map.groupBy(compared, (e) => e.bureauId);
  return {
    pages: Object.fromEntries(years.map((y) => {
      const ofYear = pages.filter((p) => p.year === y);
      return [String(y), ofYear.length === 0 ? [url('compare/')] : ofYear.map(comparePageUrl)];
    })),
    cities: groupByCity(registry.filter((b) => own.has(b.id))).map(({ city, bureaus }) => ({
      city,
      bureaus: bureaus.map((b) => ({
        id: b.id,
        name: b.name,
        rows: Object.fromEntries(own.get(b.id)!.map((e) => [String(e.year), pageOf.get(e) ?? 0])),
      })),
    })),
  };
}
