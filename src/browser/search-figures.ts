// When a query names a 三公 item — in full, by a short name or a variant (接待费, 公车, 出国, 三公) — each report's
// result shows that item's figures as one line: 预算数 and 决算数 with the unit and the year, linked to the report's
// 三公 table. A short name is searched as the item's full name, which is how the reports write it.
import type { SangongKey } from '../model/domain.ts';
import { decodeFigures } from '../search/figure-meta.ts';

interface Item {
  key: SangongKey;
  label: string;
  /** Matches the query (normalised: no spaces or quotes, half-width brackets). */
  asked: RegExp;
}

// More specific items first: 公务用车购置费 before 公务用车.
const ITEMS: Item[] = [
  { key: 'vehiclePurchase', label: '公务用车购置费', asked: /公务用车购置费|^购置费$/ },
  { key: 'vehicleOperation', label: '公务用车运行维护费', asked: /公务用车运行(?:维护)?费|^运行(?:维护)?费$/ },
  { key: 'vehicle', label: '公务用车购置及运行维护费', asked: /公务用车|公车/ },
  { key: 'outbound', label: '因公出国（境）费', asked: /出国/ },
  { key: 'reception', label: '公务接待费', asked: /接待/ },
  { key: 'total', label: '“三公”经费合计', asked: /三公/ },
];

/** Short names as the reports write them, for the search itself. */
const FULL_NAMES: [RegExp, string][] = [[/公车/g, '公务用车'], [/(?<!公务)接待费/g, '公务接待费'], [/(?<!因公)出国(?!（境）|\(境\))/g, '因公出国']];

const normalised = (term: string) => term.replace(/[\s"“”]/g, '').replace(/（/g, '(').replace(/）/g, ')');

export function itemAsked(term: string): Item | null {
  const t = normalised(term);
  return ITEMS.find((i) => i.asked.test(t)) ?? null;
}

export function withFullNames(term: string): string {
  return FULL_NAMES.reduce((t, [short, full]) => t.replace(short, full), term);
}

const amount = (v: string | null, unit: string) => (v === null ? '未列出' : `${v} ${unit}`);

/** 「公务接待费：预算数 5.00 万元，决算数 2.22 万元（2022年度）」, or null when the result states no such figure. */
export function figureLine(item: Item, meta: Record<string, string | undefined>, url: string): HTMLParagraphElement | null {
  const decoded = decodeFigures(meta.figures);
  const figures = decoded?.items[item.key];
  if (!decoded || !figures) return null;
  const { unit } = decoded;
  const p = document.createElement('p');
  p.className = 'search-figure';
  const budgetOnly = figures.actual === null && /预算/.test(meta.kind ?? '');
  const values = budgetOnly ? `预算数 ${amount(figures.budget, unit)}` : `预算数 ${amount(figures.budget, unit)}，决算数 ${amount(figures.actual, unit)}`;
  const link = document.createElement('a');
  link.href = `${url.replace(/#.*$/, '')}#sangong`;
  link.textContent = `${item.label}：${values}`;
  p.append(link, `（${meta.year ?? ''}年度${budgetOnly ? '预算' : ''}）`);
  return p;
}
