// Labels wrapped over lines inside a row (「机关事业单位基本养老保险」/「30108 … 1,064.46」/「缴费」): a line without
// figures or codes that sits closer to a row of figures than rows sit to each other, and only fills columns that
// row leaves empty, is part of that row: its words join the row's label, above as a prefix, below as a suffix.
import { parseAmount } from '../../model/money.ts';
import { CODE } from '../tables/classify.ts';
import type { GridCell, GridLine } from './lines.ts';

export interface LogicalRow {
  /** The line with the figures (or the label-only line that stands alone). */
  main: GridLine;
  above: GridLine[];
  below: GridLine[];
}

const hasFigures = (l: GridLine) => l.cells.some((c) => parseAmount(c.text) !== null || CODE.test(c.text));

/** The usual distance between the baselines of consecutive rows on a page. */
function pitch(lines: readonly GridLine[]): number {
  const gaps = lines.slice(1).flatMap((l, i) => (l.page === lines[i].page ? [l.y - lines[i].y] : [])).sort((a, b) => a - b);
  return gaps.length === 0 ? Infinity : gaps[Math.floor(gaps.length / 2)];
}

export function logicalRows(lines: readonly GridLine[], columnOf: (c: GridCell) => number): LogicalRow[] {
  const near = 0.75 * pitch(lines);
  const rows: LogicalRow[] = lines.map((main) => ({ main, above: [], below: [] }));
  const fits = (label: GridLine, row: LogicalRow) => {
    const taken = new Set(row.main.cells.map(columnOf));
    return label.page === row.main.page && Math.abs(label.y - row.main.y) < near && label.cells.every((c) => !taken.has(columnOf(c)));
  };
  const merged = new Set<LogicalRow>();
  rows.forEach((row, i) => {
    if (hasFigures(row.main)) return;
    const next = rows[i + 1];
    const prev = rows[i - 1];
    if (next && hasFigures(next.main) && fits(row.main, next)) next.above.push(row.main);
    else if (prev && hasFigures(prev.main) && !merged.has(prev) && fits(row.main, prev)) prev.below.push(row.main);
    else return;
    merged.add(row);
  });
  return rows.filter((r) => !merged.has(r));
}
