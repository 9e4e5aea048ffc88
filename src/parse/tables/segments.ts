// Finds table segments in the block stream: a title, its label/部门/单位 lines, its rows and its notes.
// Tables split across pages are separate segments here; mergeSegments (build.ts) joins them.
import type { Block, RawRow } from '../../extract/rows.ts';
import { stripResidue } from '../../extract/rows.ts';
import type { Unit } from '../../model/schema.ts';
import { classifyRow, isTotalLabel } from './classify.ts';
import { hasFigure, isSpacedLine, spacedRow } from './spaced.ts';
import { findLabel, labelNumber, templateForTitle, type Template } from './templates.ts';

export interface Segment {
  template: Template;
  title: string;
  titleLine: number;
  label: string | null;
  unit: Unit | null;
  unitLine: number | null;
  rows: RawRow[];
  notes: { line: number; text: string }[];
  /** Lines of text inside the rows that could not be read as a row. */
  strays: { line: number; text: string }[];
  start: number;
  end: number;
}

const META = /^(部门|单位|编制单位|填报单位|预算单位|单位名称)[:：]|(金额)?单位[:：]\s*(万元|元)/;
const NOTE = /^(注[:：]|说明[:：]|备注[:：]|\d+[.．、]\s*(本表|表格|本套|本单位|我单位|单元格)|（当表格|本单位没有|我单位没有|本表无数据)|无数据/;
const UNIT = /单位[:：]\s*(万元|元)/;

function blockText(b: Block): string {
  if (b.type === 'text') return stripResidue(b.text).trim();
  if (b.type === 'row') return b.row.cells.map((c) => stripResidue(c).trim()).filter(Boolean).join(' ');
  return '';
}

function firstLine(b: Block): number {
  return b.type === 'row' ? b.row.lines[0] : b.line;
}

function lastLine(b: Block): number {
  return b.type === 'row' ? b.row.lines[b.row.lines.length - 1] : b.line;
}

/** A metadata line: 部门/单位 lines, a lone 公开NN表 label, or a row of only such cells. */
function isMeta(text: string): boolean {
  if (text === '') return false;
  return text.split(/\s{2,}|\s(?=部门|单位|金额单位|公开)/).every((part) => META.test(part.trim()) || labelNumber(part) !== null || findLabel(part) === part.trim());
}

export function findSegments(blocks: readonly Block[]): Segment[] {
  const segments: (Segment & { endIndex: number })[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'blank' || (b.type === 'row' && !isTitleRow(b))) continue;
    const text = blockText(b);
    const template = templateForTitle(text);
    if (!template) continue;
    const seg = readSegment(blocks, i, template, text);
    if (seg) {
      segments.push(seg);
      i = seg.endIndex;
    }
  }
  return segments.map(({ endIndex: _e, ...s }) => s);
}

/** A label printed on the title line (「…决算表    公开09表」, pdftotext -layout). */
function labelOf(title: string): string | null {
  return findLabel(title)?.replace(/\s/g, '') ?? null;
}

function titleWithout(title: string): string {
  const label = findLabel(title);
  return label ? title.replace(label, '').trim() : title;
}

function isTitleRow(b: Block): boolean {
  return b.type === 'row' && b.row.cells.filter((c) => c.trim() !== '').length === 1;
}

