// Table lines laid out with spaces instead of tabs: text from `pdftotext -layout` (cells placed by runs of
// spaces, form feeds between pages) or rows whose cells were joined by single spaces. Each run of non-space
// characters is a cell; empty cells leave no trace, so build.ts places these cells by what they hold.
import { parseAmount } from '../../model/money.ts';
import type { RawRow, Span } from '../../extract/rows.ts';
import { CODE, isTotalLabel } from './classify.ts';

/** Sentence punctuation: a line holding it is narrative, not a table row. */
const PROSE = /[。；;！？，,：:]/;

/** CJK and other wide characters: all in the BMP. */
const WIDE: [number, number][] = [[0x1100, 0x115f], [0x2e80, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6]];

const isWide = (code: number) => WIDE.some(([from, to]) => code >= from && code <= to);

/** Places the text takes when shown: two per wide character, one for any other (a surrogate pair is one). */
function shownWidth(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) i++;
    n += !pair && isWide(code) ? 2 : 1;
  }
  return n;
}

export function spacedRow(text: string, line: number): RawRow {
  // A form feed opens a page; the columns of that line are placed as if it were not there.
  const plain = text.replace(/\f/g, '');
  const tokens = [...plain.matchAll(/[^\s\u3000]+/g)];
  // Widths add up: each token's shown start is the previous token's end plus the width of the spaces between.
  let end = 0;
  let shownEnd = 0;
  const spans: Span[] = tokens.map((m) => {
    const shown = shownEnd + shownWidth(plain.slice(end, m.index));
    end = m.index + m[0].length;
    shownEnd = shown + shownWidth(m[0]);
    return { chars: [m.index, end], shown: [shown, shownEnd] };
  });
  return { cells: tokens.map((m) => m[0]), cellLines: tokens.map(() => line), lines: [line], spans };
}

const isFigure = (cell: string) => parseAmount(cell) !== null || CODE.test(cell);

/**
 * A line that can be a table row laid out with spaces: no prose punctuation and no list bullet, and more than one
 * cell or a lone label.
 */
export function isSpacedLine(text: string): boolean {
  const t = text.replace(/\f/g, '').trim();
  if (t === '' || t.length > 2000 || /^[-*]\s/.test(t) || PROSE.test(t.replace(/(\d),(?=\d{3})/g, '$1'))) return false;
  const cells = t.split(/[\s\u3000]+/);
  return cells.length >= 2 || isTotalLabel(t) || CODE.test(t) || t === '栏次';
}

/**
 * A spaced line that is a data row rather than a header: two figures or codes, or one set apart by a run of spaces
 * (a heading such as 「2022 年度项目支出绩效自评报告」 has one figure and single spaces).
 */
export function hasFigure(text: string): boolean {
  const t = text.replace(/\f/g, '').trim();
  const figures = t.split(/[\s\u3000]+/).filter(isFigure).length;
  return figures >= 2 || (figures === 1 && /\S(\s{2,}|\u3000)\S/.test(t));
}
