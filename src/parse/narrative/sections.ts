// The narrative: headings (第X部分 / 一、 / （一） / 1、) and paragraphs, rejoined where the export wrapped
// a sentence over a blank line; never where the join would glue two pieces of figures into one (rows.ts gluesFigures).
import { hash } from 'node:crypto';
import type { Block } from '../../extract/rows.ts';
import { gluesFigures, stripResidue } from '../../extract/rows.ts';
import type { Paragraph, Section } from '../../model/schema.ts';

const CN = '一二三四五六七八九十';
const HEADINGS: [RegExp, number][] = [
  [new RegExp(`^第[${CN}]+部分`), 1],
  [new RegExp(`^[${CN}]+[、.．]`), 2],
  [new RegExp(`^[（(][${CN}]+[)）]`), 3],
  [/^\d{1,2}[、.．]\s*(?!\d)/, 4],
  [/^[（(]\d{1,2}[)）]/, 4],
];
const SENTENCE_END = /[。！？；!?;：:）)」”".]$/;

function headingLevel(text: string): number | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 40 || /[。，,；;]/.test(t.slice(0, -1)) || /。$/.test(t)) return null;
  for (const [re, level] of HEADINGS) if (re.test(t)) return level;
  return null;
}

/** Plain text of a narrative line: markdown bullets and emphasis, bookmarks and HTML tags removed. */
export function plainText(line: string): string {
  return stripResidue(line).replace(/^\s*[-*]\s+/, '').replace(/\*\*(.+?)\*\*/g, '$1').trim();
}

function sectionId(heading: string, used: Map<string, number>): string {
  // The one-shot hash: the same digest as createHash, without building a Hash object per heading.
  const base = 'h-' + hash('sha1', heading.replace(/\s/g, ''), 'hex').slice(0, 8);
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

/** The paragraph being read, as its pieces and its last piece: the tests look at the end of the paragraph, and
 * testing a string grown piece by piece makes V8 flatten it each time, quadratic in the lines of one paragraph. */
interface OpenParagraph {
  paragraph: Paragraph;
  pieces: string[];
  last: string;
}

function open(text: string, line: number, list: boolean): OpenParagraph {
  return { paragraph: { text, lines: [line], list }, pieces: [text], last: text };
}

/** Whether the next line continues the paragraph: not after a sentence's end, never gluing figures together. */
const continues = (p: OpenParagraph, text: string) => !p.paragraph.list && !SENTENCE_END.test(p.last) && !gluesFigures(p.last, text);

/** Adds a piece: CJK text joins without a space, Latin words with one. */
function append(p: OpenParagraph, text: string, line: number): void {
  p.pieces.push(/[A-Za-z]$/.test(p.last) && /^[A-Za-z]/.test(text) ? ` ${text}` : text);
  p.last = text;
  p.paragraph.lines.push(line);
}

const close = (p: OpenParagraph | null) => {
  if (p && p.pieces.length > 1) p.paragraph.text = p.pieces.join('');
};

export function readSections(blocks: readonly Block[], inTable: (line: number) => boolean): Section[] {
  const sections: Section[] = [];
  const used = new Map<string, number>();
  let current: Section = { id: 'h-preamble', heading: '', level: 1, line: 1, paragraphs: [] };
  let pendingPart: { text: string; line: number } | null = null;
  let paragraph: OpenParagraph | null = null;
  for (const b of blocks) {
    if (b.type !== 'text') continue;
    if (inTable(b.line)) continue;
    const text = plainText(b.text);
    if (text === '') continue;
    const listItem = /^\s*[-*]\s+/.test(b.text);
    const level = listItem ? null : headingLevel(text);
    if (pendingPart && level === null && text.length <= 20) {
      // 「第四部分」 on one line and 「名词解释」 on the next are one heading.
      current.heading = `${pendingPart.text} ${text}`;
      current.id = sectionId(current.heading, used);
      pendingPart = null;
      continue;
    }
    pendingPart = null;
    if (level !== null) {
      close(paragraph);
      paragraph = null;
      if (current.heading !== '' || current.paragraphs.length > 0) sections.push(current);
      current = { id: sectionId(text, used), heading: text, level, line: b.line, paragraphs: [] };
      if (level === 1 && /部分$/.test(text)) pendingPart = { text, line: b.line };
      continue;
    }
    if (paragraph && !listItem && continues(paragraph, text)) {
      append(paragraph, text, b.line);
    } else {
      close(paragraph);
      paragraph = open(text, b.line, listItem);
      current.paragraphs.push(paragraph.paragraph);
    }
  }
  close(paragraph);
  if (current.heading !== '' || current.paragraphs.length > 0) sections.push(current);
  return sections;
}
