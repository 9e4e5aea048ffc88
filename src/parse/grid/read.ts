// Budget tables read from a PDF's positioned rows: a title from the vocabulary, the header rows below it (up to
// the first row with a figure or code), body rows, notes; continued over pages whose first rows repeat the header
// or go straight on with body rows. Columns come from the table's own header (header.ts, columns.ts) and cells are
// placed by position (align.ts).
import { isBlank, parseAmount } from '../../model/money.ts';
import type { Diagnostics } from '../../model/diagnostics.ts';
import type { Cell, Row, Table, Unit } from '../../model/schema.ts';
import { CODE, isTotalLabel } from '../tables/classify.ts';
import { alignSlots, slotsOf } from './align.ts';
import { mergeCodeParts } from './codes.ts';
import { assignKeys } from '../meanings/assign.ts';
import type { TableKind } from '../../model/schema.ts';
import { budgetTitle, normaliseTitle } from '../meanings/vocabulary.ts';
import { templateForTitle } from '../tables/templates.ts';
import { columnsOf, type GridColumn } from './columns.ts';
import { headerLeaves } from './header.ts';
import { logicalRows, type LogicalRow } from './wrapped.ts';
import { joined, type GridCell, type GridLine } from './lines.ts';

interface Block {
  kind: TableKind;
  title: GridLine;
  label: string | null;
  unit: Unit | null;
  meta: GridLine[];
  header: GridLine[];
  /** Header rows repeated on later pages. */
  repeated: GridLine[];
  body: GridLine[];
  notes: GridLine[];
  end: number;
}

const LABEL_LINE = /^(?:部门)?公开\s*\d{1,2}\s*表$|^表\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})$/;
const META = /^(?:编制部门|部门名称|编制单位|单位名称|部门|单位)[:：]|单位[:：]\s*(?:万元|元)/;
const UNIT = /单位[:：]\s*(万元|元)/;
const FOOTER = /^[\s\-─—–]*\d{1,3}[\s\-─—–]*$/;
const NOTE = /^(?:注|说明|备注)?[:：]|^注\s*\d|本表为空|此表为空|本表无数据|无.{0,12}(?:收支|预算|数据)/;
const DECLARED_EMPTY = /^无$|本表为空|此表为空|本表无数据|故本表无|无.{0,12}(?:收支|预算|数据)/;
const PROSE = /[。；]/;

/**
 * The table a title line names: a budget table, or a final-accounts table whose columns the vocabulary knows (the
 * 06表's three side-by-side column groups and the 绩效 tables are left to the text stages).
 */
function titleKind(l: GridLine): TableKind | null {
  const text = joined(l);
  const budget = budgetTitle(text);
  if (budget !== null) return budget;
  const kind = templateForTitle(text)?.kind;
  return kind && kind !== 't06' && kind !== 'perfBase' && kind !== 'other' && !text.includes('…') ? kind : null;
}

const text = (l: GridLine) => joined(l).replace(/[\s\u3000]/g, '');
const isLabelLine = (l: GridLine) => LABEL_LINE.test(text(l));
/** A page number alone on the last row of its page. */
const isFooter = (lines: readonly GridLine[], i: number) =>
  lines[i].cells.length === 1 && FOOTER.test(lines[i].cells[0].text) && (i + 1 === lines.length || lines[i + 1].page !== lines[i].page);
/** A row of figures or codes, or one that only says 合计 (its figures blank); a header row may end in 总计 too. */
const isBody = (l: GridLine) => l.cells.some((c) => parseAmount(c.text) !== null || CODE.test(c.text)) || l.cells.every((c) => isTotalLabel(c.text));

function labelBefore(lines: readonly GridLine[], t: number): string | null {
  const inTitle = /(?:部门)?公开\s*\d{1,2}\s*表/.exec(joined(lines[t]));
  if (inTitle) return inTitle[0];
  for (let i = t - 1; i >= Math.max(0, t - 3); i--) {
    if (isLabelLine(lines[i])) return text(lines[i]);
    if (!isFooter(lines, i)) break;
  }
  return null;
}

/** Rows that only name items (blank figures) or a label wrapped onto the next row: short words, no sentences. */
const labelOnly = (l: GridLine) => l.cells.every((c) => c.text.length <= 24 && !PROSE.test(c.text));

