// Table views: a multi-level header built from column groups. Where a cell sits under several headers (grouped
// columns, or a two-sided table such as 收入 | 支出) body cells name their headers with id/headers, so a screen
// reader announces e.g. "20101 行政运行, 支出, 基本支出" for every amount; simple tables use scope alone.
import type { Column, Table } from '../model/schema.ts';
import { cellText } from './format.ts';

type Role = Column['role'];

export interface ViewColumn {
  label: string;
  groups: string[];
  role: Role;
}

interface ViewCell {
  text: string;
  href?: string;
}

export interface ViewRow {
  cells: ViewCell[];
  total?: boolean;
  /** data-* attributes of the row, for filtering in the browser. */
  data?: Record<string, string>;
  /** The source line the row was printed on: names a row that has no label of its own. */
  line?: number;
}

interface HeadCell {
  id?: string;
  /** Index of the one column a leaf header heads (sortable tables put their buttons there). */
  column?: number;
  text: string;
  colspan: number;
  rowspan: number;
  scope: 'col' | 'colgroup';
  numeric: boolean;
}

interface BodyCell {
  /** th: a row header (code, name); num: an amount or rate; plain: row numbers and other text. */
  kind: 'th' | 'num' | 'plain';
  /** Codes, years and row numbers must not break inside a narrow column. */
  nowrap?: boolean;
  id?: string;
  headers?: string;
  text: string;
  href?: string;
}

export interface TableView {
  id: string;
  head: HeadCell[][];
  body: { cells: BodyCell[]; total: boolean; data?: Record<string, string> }[];
}

/** An amount column, under the given group headers (outermost first). */
export const amountColumn = (label: string, groups: string[] = []): ViewColumn => ({ label, groups, role: 'amount' });

// 行次 identifies its row as a code does (a row of 01表 may have a 行次 but no name).
const isRowHeader = (r: Role) => r === 'code' || r === 'name' || r === 'rowNo';
const samePath = (a: string[], b: string[], depth: number) => a.slice(0, depth).every((g, i) => b[i] === g);

function buildHead(id: string, columns: ViewColumn[]): { head: HeadCell[][]; columnHeaders: string[][] } {
  const depth = columns.reduce((max, c) => Math.max(max, c.groups.length), 0) + 1;
  const head: HeadCell[][] = Array.from({ length: depth }, () => []);
  const columnHeaders: string[][] = columns.map(() => []);
  for (let level = 0; level < depth; level++) {
    let open: { cell: HeadCell; path: string[] } | null = null;
    columns.forEach((col, i) => {
      if (col.groups.length < level) {
        open = null; // covered by a leaf header spanning down from above; groups on either side stay apart
        return;
      }
      if (col.groups.length === level) {
        const cell: HeadCell = { id: `${id}-h${level}-${i}`, column: i, text: col.label, colspan: 1, rowspan: depth - level, scope: 'col', numeric: col.role === 'amount' };
        head[level].push(cell);
        columnHeaders[i].push(cell.id!);
        open = null;
        return;
      }
      if (open && samePath(open.path, col.groups, level + 1)) {
        open.cell.colspan++;
        open.cell.scope = 'colgroup';
      } else {
        open = { cell: { id: `${id}-h${level}-${i}`, text: col.groups[level], colspan: 1, rowspan: 1, scope: 'col', numeric: false }, path: col.groups };
        head[level].push(open.cell);
      }
      columnHeaders[i].push(open.cell.id!);
    });
  }
  return { head, columnHeaders };
}

/** For each column, the runs of header columns to its left, nearest first. Two-sided tables (收入 | 支出) thus get
 * the 支出 item as row header for the 支出 amounts; a row whose nearest run is empty (a label printed across two
 * columns, as 当年支出小计 over 功能分类 and 支出用途) is named by the next run that has text. */
function rowHeaderColumns(isHeader: boolean[]): number[][][] {
  return isHeader.map((_, j) => {
    const runs: number[][] = [];
    for (let k = j - 1; k >= 0; ) {
      while (k >= 0 && !isHeader[k]) k--;
      const run: number[] = [];
      while (k >= 0 && isHeader[k]) run.unshift(k--);
      if (run.length > 0) runs.push(run);
    }
    return runs;
  });
}

/** Whether scope cannot say it all: grouped column headers, or row headers on both sides of a two-sided table. */
function needsHeaders(head: HeadCell[][], labelling: number[][][]): boolean {
  return head.length > 1 || new Set(labelling.filter((runs) => runs.length > 0).map((runs) => runs[0].join())).size > 1;
}

