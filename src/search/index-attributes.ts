// What the search index (Pagefind) learns about a page besides its text: filters, metadata and sort keys, and the
// compact text that stands in for a report table. Pages render these as data-pagefind-* attributes.
import type { Bureau } from '../load/registry.ts';
import type { Table } from '../model/schema.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { SANGONG_KEYS } from '../model/domain.ts';
import { amountText } from '../views/format.ts';
import { encodeFigures, encodeHeadline, HEADLINE_KEYS } from './figure-meta.ts';
import { inWan, sangongUnit } from '../views/sangong.ts';

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

export function reportSearchKeys(entry: ReportEntry): SearchKeys {
  const year = String(entry.year);
  const sangong = sangongTotal(entry);
  return {
    filters: [['单位', entry.bureau.name], ['年度', year], ...regions(entry.bureau), ['报告类型', entry.kind]],
    meta: [['bureau', entry.bureau.name], ['year', year], ['kind', entry.kind], ...sangong.shown, ...sangongFigures(entry), ...headlineFigures(entry)],
    sort: [['year', year], ['sangong', sangong.sort]],
  };
}

/** A bureau page sorts as its newest report (reports come newest first); without reports, year 0. */
export function bureauSearchKeys(bureau: Bureau, own: ReportEntry[]): SearchKeys {
  const latest = own.at(0);
  const years = [...new Set(own.map((e) => String(e.year)))];
  const sangong = latest ? sangongTotal(latest) : { shown: [], sort: NO_SANGONG };
  return {
    filters: [['单位', bureau.name], ...years.map((y): [string, string] => ['年度', y]), ...regions(bureau)],
    meta: [['bureau', bureau.name], ...(latest ? [['year', String(latest.year)] as [string, string]] : []), ...sangong.shown],
    sort: [['year', latest ? String(latest.year) : '0'], ['sangong', sangong.sort]],
  };
}

/**
 * What each report table of a page contributes to the index: its caption and the words of its rows (codes, names,
 * text cells), not its amounts. Amount cells would make each result fragment several times larger, and the figures
 * a reader searches for (三公, totals) are indexed where the page states them: headline figures, the 三公 table, the
 * text. The tables repeat one list of 科目, so each word is indexed once per page, in the first table that has it;
 * rows whose amounts are all zero are the printed form's unused lines and add nothing. Indexing time and memory,
 * and the text each result fetches, grow with these words (README "Performance").
 */
export function tableSearchTexts(tables: readonly Pick<Table, 'columns' | 'rows'>[], captions: readonly string[]): string[] {
  const seen = new Set<string>();
  return tables.map((table, i) => {
    const words = table.columns.map((c) => c.role !== 'amount' && c.role !== 'rowNo');
    const fresh = table.rows.filter(used).flatMap((r) => r.cells.filter((c, j) => words[j]).map((c) => c.text.trim()))
      .filter((w) => w !== '' && !seen.has(w) && seen.add(w));
    return [captions[i], ...fresh].join(' ');
  });
}

const ZERO = /^-?0(\.0+)?$/;
const used = (row: Pick<Table, 'rows'>['rows'][number]) =>
  row.cells.every((c) => c.amount === null) || row.cells.some((c) => c.amount !== null && !ZERO.test(c.amount));
