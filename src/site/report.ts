// Shaping of one report for its page: headline figures, captions, heading levels.
import type { Report, Section, Table } from '../core/schema.ts';
import { amountText } from './format.ts';
import { sangongUnit } from './sangong.ts';

const FIGURES: { key: keyof Omit<Report['summary'], 'lines'>; label: string }[] = [
  { key: 'incomeTotal', label: '本年收入合计' },
  { key: 'expenditureTotal', label: '本年支出合计' },
  { key: 'basicExpenditure', label: '基本支出' },
  { key: 'projectExpenditure', label: '项目支出' },
  { key: 'personnel', label: '人员经费' },
  { key: 'publicFunds', label: '公用经费' },
];

/** The summary figures the report states, plus the 三公 actual total; missing ones are left out. */
export function headlineFigures(r: Report): { label: string; text: string; unit: string; line?: number }[] {
  const list = FIGURES.filter((f) => r.summary[f.key] !== null).map((f) => ({ label: f.label, text: amountText(r.summary[f.key]), unit: r.unit, line: r.summary.lines[f.key] }));
  if (r.sangong.actual.total !== null) list.push({ label: '“三公”经费决算', text: amountText(r.sangong.actual.total), unit: sangongUnit(r), line: r.sangong.lines.actual.total });
  return list;
}

/** Captions of the report's tables; a title printed more than once (one 绩效自评表 per project) is numbered,
 * so that each table's scroll region has its own name. */
export function tableCaptions(tables: readonly Pick<Table, 'label' | 'title'>[]): string[] {
  const plain = tables.map((t) => [t.label, t.title].filter(Boolean).join(' '));
  return plain.map((c, i) => {
    const count = plain.filter((p) => p === c).length;
    return count > 1 ? `${c}（之${plain.slice(0, i + 1).filter((p) => p === c).length}）` : c;
  });
}

/**
 * HTML heading level of each section under the page's h2 「文字说明」. Documents skip levels (一、 straight to 1、),
 * so levels are renumbered by nesting: a heading is one deeper than the nearest shallower heading before it.
 */
export function sectionHeadingLevels(sections: readonly Pick<Section, 'level'>[]): number[] {
  const open: number[] = [];
  return sections.map(({ level }) => {
    while (open.length > 0 && open.at(-1)! >= level) open.pop();
    open.push(level);
    return Math.min(6, 2 + open.length);
  });
}