function collect(lines: readonly GridLine[], t: number, kind: TableKind): Block | null {
  const block: Block = { kind, title: lines[t], label: labelBefore(lines, t), unit: null, meta: [], header: [], repeated: [], body: [], notes: [], end: t };
  const first = readHeader(block, lines, t + 1);
  if (first === null) return null;
  const next = readBody(block, lines, first);
  if (block.body.length === 0 && block.notes.length === 0) return null;
  block.end = next - 1;
  return block;
}

/** The 编制部门/单位 lines and the header rows, up to the first row of figures; its index, or null for no table. */
function readHeader(block: Block, lines: readonly GridLine[], from: number): number | null {
  let i = from;
  for (; i < lines.length && META.test(text(lines[i])); i++) {
    block.meta.push(lines[i]);
    block.unit ??= (UNIT.exec(text(lines[i]))?.[1] as Unit | undefined) ?? null;
  }
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (isFooter(lines, i)) continue;
    if (titleKind(l) !== null || isLabelLine(l) || block.header.length >= 12) return null;
    if (isBody(l)) return block.header.length > 0 ? i : null;
    // A table that says it is empty (本表为空, 无) right under its header has no rows.
    if (DECLARED_EMPTY.test(text(l)) && block.header.length > 0) return i;
    if (NOTE.test(text(l)) || PROSE.test(joined(l))) return null;
    block.header.push(l);
  }
  return null;
}

/** Body rows and notes, over page breaks where the table goes on; the index of the first line after the table. */
function readBody(block: Block, lines: readonly GridLine[], from: number): number {
  let i = from;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (isFooter(lines, i)) continue;
    const last = block.body.at(-1) ?? block.notes.at(-1);
    const newPage = last !== undefined && l.page !== last.page;
    if (newPage && block.notes.length === 0 && sameTitle(l, block)) {
      block.repeated.push(l);
      continue;
    }
    if (titleKind(l) !== null || isLabelLine(l)) break;
    if (newPage && block.notes.length === 0 && sameRow(l, block.header[0])) {
      i = skipRepeated(block, lines, i) - 1;
      continue;
    }
    if (newPage && (block.notes.length > 0 || !isBody(l))) break;
    if (NOTE.test(text(l)) || DECLARED_EMPTY.test(text(l))) block.notes.push(l);
    else if (isBody(l) || (block.notes.length === 0 && labelOnly(l))) block.body.push(l);
    else break;
  }
  return i;
}

const sameRow = (a: GridLine, b: GridLine) => text(a) === text(b);

/** The table's title printed again at the top of the page it goes on to. */
const sameTitle = (l: GridLine, block: Block) => titleKind(l) === block.kind && normaliseTitle(joined(l)) === normaliseTitle(joined(block.title));

function skipRepeated(block: Block, lines: readonly GridLine[], i: number): number {
  let k = 0;
  while (k < block.header.length && i + k < lines.length && sameRow(lines[i + k], block.header[k])) block.repeated.push(lines[i + k++]);
  return i + k;
}

/** Every table of the document the vocabulary knows by its title, and the lines they cover. */
export function readGridTables(lines: readonly GridLine[], diagnostics: Diagnostics): { tables: Table[]; covered: Set<number> } {
  const tables: Table[] = [];
  const covered = new Set<number>();
  for (let t = 0; t < lines.length; t++) {
    const kind = titleKind(lines[t]);
    if (kind === null) continue;
    const block = collect(lines, t, kind);
    if (!block) continue;
    tables.push(buildTable(`table-${tables.length + 1}`, block, diagnostics));
    for (let k = t; k <= block.end; k++) covered.add(lines[k].line);
    t = block.end;
  }
  return { tables, covered };
}

