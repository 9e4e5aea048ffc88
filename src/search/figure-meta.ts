// A report's figures carried with its search result (Pagefind metadata), so that a result for 公务接待费 or 人员经费
// can show that figure as one line. One string each, without commas (Pagefind's separator of metadata):
// 三公 「万元;total=9.00/6.22;reception=5.00/2.22」 — unit, then item=budget/actual, a figure not stated left empty;
// headline figures 「万元;personnel=872.14;basicExpenditure=971.50」 — unit, then figure=value.
import { SANGONG_KEYS, type SangongKey } from '../model/domain.ts';
import type { Summary } from '../model/schema.ts';

export type HeadlineKey = Exclude<keyof Summary, 'lines'>;

export const HEADLINE_KEYS: readonly HeadlineKey[] = ['incomeTotal', 'expenditureTotal', 'grandTotal', 'basicExpenditure', 'projectExpenditure', 'personnel', 'publicFunds'];

export interface FigureMeta {
  unit: string;
  items: Partial<Record<SangongKey, { budget: string | null; actual: string | null }>>;
}

export interface HeadlineMeta {
  unit: string;
  figures: Partial<Record<HeadlineKey, string>>;
}

const FIGURE = '([\\d.-]*)';

/** A 三公 item's figures as a result line and the index state them: 「预算数 5.00 万元，决算数 2.22 万元」; a budget
 * states 预算数 only; a figure the report does not state reads 未列出. */
export function figureValues(budget: string | null, actual: string | null, unit: string, budgetOnly: boolean): string {
  const amount = (v: string | null) => (v === null ? '未列出' : `${v} ${unit}`);
  return budgetOnly ? `预算数 ${amount(budget)}` : `预算数 ${amount(budget)}，决算数 ${amount(actual)}`;
}

export function encodeFigures(meta: FigureMeta): string {
  const items = SANGONG_KEYS.flatMap((k) => {
    const f = meta.items[k];
    return f && (f.budget !== null || f.actual !== null) ? [`${k}=${f.budget ?? ''}/${f.actual ?? ''}`] : [];
  });
  return [meta.unit, ...items].join(';');
}

export function decodeFigures(text: string | undefined): FigureMeta | null {
  if (!text) return null;
  const [unit, ...parts] = text.split(';');
  const items: FigureMeta['items'] = {};
  for (const part of parts) {
    const m = new RegExp(`^(\\w+)=${FIGURE}/${FIGURE}$`).exec(part);
    if (m && (SANGONG_KEYS as readonly string[]).includes(m[1])) items[m[1] as SangongKey] = { budget: m[2] || null, actual: m[3] || null };
  }
  return { unit, items };
}

export function encodeHeadline(meta: HeadlineMeta): string {
  return [meta.unit, ...HEADLINE_KEYS.flatMap((k) => (meta.figures[k] ? [`${k}=${meta.figures[k]}`] : []))].join(';');
}

export function decodeHeadline(text: string | undefined): HeadlineMeta | null {
  if (!text) return null;
  const [unit, ...parts] = text.split(';');
  const figures: HeadlineMeta['figures'] = {};
  for (const part of parts) {
    const m = new RegExp(`^(\\w+)=${FIGURE}$`).exec(part);
    if (m && m[2] && (HEADLINE_KEYS as readonly string[]).includes(m[1])) figures[m[1] as HeadlineKey] = m[2];
  }
  return { unit, figures };
}