function readSegment(blocks: readonly Block[], start: number, template: Template, title: string): (Segment & { endIndex: number }) | null {
  const seg: Segment & { endIndex: number } = {
    template, title: titleWithout(title), titleLine: firstLine(blocks[start]), label: labelOf(title), unit: null, unitLine: null,
    rows: [], notes: [], strays: [], start: firstLine(blocks[start]), end: lastLine(blocks[start]), endIndex: start,
  };
  let i = start + 1;
  let inNotes = false;
  const held: Held = { tab: false, spaced: false, data: false };
  const addRow = (row: RawRow) => {
    seg.rows.push(row);
    if (!row.spans) held.tab = true;
    else {
      held.spaced = true;
      // Only read while every row is spaced (spacedTableLine): checking each row once is enough.
      if (!held.tab && !held.data) held.data = hasFigure(row.cells.join(' ')) && classifyRow(row.cells) !== 'columnNumbers';
    }
  };
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'blank') continue;
    const text = blockText(b);
    if ((b.type === 'text' || isTitleRow(b)) && templateForTitle(text)) break;
    if (seg.rows.length === 0 && isMeta(text)) {
      readMeta(seg, text, firstLine(b));
    } else if (b.type === 'row' && !inNotes) {
      const label = findLabel(text);
      if (label && seg.rows.length === 0) seg.label = label.replace(/\s/g, '');
      if (UNIT.test(text) && seg.rows.length === 0) readMeta(seg, text, firstLine(b));
      if (label || (UNIT.test(text) && isMeta(text))) {
        seg.end = lastLine(b);
        continue;
      }
      addRow(b.row);
    } else if (NOTE.test(text) || (inNotes && /^\d+[.．、]/.test(text))) {
      inNotes = true;
      seg.notes.push({ line: firstLine(b), text });
    } else if (b.type === 'text' && !inNotes && seg.rows.length > 0 && isResidue(text)) {
      seg.strays.push({ line: b.line, text });
    } else if (b.type === 'text' && !inNotes && spacedTableLine(blocks, i, held)) {
      addRow(spacedRow(b.text, b.line));
    } else if (b.type === 'text' && !inNotes && held.spaced && continuesTable(blocks, i)) {
      // A name wrapped onto a line of its own between rows: kept as text.
      seg.strays.push({ line: b.line, text });
    } else {
      break;
    }
    seg.end = lastLine(b);
  }
  seg.endIndex = i - 1;
  // A title with no rows and no notes is a table of contents entry or a heading, not a table; so is one followed
  // only by lines that could be header words.
  if (seg.notes.length === 0 && !seg.rows.some((r) => !r.spans || hasFigure(r.cells.join(' ')))) return null;
  return seg;
}

function readMeta(seg: Segment, text: string, line: number): void {
  const label = findLabel(text);
  if (label) seg.label = label.replace(/\s/g, '');
  const unit = UNIT.exec(text);
  if (unit) {
    seg.unit = unit[1] as Unit;
    seg.unitLine = line;
  }
}

/** What the rows of a segment read so far hold; asked at every line after them, so kept as rows are added. */
interface Held {
  /** Some row has tabs. */
  tab: boolean;
  /** Some row is laid out with spaces. */
  spaced: boolean;
  /** Some row holds figures and is not the 栏次 row (known while there are no tab rows). */
  data: boolean;
}

/** The next line with content, past blank lines and page numbers. */
function nextContent(blocks: readonly Block[], i: number): Block | undefined {
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.type !== 'blank' && !(b.type === 'text' && isResidue(blockText(b)))) return b;
  }
  return undefined;
}

/** The table goes on after line i: a row (tab or spaced, with figures) follows. */
function continuesTable(blocks: readonly Block[], i: number): boolean {
  const next = nextContent(blocks, i);
  if (!next || templateForTitle(blockText(next))) return false;
  return next.type === 'row' || (next.type === 'text' && isSpacedLine(next.text) && hasFigure(next.text));
}

/**
 * A text line that is a row laid out with spaces: a data row (it holds figures or codes), a header line before
 * the first data row, or a header line repeated on a new page between rows.
 */
function spacedTableLine(blocks: readonly Block[], i: number, held: Held): boolean {
  const b = blocks[i];
  if (b.type !== 'text' || !isSpacedLine(b.text)) return false;
  // Among tab rows, a line without tabs is a row only between rows: after the last row it is text.
  if (held.tab) return hasFigure(b.text) && continuesTable(blocks, i);
  // Before the first data row every such line is a header line (the 栏次 row is one too).
  return hasFigure(b.text) || isTotalLabel(b.text) || !held.data || continuesTable(blocks, i);
}

/** Page numbers and markdown table rules between rows. */
function isResidue(text: string): boolean {
  return /^[-—–\s]*\d{1,3}[-—–\s]*$/.test(text) || /^[-|:\s]+$/.test(text);
}
