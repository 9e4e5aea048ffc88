// A report's 三公 figures carried with its search result (Pagefind metadata), so that a result for 公务接待费 can show
// that item's 预算数 and 决算数 as one line. One string, without commas (Pagefind's separator of metadata):
// 「万元;total=9.00/6.22;reception=5.00/2.22」 — unit, then item=budget/actual, a figure not stated left empty.
import { SANGONG_KEYS, type SangongKey } from '../model/domain.ts';

export interface FigureMeta {
  unit: string;
  items: Partial<Record<SangongKey, { budget: string | null; actual: string | null }>>;
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
    const m = /^(\w+)=([\d.-]*)\/([\d.-]*)$/.exec(part);
    if (m && (SANGONG_KEYS as readonly string[]).includes(m[1])) items[m[1] as SangongKey] = { budget: m[2] || null, actual: m[3] || null };
  }
  return { unit, items };
}
