// Shaping of one report for its page: headline figures, captions, heading levels.
import { SUMMARY_FIGURES } from '../model/figures.ts';
import type { Report, Section, Table, Unrecognised } from '../model/schema.ts';
import { amountText } from './format.ts';
import { sangongUnit } from './sangong.ts';

// On a page 总计 alone is ambiguous: it is the total of both sides of the 01 table.
const pageLabel = (f: (typeof SUMMARY_FIGURES)[number]) => (f.key === 'grandTotal' ? '收入支出总计' : f.label);

/** The summary figures the report states, plus the 三公 actual total; missing ones are left out. */
export function headlineFigures(r: Report): { label: string; text: string; unit: string; line?: number }[] {
  const list = SUMMARY_FIGURES.filter((f) => r.summary[f.key] !== null).map((f) => ({ label: pageLabel(f), text: amountText(r.summary[f.key]), unit: r.unit, line: r.summary.lines[f.key] }));
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

/** The report's own 三公 explanation: the section the parser found and the sections nested under or beside it,
 * up to the next heading of a shallower level (「（一）总体情况」 and 「（二）具体情况」 under 「七、三公经费」). */
export function explanationSections(r: Report): Section[] {
  const start = r.sections.findIndex((s) => s.id === r.sangong.explanation?.section);
  if (start < 0) return [];
  const level = r.sections[start].level;
  const end = r.sections.findIndex((s, i) => i > start && s.level < level);
  return r.sections.slice(start, end < 0 ? undefined : end);
}

const within = (u: Unrecognised, t: Pick<Table, 'lines'>) => t.lines.some(([a, b]) => a <= u.start && u.end <= b);

/** Unrecognised lines inside a table's line ranges: shown as original text right after that table. */
export function unrecognisedIn(r: Pick<Report, 'unrecognised'>, t: Pick<Table, 'lines'>): Unrecognised[] {
  return r.unrecognised.filter((u) => within(u, t));
}

/** The lines of a table the parser could not read (all of them for a table it could not read at all), as published:
 * shown on the 报表 page, and searchable from the report page, as they were before the tables left it. */
export function unreadLines(r: Pick<Report, 'unrecognised' | 'source'>, t: Pick<Table, 'lines' | 'rows' | 'declaredEmpty'>): string[] {
  if (t.rows.length === 0) return t.declaredEmpty === null ? t.lines.flatMap(([a, b]) => sourceSlice(r, a, b)) : [];
  return unrecognisedIn(r, t).flatMap((u) => sourceSlice(r, u.start, u.end));
}

/** Unrecognised lines outside every table: shown as original text in the 数据核对 section. */
export function unrecognisedElsewhere(r: Pick<Report, 'unrecognised' | 'tables'>): Unrecognised[] {
  return r.unrecognised.filter((u) => !r.tables.some((t) => within(u, t)));
}

/** The lines of the published text as an editor numbers them: a final newline ends the last line, it does not
 * start an empty one. */
export function publishedLines(r: Pick<Report, 'source'>): string[] {
  const lines = r.source.lines;
  return lines.at(-1) === '' ? lines.slice(0, -1) : lines;
}

/** Lines start..end (1-based, inclusive) of the published text. */
export function sourceSlice(r: Pick<Report, 'source'>, start: number, end: number): string[] {
  return r.source.lines.slice(start - 1, end);
}

/** A narrative paragraph states figures when it has digits: those get a link to their source line. */
export const statesFigures = (text: string) => /\d/.test(text);
