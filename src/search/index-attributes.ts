// What the search index (Pagefind) learns about a page besides its text: filters, metadata and sort keys, and the
// compact text that stands in for a report table. Pages render these as data-pagefind-* attributes.
import type { Bureau } from '../load/registry.ts';
import type { Report, Table } from '../model/schema.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { isBudget, SANGONG_ITEMS, SANGONG_KEYS } from '../model/domain.ts';
import { amountText } from '../views/format.ts';
import { encodeFigures, encodeHeadline, figureValues, HEADLINE_KEYS } from './figure-meta.ts';
import { inWan, sangongUnit } from '../views/sangong.ts';
import { unreadLines } from '../views/report.ts';
import { perYear } from '../views/years.ts';
import { bureauUrl } from '../site/paths.ts';

export interface SearchKeys {
  filters: [string, string][];
  meta: [string, string][];
  /** Every indexed page carries every sort key: Pagefind drops pages without the key from a sorted search. */
  sort: [string, string][];
}

/** Sort value for a page without a 三公 figure: below every real figure, zero included. */
const NO_SANGONG = '-1';

/**
 * The region and every region containing it, so that filtering by 湖南省邵阳市 includes 北塔区:
 * 湖南省邵阳市北塔区 → 湖南省, 湖南省邵阳市, 湖南省邵阳市北塔区. A name that does not split this way stays whole.
 */
function regionLevels(region: string): string[] {
  const m = REGION.exec(region);
  const parts = m ? m.slice(1).filter((p) => p !== undefined) : [];
  if (parts.length === 0) return [region];
  return parts.map((_, i) => parts.slice(0, i + 1).join(''));
}

/** Province, prefecture, county, each optional; the lazy names backtrack so that 郴州市 is one level, not 郴州 + 市. */
const REGION = /^(.+?(?:省|自治区|特别行政区))?(.+?(?:自治州|市|州|盟|地区))?(.+?(?:自治县|自治旗|市|区|县|旗))?$/;

/** The 三公 actual total: as the report prints it (metadata shown with a result), and in 万元 (sort key). */
function sangongTotal({ report }: ReportEntry): { shown: [string, string][]; sort: string } {
  const total = report.sangong.actual.total;
  if (total === null) return { shown: [], sort: NO_SANGONG };
  return { shown: [['sangong', `${amountText(total)} ${sangongUnit(report)}`]], sort: inWan(report, 'actual', 'total') ?? NO_SANGONG };
}

const regions = (b: Bureau) => regionLevels(b.region).map((r): [string, string] => ['地区', r]);

/** Every 三公 item the report states, for the figure line of a result (search/figure-meta.ts). */
function sangongFigures({ report }: ReportEntry): [string, string][] {
  const items = Object.fromEntries(SANGONG_KEYS.map((k) => [k, { budget: report.sangong.budget[k], actual: report.sangong.actual[k] }]));
  const text = encodeFigures({ unit: sangongUnit(report), items });
  return text.includes('=') ? [['figures', text]] : [];
}

/** The headline figures the report states, for the figure line of a result. */
function headlineFigures({ report }: ReportEntry): [string, string][] {
  const figures = Object.fromEntries(HEADLINE_KEYS.flatMap((k) => (report.summary[k] === null ? [] : [[k, report.summary[k]]])));
  return Object.keys(figures).length > 0 ? [['headline', encodeHeadline({ unit: report.unit, figures })]] : [];
}

/**
 * `own`: every report of the entry's bureau. Bureau pages are not indexed (src/search/shards.ts): each report carries
 * its bureau's names, page and latest 三公 total, so that a query naming the bureau can show it first.
 */
export function reportSearchKeys(entry: ReportEntry, own: readonly ReportEntry[]): SearchKeys {
  const year = String(entry.year);
  const sangong = sangongTotal(entry);
  // The latest total only on the bureau's newest year (the latest search scope, where the search page takes it from):
  // a new year's report then changes no page of the earlier years, and their search shards are kept as they are.
  const newest = own.every((e) => e.year <= entry.year);
  const bureau: [string, string][] = [['bureau', entry.bureau.name], ['names', [entry.bureau.name, ...entry.bureau.shortNames].join('、')],
    ['bureauUrl', bureauUrl(entry.bureauId)], ['region', entry.bureau.region], ...(newest ? latestSangong(own) : [])];
  return {
    filters: [['单位', entry.bureau.name], ['年度', year], ...regions(entry.bureau), ['报告类型', entry.kind]],
    meta: [...bureau, ['year', year], ['kind', entry.kind], ...sangong.shown, ...sangongFigures(entry), ...headlineFigures(entry)],
    sort: [['year', year], ['sangong', sangong.sort]],
  };
}

