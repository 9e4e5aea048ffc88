// Year-on-year changes the narrative states: 「支出决算为 2.22 万元，…与上年相比减少 1.21 万元，下降 35.31%」,
// 「比上年决算数减少112.17万元，降低58.83%」, 「上年决算数 113.73 万元」. The current figure is the last one stated
// before 「与上年相比」 in the same sentence (or, when the sentence opens with it, the previous one's, which then also
// names the item: 「…支出决算为0.71万元，完成预算的23.67%；与上年相比减少2.24万元」); a 三公 item named without a
// figure takes the 三公 record's. Only the first change in a sentence is read: later ones
// (「主要是…较上年增加了…」) describe other items.
import type { Amount, Section, StatedChange } from '../../model/schema.ts';
import { figuresIn, lineAt, NUM, PCT, splitAfterStops, statedAmount, type Stated } from './text-figures.ts';
import { negate } from '../../model/money.ts';
import type { SangongKey } from '../../model/domain.ts';

/** One sentence's change on the year (schema StatedChange). */
export type Changes = StatedChange;

const MARKER = /(?:与上年(?:度)?(?:决算数?|数|同期)?(?:相比|比较)?|[比较]上年(?:度)?(?:决算数?|数|同期)?)/;
const UP = '增加|增长|上升|提高|增幅为?|增';
const DOWN = '减少|下降|降低|降幅为?|减';
const DELTA = new RegExp(`(${UP}|${DOWN})了?\\s*${NUM}`);
const PERCENT = new RegExp(`(${UP}|${DOWN})了?\\s*${PCT}`);
const PRIOR = new RegExp(`上年(?:度)?(?:决算数?|支出|数)(?:为|是)?\\s*${NUM}`);
const ITEMS: [SangongKey, RegExp][] = [
  ['vehicle', /公务用车购置(?:费)?及运行(?:维护)?费/],
  ['vehiclePurchase', /公务用车购置费/],
  ['vehicleOperation', /公务用车运行(?:维护)?费/],
  ['outbound', /因公出国[（(]境[)）]费/],
  ['reception', /公务接待费/],
  ['total', /三公”?经费/],
];

const signed = (word: string, value: Amount) => (new RegExp(`^(${DOWN})`).test(word) ? negate(value) : value);

function itemOf(text: string): SangongKey | null {
  const found = ITEMS.map(([key, re]) => ({ key, at: text.search(re) })).filter((f) => f.at >= 0);
  return found.sort((a, b) => a.at - b.at)[0]?.key ?? null;
}

export function readChanges(sections: readonly Section[], lines: readonly string[]): Changes[] {
  const changes: Changes[] = [];
  for (const p of sections.flatMap((s) => s.paragraphs)) {
    // Every marker says 上年: most paragraphs state no change.
    if (!p.text.includes('上年')) continue;
    let offset = 0;
    let previous: string | null = null;
    // Split without dropping anything, so offsets stay those of the paragraph text.
    for (const sentence of splitAfterStops(p.text)) {
      const change = firstChange(sentence, previous, offset, (at) => lineAt(p, at, lines));
      if (change) changes.push(change);
      previous = sentence;
      offset += sentence.length;
    }
  }
  return changes;
}

const MARKERS = new RegExp(MARKER.source, 'g');

/** The change the sentence states at its first marker; past a marker whose clause states nothing, neither a figure
 * nor 持平 (「较上年降幅较大，与上年相比减少 1.06 万元」), at the next one. */
function firstChange(sentence: string, previous: string | null, offset: number, lineOf: (at: number) => number): Changes | null {
  const markers = [...sentence.matchAll(MARKERS)];
  for (const [i, marker] of markers.entries()) {
    const change = readChange(sentence, marker, previous, offset, lineOf);
    if (change) return change;
    const clause = sentence.slice(marker.index + marker[0].length, markers[i + 1]?.index);
    if (/\d|持平|相同|无增减|不变/.test(clause)) return null;
  }
  return null;
}

function readChange(sentence: string, marker: RegExpExecArray, previous: string | null, offset: number, lineOf: (at: number) => number): Changes | null {
  const head = sentence.slice(0, marker.index);
  const clauseStart = marker.index + marker[0].length;
  const next = MARKER.exec(sentence.slice(clauseStart));
  const clause = sentence.slice(clauseStart, next ? clauseStart + next.index : undefined);
  const delta = DELTA.exec(clause);
  const pct = PERCENT.exec(clause);
  const prior = PRIOR.exec(sentence);
  if (!pct && !(delta && prior)) return null;
  const opensSentence = /^[\s，,]*$/.test(head);
  // The prior-year figure (「上年决算数 190.66 万元」) is not the current one.
  const priorAt = prior ? prior.index + prior[0].length - prior[1].length : -1;
  const lastHere = figuresIn(head).filter((f) => f.at !== priorAt).at(-1);
  const lastBefore = opensSentence && previous !== null ? figuresIn(previous).at(-1) : undefined;
  const current = lastHere ? { ...lastHere.stated, line: lineOf(offset + lastHere.at) }
    : lastBefore ? { ...lastBefore.stated, line: lineOf(offset - previous!.length + lastBefore.at) } : null;
  const stated = (m: RegExpExecArray | null, at: number): Stated | null => {
    const s = m && statedAmount(m[2]);
    return m && s ? { value: signed(m[1], s.value), unit: s.unit, line: lineOf(offset + at + m.index) } : null;
  };
  const priorAmount = prior && statedAmount(prior[1]);
  return {
    current,
    item: itemOf(head) ?? (opensSentence && previous !== null ? itemOf(previous) : null),
    delta: stated(delta, clauseStart),
    percent: pct ? { value: signed(pct[1], pct[2]), line: lineOf(offset + clauseStart + pct.index) } : null,
    prior: prior && priorAmount ? { ...priorAmount, line: lineOf(offset + prior.index) } : null,
    line: lineOf(offset + marker.index),
    quote: sentence.slice(Math.max(0, marker.index - 20), clauseStart + clause.length).trim(),
  };
}
