// When a query names a 三公 item — in full, by a short name or a variant (接待费, 公车, 出国, 三公) — or a headline
// figure (本年支出合计, 基本支出, 人员经费, …), each report's result shows that figure as one line: a 三公 item's 预算数 and
// 决算数, a headline figure as the report states it (决算数, or a budget's 预算数), with the unit and the year, linked to
// the report's 三公 table or headline figures. A short name is searched as the item's full name, as reports write it.
import type { SangongKey } from '../model/domain.ts';
import { decodeFigures, decodeHeadline, figureValues, type HeadlineKey } from '../search/figure-meta.ts';

type Item = { label: string; asked: RegExp } & ({ about: 'sangong'; key: SangongKey } | { about: 'headline'; key: HeadlineKey });

const sangong = (key: SangongKey, label: string, asked: RegExp): Item => ({ about: 'sangong', key, label, asked });
const headline = (key: HeadlineKey, label: string, asked: RegExp): Item => ({ about: 'headline', key, label, asked });

// Matched against the query without spaces or quotes, brackets half-width; more specific items first.
const ITEMS: Item[] = [
  sangong('vehiclePurchase', '公务用车购置费', /公务用车购置费|^购置费$/),
  sangong('vehicleOperation', '公务用车运行维护费', /公务用车运行(?:维护)?费|^运行(?:维护)?费$/),
  sangong('vehicle', '公务用车购置及运行维护费', /公务用车|公车/),
  sangong('outbound', '因公出国（境）费', /出国/),
  sangong('reception', '公务接待费', /接待/),
  sangong('total', '“三公”经费合计', /三公/),
  headline('personnel', '人员经费', /人员经费/),
  headline('publicFunds', '公用经费', /公用经费/),
  headline('basicExpenditure', '基本支出', /基本支出/),
  headline('projectExpenditure', '项目支出', /项目支出/),
  headline('incomeTotal', '本年收入合计', /本年收入|收入合计/),
  headline('expenditureTotal', '本年支出合计', /本年支出|支出合计/),
  headline('grandTotal', '收支总计', /收支总计/),
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

/** What the line says of the item in this result, and where on the report page it is; null when it states none. */
function figuresOf(item: Item, meta: Record<string, string | undefined>, budget: boolean): { values: string; anchor: string } | null {
  if (item.about === 'headline') {
    const decoded = decodeHeadline(meta.headline);
    const value = decoded?.figures[item.key];
    return decoded && value ? { values: `${budget ? '预算数' : '决算数'} ${value} ${decoded.unit}`, anchor: 'headline' } : null;
  }
  const decoded = decodeFigures(meta.figures);
  const figures = decoded?.items[item.key];
  if (!decoded || !figures) return null;
  return { values: figureValues(figures.budget, figures.actual, decoded.unit, budget), anchor: 'sangong' };
}

/** 「公务接待费：预算数 5.00 万元，决算数 2.22 万元（2022年度）」, or null when the result states no such figure. */
export function figureLine(item: Item, meta: Record<string, string | undefined>, url: string): HTMLParagraphElement | null {
  const budget = /预算/.test(meta.kind ?? '');
  const found = figuresOf(item, meta, budget);
  if (!found) return null;
  const p = document.createElement('p');
  p.className = 'search-figure';
  const link = document.createElement('a');
  link.href = `${url.replace(/#.*$/, '')}#${found.anchor}`;
  link.textContent = `${item.label}：${found.values}`;
  p.append(link, `（${meta.year ?? ''}年度${budget ? '预算' : ''}）`);
  return p;
}