/** The 三公 total of the bureau's newest report that states one (a budget: its 预算数), said in full, and its link. */
function latestSangong(own: readonly ReportEntry[]): [string, string][] {
  const stated = (e: ReportEntry) => (isBudget(e.kind) ? e.report.sangong.budget.total : e.report.sangong.actual.total);
  const latest = perYear(own.filter((e) => stated(e) !== null), () => true).at(-1);
  if (!latest) return [];
  const side = isBudget(latest.kind) ? '预算' : '决算';
  const text = `“三公”经费${side} ${amountText(stated(latest))} ${sangongUnit(latest.report)}（${latest.year}年度${latest.kind}）`;
  return [['latest', text], ['latestUrl', `${latest.url}#sangong`]];
}

// Pagefind reads a page's text element by element and joins block elements with a full stop, so a table or a list of
// terms and values indexed as it is drawn comes back in excerpts as 「公务接待费 5.00. 2.22. 44.4%」. What is drawn that
// way is kept out of the index (data-pagefind-ignore) and stands there as the sentences below (data-search-text).

/** Pairs drawn as a list of terms (单位, 地区, 简称 …) as one sentence: 「地区：湖南省邵阳市；级次：市级。」 */
export const factsSearchText = (pairs: readonly (readonly [string, string])[]): string =>
  `${pairs.map(([term, value]) => `${term}：${value}`).join('；')}。`;

/** The headline figures as the index states them (after the heading 主要数字): 「本年收入合计 51,448.55 万元；……。」 */
export const headlineSearchText = (figures: readonly { label: string; text: string; unit: string }[]): string =>
  `${figures.map((f) => `${f.label} ${f.text} ${f.unit}`).join('；')}。`;

const SANGONG_LABELS: Record<string, string> = { ...Object.fromEntries(SANGONG_ITEMS.map((i) => [i.key, i.label])), total: '“三公”经费合计' };

/** The 三公 table as labelled figures, the items it states: 「“三公”经费合计：预算数 9.00 万元，决算数 6.22 万元；……。」 */
export function sangongSearchText({ report, kind }: Pick<ReportEntry, 'report' | 'kind'>, unit: string): string {
  const { budget, actual } = report.sangong;
  const stated = SANGONG_KEYS.filter((k) => budget[k] !== null || (!isBudget(kind) && actual[k] !== null));
  const items = stated.map((k) => `${SANGONG_LABELS[k]}：${figureValues(budget[k], actual[k], unit, isBudget(kind))}`);
  return `${items.join('；')}。`;
}

/**
 * What each report table of a page contributes to the index: its caption and the words of its rows (codes, names,
 * text cells), not its amounts, one row to a clause: 「公开02表 收入决算表：208 社会保障和就业支出；20805 …。」.
 * Amount cells would make each result fragment several times larger, and the figures a reader searches for (三公,
 * totals) are indexed where the page states them: headline figures, the 三公 table, the text. The tables repeat
 * one list of 科目, so each word is indexed once per page, in the first table that has it; rows whose amounts are
 * all zero are the printed form's unused lines and add nothing. Indexing time and memory, and the text each result
 * fetches, grow with these words (README "Performance"). What the parser could not read in a table follows as
 * published, so that it is found as it was when the tables were on the report page.
 */
export function tableSearchTexts(report: Pick<Report, 'tables' | 'unrecognised' | 'source'>, captions: readonly string[]): string[] {
  const seen = new Set<string>();
  return report.tables.map((table, i) => {
    const words = table.columns.map((c) => c.role !== 'amount' && c.role !== 'rowNo');
    const rows = table.rows.filter(used)
      .map((r) => named(r.cells.filter((c, j) => words[j]).map((c) => c.text.trim()).filter((w) => w !== '' && !seen.has(w) && seen.add(w))).join(' '))
      .filter((r) => r !== '');
    const unread = unreadLines(report, table).map((l) => l.trim()).filter(Boolean);
    return [rows.length > 0 ? `${captions[i]}：${rows.join('；')}。` : `${captions[i]}。`, ...unread].join(' ');
  });
}

/** A code whose name was indexed in an earlier row says nothing on its own (「30113 30212 因公出国（境）费用」): a
 * code is kept where a name follows it. */
const named = (words: string[]) => words.filter((w, i) => !/^\d+$/.test(w) || (i + 1 < words.length && !/^\d+$/.test(words[i + 1])));

const ZERO = /^-?0(\.0+)?$/;
const used = (row: Pick<Table, 'rows'>['rows'][number]) =>
  row.cells.every((c) => c.amount === null) || row.cells.some((c) => c.amount !== null && !ZERO.test(c.amount));
