// Lists that grow with the portal are cut into pages, so that each page stays light on a phone however many
// reports there are: the 三公 table and the 单位比较 table into pages of one year, their bureaus in order of 市/州; the
// bureau list into pages in the registry's order (level, then region). A portal whose list fits on one page keeps it
// whole.
import type { Bureau } from '../load/registry.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { byCity, cityOf } from './regions.ts';

/** A row of the 三公 table is about 3 KB of HTML (every figure a link with its header relationships). */
export const SANGONG_PAGE_ROWS = 40;
/** A row of the 单位比较 table is about 2.3 KB (eleven figures, each linked to its line with absolute links). */
export const COMPARE_PAGE_ROWS = 40;
/** A bureau in the list, with links to its reports, is about half a kilobyte. */
export const BUREAU_PAGE_ROWS = 200;

export interface YearPage {
  year: number;
  /** 1-based within its year. */
  number: number;
  entries: ReportEntry[];
  /** The 市/州 on the page, in order, with how many of their reports it lists. */
  cities: { city: string; count: number }[];
}

/** A page of a year's paged table among the year's pages, for the links between them. */
export interface YearPageContext {
  pages: YearPage[];
  pageUrl: (p: YearPage) => string;
  current: YearPage;
}

const bureauRegion = (e: ReportEntry) => e.bureau.region;

function citiesOf(entries: readonly ReportEntry[]): YearPage['cities'] {
  return byCity(entries, bureauRegion).map(([city, own]) => ({ city, count: own.length }));
}

/** Pages of each year in the order of `entries`, of at most `rows` reports each; none when all fit on one page. */
export function yearPages(entries: readonly ReportEntry[], rows: number): YearPage[] {
  if (entries.length <= rows) return [];
  return [...Map.groupBy(entries, (e) => e.year)].flatMap(([year, own]) => {
    const ordered = byCity(own, bureauRegion).flatMap(([, inCity]) => inCity);
    const count = Math.ceil(ordered.length / rows);
    return Array.from({ length: count }, (_, i) => {
      const page = ordered.slice(i * rows, (i + 1) * rows);
      return { year, number: i + 1, entries: page, cities: citiesOf(page) };
    });
  });
}

/** Pages of the 三公 table, for reports (newest first) with 三公 figures. */
export const sangongPages = (entries: readonly ReportEntry[]) => yearPages(entries, SANGONG_PAGE_ROWS);

/** Each 市/州 of a year's pages: how many of its reports they list, and on which pages. */
export function citiesOfYear(pages: readonly YearPage[], year: number): { city: string; count: number; pages: YearPage[] }[] {
  const cities = new Map<string, { city: string; count: number; pages: YearPage[] }>();
  for (const p of pages.filter((q) => q.year === year)) {
    for (const { city, count } of p.cities) {
      const c = cities.get(city) ?? cities.set(city, { city, count: 0, pages: [] }).get(city)!;
      c.count += count;
      c.pages.push(p);
    }
  }
  return [...cities.values()];
}

export interface BureauPage {
  /** 1-based. */
  number: number;
  bureaus: Bureau[];
  /** The level and 市/州 of the bureaus on the page, in order, with how many of them it lists. */
  areas: { level: string; city: string; count: number }[];
}

/** Pages of the registry (in display order); none when it fits on one page. */
export function bureauPages(registry: readonly Bureau[]): BureauPage[] {
  if (registry.length <= BUREAU_PAGE_ROWS) return [];
  return Array.from({ length: Math.ceil(registry.length / BUREAU_PAGE_ROWS) }, (_, i) => {
    const bureaus = registry.slice(i * BUREAU_PAGE_ROWS, (i + 1) * BUREAU_PAGE_ROWS);
    const areas = [...Map.groupBy(bureaus, (b) => `${b.level}\0${cityOf(b.region)}`).values()];
    return { number: i + 1, bureaus, areas: areas.map((own) => ({ level: own[0].level, city: cityOf(own[0].region), count: own.length })) };
  });
}