/** Row-header columns: code, name and 行次; else (绩效 tables) the first text column that has text. */
function headerColumns(columns: ViewColumn[], rows: ViewRow[]): boolean[] {
  if (columns.some((c) => isRowHeader(c.role))) return columns.map((c) => isRowHeader(c.role));
  const first = columns.findIndex((c, j) => c.role === 'text' && rows.some((r) => r.cells[j]?.text));
  return columns.map((_, j) => j === first);
}

/**
 * Every figure needs a row header. A row with no label of its own (the 三公 table's single row of amounts, a 绩效 row
 * whose label the parser could not place) is named by a leading column that says where it was printed.
 */
function withRowHeaders(columns: ViewColumn[], rows: ViewRow[]): { columns: ViewColumn[]; rows: ViewRow[]; isHeader: boolean[] } {
  const isHeader = headerColumns(columns, rows);
  const unlabelled = (row: ViewRow) => !isHeader.some((h, j) => h && row.cells[j]?.text);
  if (!rows.some(unlabelled)) return { columns, rows, isHeader };
  const label = (row: ViewRow, r: number) => (row.line ? `原文第 ${row.line} 行` : `第 ${r + 1} 行`);
  return {
    columns: [{ label: '行', groups: [], role: 'name' }, ...columns],
    rows: rows.map((row, r) => ({ ...row, cells: [{ text: unlabelled(row) ? label(row, r) : '' }, ...row.cells] })),
    isHeader: [true, ...isHeader],
  };
}

/** `key` begins the ids of the table's header cells, which its body cells name in `headers`: short, since a report
 * table names them in every cell (a third of a report page's bytes). */
export function tableView(id: string, givenColumns: ViewColumn[], givenRows: ViewRow[], key = id): TableView {
  const { columns, rows, isHeader } = withRowHeaders(givenColumns, givenRows);
  const { head, columnHeaders } = buildHead(key, columns);
  const labelling = rowHeaderColumns(isHeader);
  const explicit = needsHeaders(head, labelling);
  if (!explicit) for (const cell of head.flat()) delete cell.id;
  const body = rows.map((row, r) => {
    const cellId = (j: number) => (explicit ? `${key}-r${r}-c${j}` : undefined);
    const cells = columns.map((col, j): BodyCell => {
      const cell = row.cells[j] ?? { text: '' };
      // An empty header cell (e.g. the name beside 「合计」) labels nothing: a plain cell.
      if (isHeader[j]) return cell.text ? { kind: 'th', id: cellId(j), text: cell.text, href: cell.href, nowrap: col.role === 'code' || col.role === 'rowNo' } : { kind: 'plain', text: '' };
      // A blank amount (a zero as 决算表 print it) names no headers: a screen reader still finds them by scope, and
      // blank cells are half of a 收入支出决算总表.
      if (!cell.text) return { kind: 'plain', text: '' };
      const run = labelling[j].find((ks) => ks.some((k) => row.cells[k]?.text)) ?? [];
      const rowHeaders = run.filter((k) => row.cells[k]?.text).map((k) => cellId(k)!);
      const headers = explicit ? [...rowHeaders, ...columnHeaders[j]].join(' ') : undefined;
      const kind = col.role === 'amount' ? 'num' : 'plain';
      return { kind, headers, text: cell.text, href: cell.href };
    });
    return { cells, total: row.total ?? false, data: row.data };
  });
  return { id, head, body };
}

/** A parsed document table: every non-blank amount links to the source line it was read from (`lineLink`, from the
 * page the table is on). */
export function reportTableView(table: Table, lineLink: (line: number) => string): TableView {
  const rows = table.rows.map((row) => ({
    total: row.role === 'total',
    line: row.line,
    cells: table.columns.map((col, j) => {
      const cell = row.cells[j];
      if (!cell) return { text: '' };
      return { text: cellText(cell), href: col.role === 'amount' ? lineLink(cell.line) : undefined };
    }),
  }));
  // Parsed tables are numbered (table-12): their header ids are "t12-h0-3", "t12-r4-c1".
  return tableView(`tbl-${table.id}`, table.columns, rows, table.id.replace(/^table-/, 't'));
}

/** 「（单位：万元）」, saying so when the unit was not printed with the table. */
export function unitNote(table: Pick<Table, 'unit' | 'unitInferred'>): string {
  if (table.unit === null) return '';
  return table.unitInferred ? `单位：${table.unit}（表中未注明，据全文推定）` : `单位：${table.unit}`;
}
