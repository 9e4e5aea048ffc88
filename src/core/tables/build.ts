// Builds validated tables from segments: header → columns, rows aligned to columns, exact cells.
// A row that cannot be aligned with certainty is left out of the data and reported; its text stays published.
import { isBlank, parseAmount, stripSpace } from '../money.ts';
import type { Cell, Column, Row, Table } from '../schema.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { RawRow } from '../rows.ts';
import { classifyRow, cleanCells, isTotalLabel } from './classify.ts';
import { columnsFromHeader, headerMatches } from './columns.ts';
import type { Segment } from './segments.ts';

export interface Unsure {
  start: number;
  end: number;
  reason: string;
}

interface Parsed {
  header: string[][];
  headerLines: number[];
  body: { cells: string[]; raw: RawRow }[];
}

function split(seg: Segment): Parsed {
  const parsed: Parsed = { header: [], headerLines: [], body: [] };
  for (const raw of seg.rows) {
    const cells = cleanCells(raw);
    const cls = classifyRow(cells);
    if (cls === 'residue') continue;
    if (cls === 'body') parsed.body.push({ cells, raw });
    else if (parsed.body.length === 0) {
      if (cls === 'header') parsed.header.push(cells);
      parsed.headerLines.push(...raw.lines);
    } else if (cls === 'header' && !cells.every((c) => c === '')) parsed.body.push({ cells, raw });
  }
  return parsed;
}

/** Consecutive segments of the same table (a table split across pages, headers repeated) become one. */
export function mergeSegments(segments: Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const seg of segments) {
    const prev = groups.at(-1)?.at(-1);
    const same = prev && prev.template.kind === seg.template.kind && prev.template.kind !== 'other' && prev.template.kind !== 'perfBase' && prev.label === seg.label && normTitle(prev.title) === normTitle(seg.title);
    if (same) groups.at(-1)!.push(seg);
    else groups.push([seg]);
  }
  return groups;
}

const normTitle = (t: string) => stripSpace(t);

const DECLARED_EMPTY = /(本表无数据|无数据|本表为空|未发生|无.{0,12}收支)/;

export function buildTable(id: string, parts: Segment[], diagnostics: Diagnostics, unsure: Unsure[]): Table {
  const first = parts[0];
  const parsed = parts.map(split);
  const header = parsed[0].header;
  const bodyRows = parsed.flatMap((p) => p.body);
  const templateFits = headerMatches(first.template, header);
  const columns = templateFits ? first.template.columns : columnsFromHeader(header, bodyRows.map((b) => b.cells));
  if (first.template.columns.length > 0 && !templateFits) {
    diagnostics.warning('MZ-TABLE-HEADER', first.titleLine, `“${first.title}”的表头与标准格式不一致，已按原表头显示，表中数字不用于核对。请核对表头各栏名称是否完整。`);
  }
  const notes = parts.flatMap((p) => p.notes);
  const blankIsZero = first.template.columns.length > 0 || notes.some((n) => /空白.*零|空白.*0/.test(n.text));
  const rows: Row[] = [];
  for (const { cells, raw } of bodyRows) {
    const placed = align(cells, columns, templateFits);
    if (!placed) {
      unsure.push({ start: raw.lines[0], end: raw.lines.at(-1)!, reason: 'row' });
      diagnostics.warning('MZ-ROW-UNSURE', raw.lines[0], `“${first.title}”第 ${raw.lines[0]} 行的单元格数与表头栏数对不上，无法确定每个数字属于哪一栏，此行数字未采用（原文照常显示）。请检查该行是否缺少或多出单元格（空白单元格也要保留制表符）。`);
      continue;
    }
    const texts = placed.map((k) => (k < 0 ? '' : cells[k]));
    const lines = placed.map((k) => (k < 0 ? raw.lines[0] : raw.cellLines[k] ?? raw.lines[0]));
    rows.push(toRow(texts, lines, columns, raw, { blankIsZero, strict: templateFits, title: first.title }, diagnostics));
  }
  const declared = notes.find((n) => DECLARED_EMPTY.test(n.text));
  const unit = parts.map((p) => p.unit).find((u) => u !== null) ?? null;
  return {
    id,
    kind: templateFits || first.template.columns.length === 0 ? first.template.kind : 'other',
    title: first.title,
    label: first.label,
    unit: unit ?? null,
    unitInferred: false,
    lines: parts.map((p) => [p.start, p.end] as [number, number]),
    titleLine: first.titleLine,
    headerLines: parsed.flatMap((p) => p.headerLines),
    columns,
    rows,
    declaredEmpty: declared && rows.every((r) => r.cells.every((c) => c.amount === null || c.amount === '0')) ? declared.line : null,
    blankIsZero,
    notes,
  };
}

