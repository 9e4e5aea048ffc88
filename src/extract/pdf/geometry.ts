// Positioned text items → fragments on the page as a reader sees it: x to the right, y downwards, in page units
// (pt) from the displayed page's top-left corner. The viewport applies /Rotate (90, 180, 270); content drawn
// sideways on an unrotated page is turned so that most of its text runs left to right.
import { Util } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Matrix = [number, number, number, number, number, number];

/** What pdfjs gives for one run of text: its string, the matrix placing its baseline start, its advance width. */
export interface TextRun {
  str: string;
  transform: number[];
  width: number;
}

export interface Fragment {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size in page units. */
  size: number;
  /** Begins a new cell whatever the gap: it followed a table figure within one text run. */
  apart: boolean;
}

export interface Frame {
  fragments: Fragment[];
  width: number;
  height: number;
  /** Quarter turns (0–3, clockwise) applied to sideways content on top of /Rotate. */
  turns: number;
}

/** Text items of one page → fragments; whitespace-only runs carry no text and often absurd widths: dropped. */
export function pageFragments(runs: readonly TextRun[], viewport: { transform: number[]; width: number; height: number }): Frame {
  const placed = runs
    .filter((r) => r.str.trim() !== '')
    .map((r) => ({ run: r, m: Util.transform(viewport.transform, r.transform) as Matrix }))
    .filter(({ m }) => Math.hypot(m[2], m[3]) > 0);
  const turns = dominantTurns(placed);
  const turn = turnMatrix(turns, viewport.width, viewport.height);
  const [width, height] = turns % 2 === 0 ? [viewport.width, viewport.height] : [viewport.height, viewport.width];
  const fragments = placed.flatMap(({ run, m }) => splitCells(fragment(run, Util.transform(turn, m) as Matrix)));
  return { fragments, width, height, turns };
}

function fragment(run: TextRun, m: Matrix): Fragment {
  const advance = Math.hypot(m[0], m[1]);
  const dx = advance > 0 ? m[0] / advance : 1;
  const x0 = m[4];
  const x1 = x0 + run.width * dx;
  return { text: clean(run.str), x0: Math.min(x0, x1), x1: Math.max(x0, x1), y: m[5], size: Math.hypot(m[2], m[3]), apart: false };
}

/** A figure as tables print it: with thousands separators or decimals ("96,282,213.44", "0.00"). */
const TABLE_FIGURE = /^[-−]?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)$/;
/** What follows a figure in a sentence rather than in a table: its unit or punctuation. */
const PROSE_AFTER = /^[万亿元%％，。；、：）)]/;

/**
 * Some producers write a figure and the next cell's label as one run ("96,282,213.44 一、公共安全支出"). A figure
 * standing alone between spaces, not followed by a unit or punctuation as in a sentence, ends its cell. Where the
 * run is split, positions are estimated from character widths (Chinese characters 1 em, others 0.5 em).
 */
function splitCells(f: Fragment): Fragment[] {
  const tokens = f.text.split(/(\s+)/);
  if (tokens.length < 3) return [f];
  const words = tokens.filter((_, i) => i % 2 === 0);
  const figure = (i: number) => TABLE_FIGURE.test(words[i]) && !PROSE_AFTER.test(words[i + 1] ?? '');
  const parts: string[][] = [[words[0]]];
  for (let i = 1; i < words.length; i++) {
    if (figure(i - 1) || figure(i)) parts.push([words[i]]);
    else parts.at(-1)!.push(tokens[2 * i - 1], words[i]);
  }
  if (parts.length === 1) return [f];
  return place(parts.map((p) => p.join('')), f);
}

const wide = (c: string) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c);
const estimate = (s: string) => [...s].reduce((w, c) => w + (/\s/.test(c) ? 0 : wide(c) ? 1 : 0.5), 0);

function place(texts: readonly string[], f: Fragment): Fragment[] {
  const widths = texts.map(estimate);
  const total = widths.reduce((a, b) => a + b, 0) * f.size;
  const span = f.x1 - f.x0;
  const scale = total > span ? span / total : 1;
  const space = texts.length > 1 ? Math.max(0, span - total) / (texts.length - 1) : 0;
  let x = f.x0;
  return texts.map((text, i) => {
    const x0 = x;
    x += widths[i] * f.size * scale;
    const part = { ...f, text, x0, x1: x, apart: i > 0 };
    x += space;
    return part;
  });
}

/** Tabs and line breaks inside a run would break the text view's one-row-per-line, TAB-between-cells form. */
const clean = (s: string) => s.replace(/[\t\n\r\f\v]/g, ' ');

/** The direction most characters run in, in quarter turns clockwise from "left to right" (y grows downwards). */
function dominantTurns(placed: readonly { run: TextRun; m: Matrix }[]): number {
  const chars = [0, 0, 0, 0];
  for (const { run, m } of placed) {
    const angle = Math.atan2(m[1], m[0]);
    chars[((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4] += run.str.length;
  }
  return chars.indexOf(Math.max(...chars));
}

/** Turns the displayed page back by `turns` quarter turns so that text running that way runs left to right. */
function turnMatrix(turns: number, w: number, h: number): Matrix {
  switch (turns) {
    case 1:
      return [0, -1, 1, 0, 0, w];
    case 2:
      return [-1, 0, 0, -1, w, h];
    case 3:
      return [0, 1, -1, 0, h, 0];
    default:
      return [1, 0, 0, 1, 0, 0];
  }
}
