// Shares the narrative states: 「基本支出 639.17 万元，占 59.54%」, 「占本年支出合计的 99.75%」, 「占比5.19%」.
// The part is the figure before 占. The whole is the figure the text names (「占基本支出的」: where the text last
// states 基本支出), else the one the paragraph leads with (「支出合计 1073.60 万元，其中：」, 「…主要用于」), else
// for 「“三公”经费…决算中」 the 三公 actual total. A share whose whole cannot be found is not read.
import type { Amount, Paragraph, Section } from '../../model/schema.ts';
import { sangongFigure, tableFigure, type ClaimKey } from './claim-key.ts';
import { figuresIn, lineAt, NUM, PCT, statedAmount, type Stated } from './text-figures.ts';

export type Whole =
  | { kind: 'stated'; label: string; stated: Stated }
  /** A figure of the tables or the 三公 record, by the claim key the audit resolves (本年支出合计, “三公”经费决算数). */
  | { kind: 'reference'; label: string; key: ClaimKey };

export interface Share {
  part: Stated;
  percent: { value: Amount; line: number };
  whole: Whole;
  quote: string;
}

interface Place {
  p: Paragraph;
  /** Text before the share (the whole paragraph for earlier paragraphs). */
  before: string;
}

const SHARE = new RegExp(`${NUM}\\s*[，,]?\\s*占(?:比)?\\s*(?:([^，。；;、%\\d]{1,20}?)的)?\\s*${PCT}`, 'g');
const LEAD = new RegExp(`${NUM}[^，。；;]{0,12}?[，,：:]?\\s*(?:其中|主要用于)`, 'g');
const LEADS_NEXT = /(其中|主要用于[^，。；;]{0,6})[：:]$/;
const SANGONG_WHOLE = /三公”?经费[^，。；;]{0,12}决算中/;
const TABLE_WHOLES: [RegExp, ClaimKey][] = [[/^本年支出合计$/, tableFigure('expenditureTotal')], [/^本年收入合计$/, tableFigure('incomeTotal')]];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Patterns of 「<name> [为] N 万元」, with and without a leading 本年. */
function statedPatterns(name: string): RegExp[] {
  const names = [name, name.replace(/^本年/, '')].filter((n, i, a) => n !== '' && a.indexOf(n) === i);
  return names.map((n) => new RegExp(`${escape(n)}\\s*(?:为|是)?\\s*${NUM}`, 'g'));
}

/** The last statement of `statedPatterns` in `text`, trying the patterns in turn. */
function lastStated(text: string, patterns: readonly RegExp[]): { value: Amount; unit: Stated['unit']; at: number } | null {
  for (const re of patterns) {
    const all = [...text.matchAll(re)];
    const m = all.at(-1);
    const stated = m && statedAmount(m[1]);
    if (m && stated) return { ...stated, at: m.index + m[0].length - m[1].length };
  }
  return null;
}

/** Named whole: in this paragraph, then earlier in this section, then a table figure of that name, then earlier sections. */
function namedWhole(name: string, here: Place, section: Place[], earlier: Place[], lines: readonly string[]): Whole | null {
  // Compiled once: the name is looked for in every earlier paragraph.
  const patterns = statedPatterns(name);
  const search = (places: Place[]) => {
    for (const place of places) {
      const found = lastStated(place.before, patterns);
      if (found) return { kind: 'stated' as const, label: name, stated: { value: found.value, unit: found.unit, line: lineAt(place.p, found.at, lines) } };
    }
    return null;
  };
  const table = TABLE_WHOLES.find(([re]) => re.test(name));
  return search([here, ...section]) ?? (table ? { kind: 'reference', label: name, key: table[1] } : null) ?? search(earlier);
}

/** Unnamed whole: the paragraph's lead figure before the share, the previous paragraph's 「…，其中：」, or the 三公 total. */
function leadWhole(here: Place, previous: Paragraph | undefined, lines: readonly string[]): Whole | null {
  const lead = [...here.before.matchAll(LEAD)].at(-1);
  const stated = lead && statedAmount(lead[1]);
  if (lead && stated) return { kind: 'stated', label: '段首总数', stated: { ...stated, line: lineAt(here.p, lead.index, lines) } };
  if (previous && LEADS_NEXT.test(previous.text)) {
    const last = figuresIn(previous.text).at(-1);
    if (last) return { kind: 'stated', label: '上段所述总数', stated: { ...last.stated, line: lineAt(previous, last.at, lines) } };
  }
  return SANGONG_WHOLE.test(here.before) ? { kind: 'reference', label: '“三公”经费决算数', key: sangongFigure('actual', 'total') } : null;
}

export function readShares(sections: readonly Section[], lines: readonly string[]): Share[] {
  const shares: Share[] = [];
  const earlier: Place[] = [];
  for (const section of sections) {
    const inSection: Place[] = [];
    section.paragraphs.forEach((p, i) => {
      // Every share says 占: most paragraphs are passed over without running the pattern.
      const found = p.text.includes('占') ? p.text.matchAll(SHARE) : [];
      for (const m of found) {
        const part = statedAmount(m[1]);
        const here = { p, before: p.text.slice(0, m.index) };
        const whole = m[2] ? namedWhole(m[2].trim(), here, inSection, earlier, lines) : leadWhole(here, section.paragraphs[i - 1], lines);
        if (!part || !whole) continue;
        const pctAt = m.index + m[0].lastIndexOf(m[3]);
        shares.push({ part: { ...part, line: lineAt(p, m.index, lines) }, percent: { value: m[3], line: lineAt(p, pctAt, lines) }, whole, quote: m[0] });
      }
      inSection.unshift({ p, before: p.text });
    });
    earlier.unshift(...inSection);
  }
  return shares;
}
