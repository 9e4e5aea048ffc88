// Positioned PDF rows built by hand, for the table reader's tests: one row of [text, x0, x1] cells at baseline y.
import type { GridLine } from '../../src/parse/grid/lines.ts';

export const gridRow = (line: number, y: number, ...cells: [string, number, number][]): GridLine => ({
  line, page: 1, y, cells: cells.map(([text, x0, x1]) => ({ text, x0, x1, y, size: 10 })),
});
