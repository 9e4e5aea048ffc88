// The excerpt under a search result: the sentence (or clause) of the page that holds the term the reader typed, with
// that term marked whole. Pagefind's own excerpt is a window of words that may start mid-sentence, and it marks every
// segment it matched (公务, 接待, 费 one by one, and each 费 of the glossary); its window only says where to look.

export interface Excerpt {
  text: string;
  /** [start, end) of each marked term in `text`. */
  marks: [number, number][];
}

/** Longer sentences are cut around the term, with an ellipsis. */
const MAX_CHARS = 100;
const BEFORE_TERM = 30;
const SENTENCE_END = /[。！？；!?;]/;
/** Quotes a document may print inside a term (“三公”经费) and a reader leaves out. */
const QUOTES = '[“”"‘’\'「」『』]*';
/** Brackets as typed or printed, either width: 因公出国(境)费 finds 因公出国（境）费. */
const WIDTHS: Record<string, string> = { '(': '[（(]', '（': '[（(]', ')': '[）)]', '）': '[）)]' };
/** Chinese has no spaces between words: a term counts where it starts and ends at a word boundary, as the browser
 * segments the text (Pagefind segments the same way), so that 公车 is not found in 办公车辆 nor 费 in 费用. */
const WORDS = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
/** Characters either side of a term that the segmenter sees to place its boundaries. */
const CONTEXT = 8;

/**
 * Pagefind joins block elements with 「. 」 (「主要数字. 本年收入合计…」): after Chinese text that is a sentence end,
 * written 。 so that the excerpt reads as Chinese; after another mark of punctuation it is dropped.
 */
export function plainText(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/([。！？；：，、）”」])\.(?=\s|$)/g, '$1')
    .replace(/([^\x00-\x7f])\.(?=\s|$)/g, '$1。');
}

const stripMarks = (excerpt: string) => excerpt.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** A term as a pattern that also finds it with quotes inside, and its brackets in either width. */
function termPattern(term: string): RegExp {
  const chars = [...term].filter((c) => !/[“”"‘’'「」『』]/.test(c)).map((c) => WIDTHS[c] ?? c.replace(/[.*+?^${}|[\]\\]/g, '\\$&'));
  return new RegExp(chars.join(QUOTES), 'g');
}

function atWordBoundaries(text: string, start: number, end: number): boolean {
  if (!WORDS) return true;
  const from = Math.max(0, start - CONTEXT);
  const bounds = new Set([...WORDS.segment(text.slice(from, end + CONTEXT))].flatMap((s) => [from + s.index, from + s.index + s.segment.length]));
  return bounds.has(start) && bounds.has(end);
}

const occurrences = (text: string, term: string): [number, number][] =>
  [...text.matchAll(termPattern(term))].map((m): [number, number] => [m.index, m.index + m[0].length]).filter(([a, b]) => atWordBoundaries(text, a, b));

/** Every occurrence of the terms in text, in order; an earlier term wins where two overlap (接待费 in 公务接待费). */
export function termRanges(text: string, terms: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const t of terms) {
    for (const r of occurrences(text, t)) if (!found.some(([a, b]) => r[0] < b && a < r[1])) found.push(r);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/**
 * The words to mark, as typed first, then the full name each was searched as (公车 → 公务用车) where the page does not
 * have the word as typed; those the page has. A word the page has in neither form is not marked at all.
 */
export function markedTerms(words: readonly string[], fullName: (w: string) => string, content: string): string[] {
  const text = plainText(content);
  return [...new Set([...words, ...words.map(fullName)])].filter((t) => occurrences(text, t).length > 0);
}

/** The sentence of `text` around [start, end), cut to MAX_CHARS around it. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  if (to < text.length) to++;
  if (to - from <= MAX_CHARS) return { from, to };
  const cutFrom = Math.max(from, start - BEFORE_TERM);
  return { from: cutFrom, to: Math.min(to, cutFrom + MAX_CHARS) };
}

/** Text from..to, with an ellipsis where it is cut inside a sentence. */
function quoted(text: string, { from, to }: { from: number; to: number }): string {
  const lead = from > 0 && !SENTENCE_END.test(text[from - 1]) ? '…' : '';
  const tail = to < text.length && !SENTENCE_END.test(text[to - 1]) ? '…' : '';
  return `${lead}${text.slice(from, to).trim()}${tail}`;
}

/** Whether two texts say the same, sentence ends and spaces aside (an excerpt against a heading or a figure line). */
export const sameWords = (a: string, b: string) => a.replace(/[\s。；.]/g, '') === b.replace(/[\s。；.]/g, '');

/**
 * The excerpt for one part of a page: the sentence holding a term inside the part Pagefind pointed at (its excerpt
 * `window`), or null when that part has none of the terms. A sentence that is only the part's heading (shown
 * beside the excerpt already) gives way to the next one that has a term.
 */
export function excerptIn(content: string, window: string, terms: readonly string[], heading = ''): Excerpt | null {
  if (terms.length === 0) return null;
  const text = plainText(content);
  const plainWindow = plainText(stripMarks(window)).trim();
  const at = text.indexOf(plainWindow);
  if (at < 0) return null;
  const sentences = termRanges(text.slice(at, at + plainWindow.length), terms).map(([a, b]) => quoted(text, sentenceAround(text, at + a, at + b)));
  const shown = sentences.find((s) => !sameWords(s, heading)) ?? sentences[0];
  return shown === undefined ? null : { text: shown, marks: termRanges(shown, terms) };
}

/** When no part of the page has a term to show: the sentence where Pagefind's window starts, unmarked. */
export function plainExcerpt(content: string, window: string): Excerpt {
  const text = plainText(content);
  const plainWindow = plainText(stripMarks(window)).trim();
  const at = text.indexOf(plainWindow);
  return { text: at < 0 ? plainWindow : quoted(text, sentenceAround(text, at, at)), marks: [] };
}
