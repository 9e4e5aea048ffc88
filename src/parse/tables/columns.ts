// Columns of a table: the standard template's when the printed header confirms it, else read from the header rows.
import { parseAmount, stripSpace } from '../../model/money.ts';
import type { Column } from '../../model/schema.ts';
import { CODE } from './classify.ts';
import type { Template } from './templates.ts';

const norm = (s: string) => stripSpace(s).replace(/[（(][^）)]*[）)]/g, '').replace(/[“”"]/g, '');

/**
 * True when the template's header words appear in order in the printed header. Header rows laid out with spaces
 * (`spaced`) split words that hold a space (「收 入」), so their cells are read joined.
 */
export function headerMatches(template: Template, header: string[][], spaced = false): boolean {
  if (template.columns.length === 0 || header.length === 0) return false;
  const text = header.map((r) => r.map(norm).join(spaced ? '' : '|')).join('|');
  let at = 0;
  for (const word of template.headerWords) {
    const found = text.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

const trimTrailing = (cells: string[]) => {
  let n = cells.length;
  while (n > 0 && stripSpace(cells[n - 1]) === '') n--;
  return cells.slice(0, n);
};

/** Columns read from the printed header: leaves from the lowest row that names a column, groups from the rows above. */
export function columnsFromHeader(header: string[][], body: string[][]): Column[] {
  const width = [...header, ...body].reduce((max, r) => Math.max(max, trimTrailing(r).length), 1);
  // A header row as wide as the table (its trailing blank cells kept, as tab rows keep them) names columns; a
  // shorter one cannot be aligned with them.
  const rows = header.filter((r) => r.length >= width - 1).map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? '').trim()));
  const carried = rows.map(carryRight);
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const leafRow = rows.map((r) => r[c]).findLastIndex((v) => stripSpace(v) !== '');
    const label = leafRow >= 0 ? rows[leafRow][c] : `第${c + 1}列`;
    const groups = [...new Set(carried.slice(0, Math.max(leafRow, 0)).map((r) => r[c]).filter((v) => v !== '' && v !== label))];
    columns.push({ key: `c${c + 1}`, label, groups, role: roleOf(body.map((r) => r[c] ?? '')) });
  }
  const firstText = columns.findIndex((col) => col.role === 'text');
  if (firstText >= 0) columns[firstText].role = 'name';
  return columns;
}

/** A merged group cell is printed once: it also covers the empty cells to its right. */
function carryRight(row: string[]): string[] {
  let last = '';
  return row.map((v) => (stripSpace(v) === '' ? last : (last = v)));
}

function roleOf(values: string[]): Column['role'] {
  const filled = values.map(stripSpace).filter(Boolean);
  if (filled.length === 0) return 'amount';
  if (filled.every((v) => CODE.test(v))) return 'code';
  const numeric = filled.filter((v) => parseAmount(v) !== null).length;
  return numeric >= filled.length / 2 ? 'amount' : 'text';
}

/** The column group a label names (「公用经费合计」 → 公用经费), or null. */
export function groupNamedBy(label: string, columns: readonly Column[]): string | null {
  const groups = [...new Set(columns.map((c) => c.groups[0] ?? ''))];
  return groups.find((g) => g !== '' && stripSpace(label).startsWith(stripSpace(g))) ?? null;
}
