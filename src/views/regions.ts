// Areas: bureaus are listed and filtered by the 市/州 they belong to.
import type { Bureau } from '../load/registry.ts';

/** The 市/州 a region belongs to ("湖南省株洲市醴陵市" → "湖南省株洲市"); 州 only as 自治州, since 郴州市 is a 市. */
export function cityOf(region: string): string {
  return /^(.*?(省|自治区))?.*?(市|自治州|地区|盟)/.exec(region)?.[0] ?? region;
}

/** Bureaus (already in display order) under one heading per 市/州, in order of first appearance. */
export function groupByCity(list: readonly Bureau[]): { city: string; bureaus: Bureau[] }[] {
  return byCity(list, (b) => b.region).map(([city, bureaus]) => ({ city, bureaus }));
}

/** Items grouped by the 市/州 of their region, in order of first appearance, each group in the given order. */
export function byCity<T>(list: readonly T[], regionOf: (item: T) => string): [city: string, items: T[]][] {
  return [...Map.groupBy(list, (item) => cityOf(regionOf(item)))];
}
