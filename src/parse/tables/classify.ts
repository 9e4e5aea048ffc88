// What a table row is: a header row, the 栏次 row, a data row, or conversion residue.
import { parseAmount, stripSpace } from '../../model/money.ts';
import type { RawRow } from '../../extract/rows.ts';
import { stripResidue } from '../../extract/rows.ts';

export type RowClass = 'header' | 'columnNumbers' | 'body' | 'residue';

export const CODE = /^\d{3}(\d{2}){0,2}$/;
const TOTAL_LABEL = /(合计|总计)$/;

export function cleanCells(row: RawRow): string[] {
  return row.cells.map((c) => stripResidue(c).trim());
}

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(stripSpace(text));
}

/** 栏次 row (its non-blank cells, spaces removed): labelled 栏次, or a near-complete run 1, 2, 3, … (publishers mistype one cell). */
function isColumnNumbers(filled: string[]): boolean {
  if (filled.length === 0) return false;
  // 「栏 次」 laid out with spaces comes as two cells.
  if (filled[0] === '栏次' || filled.slice(0, 2).join('') === '栏次') return true;
  if (filled.length < 3 || !filled.every((c) => /^\d{1,2}$/.test(c))) return false;
  const inPlace = filled.filter((c, i) => Number(c) === i + 1).length;
  return inPlace >= filled.length - 1;
}

export function classifyRow(cells: string[]): RowClass {
  const filled = cells.map(stripSpace).filter(Boolean);
  if (filled.length > 0 && filled.every((c) => /^[-:|—–]+$/.test(c))) return 'residue';
  if (isColumnNumbers(filled)) return 'columnNumbers';
  if (filled.some((c) => parseAmount(c) !== null || CODE.test(c))) return 'body';
  // A totals row with every figure blank (合计 → → →) still is data; a header row has other words too.
  if (filled.length > 0 && (filled.every(isTotalLabel) || isTotalLabel(filled.join('')))) return 'body';
  return 'header';
}