/** For each column, the index of the printed cell placed under it (-1: none); null when unsure. */
function align(cells: string[], columns: Column[], strict: boolean): number[] | null {
  let n = cells.length;
  while (n > columns.length && cells[n - 1] === '') n--;
  const missing = columns.length - n;
  // Exports drop a row's trailing empty cells; a row missing most of its cells is a fragment, not a row.
  const padded = missing >= 0 && missing < n ? columns.map((_, i) => (i < n ? i : -1)) : null;
  if (padded && (!strict || fits(padded.map((k) => (k < 0 ? '' : cells[k])), columns))) return padded;
  return strict ? byLabels(cells, columns) : null;
}

/** Every printed cell sits in a column that can hold it: labels under code/name, figures under amounts. */
function fits(cells: string[], columns: Column[]): boolean {
  return cells.every((text, i) => {
    if (stripSpace(text) === '') return true;
    const role = columns[i].role;
    const isAmount = parseAmount(text) !== null || /^[—–-]+$/.test(stripSpace(text));
    if (role === 'amount') return isAmount;
    if (role === 'rowNo') return /^\d+$/.test(stripSpace(text));
    if (role === 'code') return /^\d+$/.test(stripSpace(text)) || isTotalLabel(text) || !isAmount;
    return !isAmount || role === 'text';
  });
}

/**
 * Totals rows are often misaligned (人员经费合计 …  公用经费合计 … 256.00 in a name column). Each label goes to the
 * first free label column of the group it names (or the first free one), and the figures after it fill the amount
 * columns that follow, up to the next label column.
 */
function byLabels(cells: string[], columns: Column[]): number[] | null {
  const out = columns.map(() => -1);
  const isLabelCol = (c: Column) => c.role === 'name' || c.role === 'code';
  let amountCols: number[] = [];
  for (const [k, text] of cells.entries()) {
    if (text === '') continue;
    if (parseAmount(text) !== null) {
      const c = amountCols.shift();
      if (c === undefined) return null;
      out[c] = k;
      continue;
    }
    const group = groupNamedBy(text, columns);
    const at = columns.findIndex((c, i) => isLabelCol(c) && out[i] < 0 && (group === null || c.groups[0] === group));
    if (at < 0) return null;
    out[at] = k;
    let i = at + 1;
    while (i < columns.length && isLabelCol(columns[i])) i++;
    amountCols = [];
    for (; i < columns.length && !isLabelCol(columns[i]); i++) if (columns[i].role === 'amount') amountCols.push(i);
  }
  return out;
}

function groupNamedBy(label: string, columns: Column[]): string | null {
  const groups = [...new Set(columns.map((c) => c.groups[0] ?? ''))];
  return groups.find((g) => g !== '' && stripSpace(label).startsWith(stripSpace(g))) ?? null;
}

/** A blank amount is zero only where the row names the item it belongs to (the label columns to its left). */
function labelledAt(cells: string[], columns: Column[], i: number): boolean {
  if (!columns.some((c) => c.role === 'name' || c.role === 'code')) return true;
  let j = i;
  while (j >= 0 && (columns[j].role === 'amount' || columns[j].role === 'rowNo')) j--;
  if (j < 0) return false;
  for (; j >= 0 && (columns[j].role === 'name' || columns[j].role === 'code'); j--) if (cells[j] !== '') return true;
  return false;
}

function toRow(cells: string[], lines: number[], columns: Column[], raw: RawRow, table: { blankIsZero: boolean; strict: boolean; title: string }, diagnostics: Diagnostics): Row {
  const out: Cell[] = cells.map((text, i) => {
    const col = columns[i];
    const line = lines[i];
    if (col.role !== 'amount') return { text, amount: null, line };
    if (isBlank(text)) return { text, amount: table.blankIsZero && labelledAt(cells, columns, i) ? '0' : null, line };
    const amount = parseAmount(text);
    if (amount === null && table.strict && !/^[—–-]+$/.test(stripSpace(text))) {
      diagnostics.warning('MZ-CELL-NOT-AMOUNT', line, `“${table.title}”第 ${line} 行“${col.label}”栏应是金额，却是 “${text}”，未作为数字采用。请改成数字，或留空表示零。`);
    }
    return { text, amount, line };
  });
  const labelText = cells.find((t, i) => (columns[i].role === 'name' || columns[i].role === 'code') && t !== '') ?? '';
  return { line: raw.lines[0], lines: raw.lines, cells: out, role: isTotalLabel(labelText) ? 'total' : 'item' };
}
