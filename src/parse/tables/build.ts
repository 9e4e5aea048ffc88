// Builds validated tables from segments: header → columns, rows aligned to columns, exact cells.
// A row that cannot be aligned with certainty is left out of the data and reported; its text stays published.
import { isBlank, parseAmount, stripSpace } from '../../model/money.ts';
import type { Cell, Column, Row, Table } from '../../model/schema.ts';
import type { Diagnostics } from '../../model/diagnostics.ts';
import type { RawRow } from '../../extract/rows.ts';
import { classifyRow, cleanCells, isTotalLabel } from './classify.ts';
import { columnsFromHeader, headerMatches } from './columns.ts';
import { assignKeys } from '../meanings/assign.ts';
import { documentMeasure, placeRows, type BodyRow } from './place-rows.ts';
import type { Measure } from './positions.ts';
import type { Segment } from './segments.ts';
import type { Template } from './templates.ts';
import { findRuns, mergeHeader, mergeSpacedRow, mergeTabRow } from './split-codes.ts';

export interface Unsure {
  start: number;
  end: number;
  reason: string;
}

interface Parsed {
  header: string[][];
  /** The header rows as printed (their positions locate the columns of rows laid out with spaces). */
  headerRows: RawRow[];
  headerLines: number[];
  body: BodyRow[];
}

const rowKey = (cells: string[]) => cells.map(stripSpace).filter(Boolean).join('|');

function split(seg: Segment): Parsed {
  const parsed: Parsed = { header: [], headerRows: [], headerLines: [], body: [] };
  const headerKeys = new Set<string>();
  for (const raw of seg.rows) {
    const cells = cleanCells(raw);
    const cls = classifyRow(cells);
    if (cls === 'residue') continue;
    const key = cls === 'header' ? rowKey(cells) : '';
    const repeated = key !== '' && headerKeys.has(key);
    if (cls === 'body') parsed.body.push({ cells, raw });
    else if (parsed.body.length === 0 || repeated) {
      if (cls === 'header' && !repeated) {
        headerKeys.add(key);
        parsed.header.push(cells);
        parsed.headerRows.push(raw);
      }
      for (const line of raw.lines) parsed.headerLines.push(line);
    } else if (cls === 'header' && !cells.every((c) => c === '')) parsed.body.push({ cells, raw });
  }
  return parsed;
}

