// Where the narrative states a figure under a name: 「基本支出 639.17 万元」, 「支出合计为1073.60万元」. Every figure
// of every paragraph is indexed once under the names asked for that stand right before it, so finding the nearest
// statement of a name is a binary search; running a pattern over every earlier paragraph for each share made long
// reports quadratic.
import type { Unit } from '../../model/schema.ts';
import type { Amount } from '../../model/schema.ts';
import { figuresIn } from './text-figures.ts';

export interface NamedFigure {
  /** Index of the paragraph in reading order. */
  paragraph: number;
  /** Where the figure starts and ends in the paragraph text. */
  at: number;
  end: number;
  value: Amount;
  unit: Unit;
}

/** Name → the figures stated under it, in reading order. */
export type NamedFigures = ReadonlyMap<string, readonly NamedFigure[]>;

const SPACE = /\s/;

/** Where a name may end before the figure at `at`: 「name N」, 「name 为 N」, 「name是N」. */
function nameEnds(text: string, at: number): number[] {
  let end = at;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  if (text[end - 1] !== '为' && text[end - 1] !== '是') return [end];
  let before = end - 1;
  while (before > 0 && SPACE.test(text[before - 1])) before--;
  return [end, before];
}

export function indexNamedFigures(texts: readonly string[], names: ReadonlySet<string>): NamedFigures {
  const index = new Map<string, NamedFigure[]>();
  if (names.size === 0) return index;
  const longest = [...names].reduce((max, n) => Math.max(max, n.length), 0);
  const lastChars = new Set([...names].map((n) => n.at(-1)));
  texts.forEach((text, paragraph) => {
    for (const { stated, at, end } of figuresIn(text)) {
      for (const nameEnd of nameEnds(text, at)) {
        // Most figures follow no name asked for: one character tells.
        if (!lastChars.has(text[nameEnd - 1])) continue;
        for (let length = 1; length <= Math.min(longest, nameEnd); length++) {
          const name = text.slice(nameEnd - length, nameEnd);
          if (!names.has(name)) continue;
          let list = index.get(name);
          if (!list) index.set(name, (list = []));
          list.push({ paragraph, at, end, ...stated });
        }
      }
    }
  });
  return index;
}

/** The number of figures in `list` that come before (paragraph, end): figures are in reading order. */
function countBefore(list: readonly NamedFigure[], paragraph: number, end: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const f = list[mid];
    if (f.paragraph < paragraph || (f.paragraph === paragraph && f.end <= end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last figure stated under `name` in `paragraph`, ending by `end`. */
export function lastInParagraph(index: NamedFigures, name: string, paragraph: number, end: number): NamedFigure | null {
  const list = index.get(name) ?? [];
  const f = list[countBefore(list, paragraph, end) - 1];
  return f?.paragraph === paragraph ? f : null;
}

/** The last figure stated under `name` before `paragraph`. */
export function lastBefore(index: NamedFigures, name: string, paragraph: number): NamedFigure | null {
  const list = index.get(name) ?? [];
  return list[countBefore(list, paragraph, -1) - 1] ?? null;
}