function columnsFor(block: Block): { columns: GridColumn[]; placeOf: Map<GridCell, number> } {
  const slots = slotsOf(block.body);
  const named = columnsOf(headerLeaves(block.header, slots));
  const at = alignSlots(slots, named);
  // Slots the header does not name become columns of their own, in their place from left to right.
  const columns: GridColumn[] = [...named];
  slots.forEach((s, k) => {
    if (at[k] >= 0) return;
    const unnamed: GridColumn = { key: '', label: '', groups: [], role: 'text', x0: s.x0, x1: s.x1, named: false };
    columns.push(unnamed);
  });
  columns.sort((a, b) => a.x0 - b.x0);
  const placeOf = new Map<GridCell, number>();
  slots.forEach((s, k) => {
    const column = at[k] >= 0 ? named[at[k]] : columns.find((c) => c.x0 === s.x0 && !c.named)!;
    for (const c of s.cells) placeOf.set(c, columns.indexOf(column));
  });
  columns.forEach((c, i) => {
    c.role = roleFromBody(c, block.body, placeOf, i);
  });
  return { columns, placeOf };
}

/** Keys from the vocabulary, once the columns are final; `c<n>` for a column without a certain meaning. */
function keyColumns(block: Block, columns: GridColumn[], diagnostics: Diagnostics): void {
  columns.forEach((c, i) => (c.key = `c${i + 1}`));
  for (const claimed of assignKeys(block.kind, columns)) {
    diagnostics.raise('MZ-COLUMN-AMBIGUOUS', block.header[0].line, joined(block.title), claimed.map((c) => c.label).join('、'));
  }
}

/** A column the header calls a code or name column keeps that role; otherwise its cells decide. */
function roleFromBody(column: GridColumn, body: readonly GridLine[], placeOf: Map<GridCell, number>, i: number): GridColumn['role'] {
  if (column.role === 'code' || column.role === 'name') return column.role;
  const values = body.flatMap((l) => l.cells.filter((c) => placeOf.get(c) === i).map((c) => c.text));
  if (values.length === 0) return 'amount';
  if (!column.named && values.every((v) => /^\d{3,7}$/.test(v))) return 'code';
  return values.filter((v) => parseAmount(v) !== null).length >= values.length / 2 ? 'amount' : 'name';
}

function buildTable(id: string, block: Block, diagnostics: Diagnostics): Table {
  const placed = columnsFor(block);
  const rows: Row[] = logicalRows(block.body, (c) => placed.placeOf.get(c)!).map((r) => toRow(r, placed.columns, placed.placeOf));
  const columns = mergeCodeParts(placed.columns, rows);
  keyColumns(block, columns, diagnostics);
  const title = joined(block.title);
  const pages = [...new Set([block.title, ...block.body].map((l) => l.page))];
  const lines = pages.map((p) => {
    const on = [block.title, ...block.meta, ...block.header, ...block.repeated, ...block.body, ...block.notes].filter((l) => l.page === p).map((l) => l.line);
    return [Math.min(...on), Math.max(...on)] as [number, number];
  });
  const notes = block.notes.map((l) => ({ line: l.line, text: joined(l) }));
  const declared = notes.find((n) => DECLARED_EMPTY.test(n.text));
  return {
    id,
    kind: block.kind,
    title,
    label: block.label,
    unit: block.unit,
    unitInferred: false,
    lines,
    titleLine: block.title.line,
    headerLines: [...block.meta, ...block.header, ...block.repeated].map((l) => l.line).sort((a, b) => a - b),
    columns: columns.map(({ key, label, groups, role }) => ({ key, label, groups, role })),
    rows,
    omitted: [],
    declaredEmpty: declared && rows.every((r) => r.cells.every((c) => c.amount === null || c.amount === '0')) ? declared.line : null,
    blankIsZero: false,
    notes,
  };
}

function toRow({ main, above, below }: LogicalRow, columns: readonly GridColumn[], placeOf: Map<GridCell, number>): Row {
  const texts = columns.map(() => [] as string[]);
  for (const l of [...above, main, ...below]) for (const c of l.cells) texts[placeOf.get(c)!].push(c.text);
  const cells: Cell[] = columns.map((col, i) => {
    const t = texts[i].join('');
    const amount = col.role === 'amount' && !isBlank(t) ? parseAmount(t) : null;
    return { text: t, amount, line: main.line };
  });
  const label = cells.find((c, i) => (columns[i].role === 'name' || columns[i].role === 'code') && c.text !== '')?.text ?? '';
  const lines = [...above, main, ...below].map((l) => l.line).sort((a, b) => a - b);
  return { line: main.line, lines, cells, role: isTotalLabel(label) ? 'total' : 'item' };
}