/** Code parts printed in 类/款/项 columns, merged into one code cell (split-codes.ts). */
function mergeCodes(header: string[][], body: BodyRow[]): { header: string[][]; body: BodyRow[] } {
  const runs = findRuns(header);
  if (runs.length === 0) return { header, body };
  const carries: { lei: string | null; kuan: string | null }[] = [];
  return {
    header: mergeHeader(header, runs),
    body: body.map(({ cells, raw }) => (raw.spans ? mergeSpacedRow(cells, raw, runs) : mergeTabRow(cells, raw, runs, carries))),
  };
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

interface Prepared {
  parsed: Parsed[];
  header: string[][];
  body: BodyRow[];
}

function prepare(parts: Segment[]): Prepared {
  const parsed = parts.map(split);
  return { parsed, ...mergeCodes(parsed[0].header, parsed.flatMap((p) => p.body)) };
}

/** Every table of a document; rows laid out by position are measured the way the whole document is. */
export function buildTables(groups: Segment[][], diagnostics: Diagnostics, unsure: Unsure[]): Table[] {
  const prepared = groups.map(prepare);
  const usual = documentMeasure(prepared.flatMap((p) => p.body));
  return groups.map((parts, i) => buildTable(`table-${i + 1}`, parts, prepared[i], usual, diagnostics, unsure));
}

function buildTable(id: string, parts: Segment[], { parsed, header, body }: Prepared, usualMeasure: Measure | null, diagnostics: Diagnostics, unsure: Unsure[]): Table {
  const first = parts[0];
  const spaced = parsed[0].headerRows.some((r) => r.spans);
  const templateFits = headerMatches(first.template, header, spaced);
  // Rows laid out with spaces are placed by the template's columns under their printed header (place-rows.ts).
  const own = templateFits && !spaced ? reordered(first.template, header, body) : null;
  const strict = templateFits && own === null;
  const { columns, keyed } = own ? { columns: own, keyed: true } : templateFits ? { columns: first.template.columns, keyed: true } : fromHeader(first, header, body, diagnostics);
  const notes = parts.flatMap((p) => p.notes);
  const blankIsZero = first.template.columns.length > 0 || notes.some((n) => /空白.*零|空白.*0/.test(n.text));
  const rows: Row[] = [];
  const omitted: number[] = [];
  const table = { strict, sums: first.template.rowSums, blankIsZero, usualMeasure };
  // Each page of a table split across pages is laid out on its own (positions may differ), under its own header.
  let from = 0;
  const placements = parsed.flatMap((p) => {
    const rows = body.slice(from, (from += p.body.length));
    return placeRows(rows, p.headerRows.length > 0 ? p.headerRows : parsed[0].headerRows, columns, table);
  });
  body.forEach(({ raw }, i) => {
    const { at, cells } = placements[i];
    if (!at) {
      omitted.push(raw.lines[0]);
      unsure.push({ start: raw.lines[0], end: raw.lines.at(-1)!, reason: 'row' });
      diagnostics.raise('MZ-ROW-UNSURE', raw.lines[0], first.title, raw.lines[0], raw.spans !== undefined);
      return;
    }
    const texts = at.map((k) => (k < 0 ? '' : cells[k]));
    const lines = at.map((k) => (k < 0 || raw.spans ? raw.lines[0] : raw.cellLines[k] ?? raw.lines[0]));
    rows.push(toRow(texts, lines, columns, raw, { blankIsZero, strict, title: first.title }, diagnostics));
  });
  const declared = notes.find((n) => DECLARED_EMPTY.test(n.text));
  const unit = parts.map((p) => p.unit).find((u) => u !== null) ?? null;
  return {
    id,
    kind: keyed || first.template.columns.length === 0 ? first.template.kind : 'other',
    title: first.title,
    label: first.label,
    unit: unit ?? null,
    unitInferred: false,
    lines: parts.map((p) => [p.start, p.end] as [number, number]),
    titleLine: first.titleLine,
    headerLines: parsed.flatMap((p) => p.headerLines),
    columns,
    rows,
    omitted,
    declaredEmpty: declared && rows.every((r) => r.cells.every((c) => c.amount === null || c.amount === '0')) ? declared.line : null,
    blankIsZero,
    notes,
  };
}


/**
 * A standard table whose header has the standard words but in another order (公务接待费 before 公务用车) or with more
 * columns (会议费, 培训费): its own header, when every one of the template's figures is found in it exactly once, tells
 * where each is; else null, and the template's order stands.
 */
function reordered(template: Template, header: string[][], body: BodyRow[]): Column[] | null {
  const columns = columnsFromHeader(header, body.map((b) => b.cells));
  if (assignKeys(template.kind, columns).length > 0) return null;
  const amounts = (cols: readonly Column[]) => cols.filter((c) => c.role === 'amount' && !/^c\d+$/.test(c.key)).map((c) => c.key);
  const wanted = amounts(template.columns);
  const found = amounts(columns);
  if (wanted.length === 0 || [...found].sort().join() !== [...wanted].sort().join()) return null;
  return found.join() === wanted.join() && columns.length === template.columns.length ? null : columns;
}

/**
 * A standard table whose header is not the standard one (columns added, dropped or reordered, labels worded
 * otherwise): its columns as its own header names them, each given its meaning by the vocabulary. Without a single
 * amount column whose meaning is certain it is kept as read (MZ-TABLE-HEADER) and none of its figures is used.
 */
function fromHeader(first: Segment, header: string[][], body: BodyRow[], diagnostics: Diagnostics): { columns: Column[]; keyed: boolean } {
  const columns = columnsFromHeader(header, body.map((b) => b.cells));
  if (first.template.columns.length === 0) return { columns, keyed: false };
  for (const claimed of assignKeys(first.template.kind, columns)) {
    diagnostics.raise('MZ-COLUMN-AMBIGUOUS', first.titleLine, first.title, claimed.map((c) => c.label).join('、'));
  }
  const keyed = columns.some((c) => c.role === 'amount' && !/^c\d+$/.test(c.key));
  if (!keyed) diagnostics.raise('MZ-TABLE-HEADER', first.titleLine, first.title);
  return { columns, keyed };
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
      diagnostics.raise('MZ-CELL-NOT-AMOUNT', line, table.title, line, col.label, text);
    }
    return { text, amount, line };
  });
  const labelText = cells.find((t, i) => (columns[i].role === 'name' || columns[i].role === 'code') && t !== '') ?? '';
  return { line: raw.lines[0], lines: raw.lines, cells: out, role: isTotalLabel(labelText) ? 'total' : 'item' };
}
