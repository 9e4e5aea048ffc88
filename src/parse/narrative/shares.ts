// Shares the narrative states: 「基本支出 639.17 万元，占 59.54%」, 「占本年支出合计的 99.75%」, 「占比5.19%」.
// The part is the figure before 占. The whole is the figure the text names (「占基本支出的」: where the text last
// states 基本支出), else the one the paragraph leads with (「支出合计 1073.60 万元，其中：」, 「…主要用于」), else
// for 「“三公”经费…决算中」 the 三公 actual total. A share whose whole cannot be found is not read.
import type { Amount, Paragraph, Section } from '../../model/schema.ts';
import { sangongFigure, tableFigure, type ClaimKey } from './claim-key.ts';
import { indexNamedFigures, lastBefore, lastInParagraph, type NamedFigure, type NamedFigures } from './named-figures.ts';
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

const SHARE = new RegExp(`${NUM}\\s*[，,]?\\s*占(?:比)?\\s*(?:([^，。；;、%\\d]{1,20}?)的)?\\s*${PCT}`, 'g');
const LEAD = new RegExp(`${NUM}[^，。；;]{0,12}?[，,：:]?\\s*(?:其中|主要用于)`, 'g');
const LEADS_NEXT = /(其中|主要用于[^，。；;]{0,6})[：:]$/;
// Lazy, so that the first match is also the one that ends first: whether the text before a share holds it.
const SANGONG_WHOLE = /三公”?经费[^，。；;]{0,12}?决算中/;
const TABLE_WHOLES: [RegExp, ClaimKey][] = [[/^本年支出合计$/, tableFigure('expenditureTotal')], [/^本年收入合计$/, tableFigure('incomeTotal')]];

/** The names a whole is stated under: as the share names it, and without a leading 本年. */
function statedNames(name: string): string[] {
  return [name, name.replace(/^本年/, '')].filter((n, i, a) => n !== '' && a.indexOf(n) === i);
}

/** A paragraph in reading order: its index, and the index of its section's first paragraph. */
interface Place {
  p: Paragraph;
  index: number;
  sectionStart: number;
  previous: Paragraph | undefined;
}

const stated = (label: string, p: Paragraph, f: NamedFigure, lines: readonly string[]): Whole => ({ kind: 'stated', label, stated: { value: f.value, unit: f.unit, line: lineAt(p, f.at, lines) } });

/** Named whole: in this paragraph before the share, then earlier in this section, then a table figure of that name, then earlier sections. */
function namedWhole(name: string, place: Place, shareAt: number, named: NamedFigures, paragraphs: readonly Paragraph[], lines: readonly string[]): Whole | null {
  const names = statedNames(name);
  for (const n of names) {
    const here = lastInParagraph(named, n, place.index, shareAt);
    if (here) return stated(name, place.p, here, lines);
  }
  // The nearest earlier paragraph stating any of the names; in it, the first name that it states.
  const earlier = names.map((n) => lastBefore(named, n, place.index));
  const nearest = Math.max(-1, ...earlier.map((f) => f?.paragraph ?? -1));
  const found = earlier.find((f) => f?.paragraph === nearest);
  const fromText = found ? stated(name, paragraphs[nearest], found, lines) : null;
  const table = TABLE_WHOLES.find(([re]) => re.test(name));
  if (fromText && nearest >= place.sectionStart) return fromText;
  return (table ? { kind: 'reference', label: name, key: table[1] } : null) ?? fromText;
}

/** What a paragraph offers as an unnamed whole, read once however many shares it has. */
interface Leads {
  leads: { figure: { value: Amount; unit: Stated['unit'] }; at: number; end: number }[];
  sangongEnd: number;
  previous: Whole | null;
}

function leadsOf(place: Place, lines: readonly string[]): Leads {
  const leads = [...place.p.text.matchAll(LEAD)].flatMap((m) => {
    const figure = statedAmount(m[1]);
    return figure ? [{ figure, at: m.index, end: m.index + m[0].length }] : [];
  });
  const sangong = SANGONG_WHOLE.exec(place.p.text);
  const previous = place.previous;
  const last = previous && LEADS_NEXT.test(previous.text) ? figuresIn(previous.text).at(-1) : undefined;
  return {
    leads,
    sangongEnd: sangong ? sangong.index + sangong[0].length : Infinity,
    previous: previous && last ? { kind: 'stated', label: '上段所述总数', stated: { ...last.stated, line: lineAt(previous, last.at, lines) } } : null,
  };
}

/** How many of `items` (in order, not overlapping) end by `end`. */
function endingBy(items: readonly { end: number }[], end: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Unnamed whole: the paragraph's lead figure before the share, the previous paragraph's 「…，其中：」, or the 三公 total. */
function leadWhole(place: Place, leads: Leads, shareAt: number, lines: readonly string[]): Whole | null {
  const lead = leads.leads[endingBy(leads.leads, shareAt) - 1];
  if (lead) return { kind: 'stated', label: '段首总数', stated: { ...lead.figure, line: lineAt(place.p, lead.at, lines) } };
  if (leads.previous) return leads.previous;
  return leads.sangongEnd <= shareAt ? { kind: 'reference', label: '“三公”经费决算数', key: sangongFigure('actual', 'total') } : null;
}

export function readShares(sections: readonly Section[], lines: readonly string[]): Share[] {
  const places: Place[] = [];
  for (const section of sections) {
    const sectionStart = places.length;
    section.paragraphs.forEach((p, i) => places.push({ p, index: places.length, sectionStart, previous: section.paragraphs[i - 1] }));
  }
  // Every share says 占: most paragraphs are passed over without running the pattern.
  const found = places.flatMap((place) => (place.p.text.includes('占') ? [...place.p.text.matchAll(SHARE)].map((m) => ({ place, m })) : []));
  const names = new Set(found.flatMap(({ m }) => (m[2] ? statedNames(m[2].trim()) : [])));
  const paragraphs = places.map((place) => place.p);
  const named = indexNamedFigures(paragraphs.map((p) => p.text), names);
  const leads = new Map<Place, Leads>();
  const leadsAt = (place: Place) => leads.get(place) ?? leads.set(place, leadsOf(place, lines)).get(place)!;
  const shares: Share[] = [];
  for (const { place, m } of found) {
    const part = statedAmount(m[1]);
    const whole = m[2] ? namedWhole(m[2].trim(), place, m.index, named, paragraphs, lines) : leadWhole(place, leadsAt(place), m.index, lines);
    if (!part || !whole) continue;
    const pctAt = m.index + m[0].lastIndexOf(m[3]);
    shares.push({ part: { ...part, line: lineAt(place.p, m.index, lines) }, percent: { value: m[3], line: lineAt(place.p, pctAt, lines) }, whole, quote: m[0] });
  }
  return shares;
}
