// Reading figures out of narrative paragraphs: amounts with their unit, percentages, and the source line of each.
import { parseAmount } from '../../model/money.ts';
import type { Unit } from '../../model/schema.ts';
import type { Amount, Paragraph, StatedFigure } from '../../model/schema.ts';
import { plainText } from './sections.ts';

/** A stated amount with its unit, captured together: 「1073.60 万元」, 「134.21万」, 「56000元」 (not 「万人」, 「元/人」). */
export const NUM = '([0-9][0-9,]*(?:\\.[0-9]+)?\\s*(?:万元|万(?![人户个])|元(?![/／])))';

/** A stated percentage, the number captured: 「99.75%」, 「35.31 %」. */
export const PCT = '([0-9]+(?:\\.[0-9]+)?)\\s*[%％]';

/** A figure the narrative states: value, unit and source line. */
export type Stated = StatedFigure;

/** The value and unit of a figure captured by NUM. */
export function statedAmount(text: string): { value: Amount; unit: Unit } | null {
  const m = /^(.*?)\s*(万元|万|元)$/.exec(text);
  const value = m ? parseAmount(m[1]) : null;
  return m && value !== null ? { value, unit: m[2] === '元' ? '元' : '万元' } : null;
}

/**
 * The text cut after every 。, ； and ; (none dropped, so the pieces add up to the text): what split(/(?<=[。；;])/)
 * gives, without its slow look-behind scan.
 */
export function splitAfterStops(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i];
    if (c === '。' || c === '；' || c === ';') {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Where each line of a paragraph ends in its text, worked out once per paragraph: a paragraph of many lines
 * stating many figures would otherwise be walked line by line for each of them. */
const pieceEnds = new WeakMap<readonly number[], number[]>();

function endsOf(p: Pick<Paragraph, 'lines'>, lines: readonly string[]): number[] {
  let ends = pieceEnds.get(p.lines);
  if (!ends) {
    let end = 0;
    ends = p.lines.map((line) => (end += plainText(lines[line - 1] ?? '').length));
    pieceEnds.set(p.lines, ends);
  }
  return ends;
}

/** The source line of the paragraph piece that holds the character at `at` (a paragraph can span several lines). */
export function lineAt(p: Pick<Paragraph, 'lines'>, at: number, lines: readonly string[]): number {
  const ends = endsOf(p, lines);
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at < ends[mid]) hi = mid;
    else lo = mid + 1;
  }
  return p.lines[lo];
}

/** Every NUM figure in `text`, with where it is. */
export function figuresIn(text: string): { stated: { value: Amount; unit: Unit }; at: number; end: number }[] {
  return [...text.matchAll(new RegExp(NUM, 'g'))].flatMap((m) => {
    const stated = statedAmount(m[1]);
    return stated ? [{ stated, at: m.index, end: m.index + m[0].length }] : [];
  });
}
