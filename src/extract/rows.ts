// Turns the body's lines into blocks: text lines, blank lines and table rows. Tab-separated rows and
// one-cell-per-line rows (each cell a line after a TAB, rows separated by blank lines) both become cells.
export interface RawRow {
  cells: string[];
  /** Source line of each cell (one-cell-per-line rows span several lines). */
  cellLines: number[];
  lines: number[];
  /**
   * Rows laid out with spaces (pdftotext -layout, or cells joined by single spaces): where each cell starts and
   * ends on its line. Such a row prints no empty cells, so its cells are not positional.
   */
  spans?: Span[];
}

/** Where a cell stands on its line: in characters, and as shown (a wide character takes two places). */
export interface Span {
  chars: [number, number];
  shown: [number, number];
}

export type Block =
  | { type: 'row'; row: RawRow }
  | { type: 'text'; text: string; line: number }
  | { type: 'blank'; line: number };

/** Characters every residue pattern starts with: most text has none and is returned as it is. */
const RESIDUE_MARK = /[[\f<&]/;

/** Residue of PDF/Word/HTML conversion that carries no text: bookmarks, form feeds, markdown rules. */
export function stripResidue(text: string): string {
  if (!RESIDUE_MARK.test(text)) return text;
  return text
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/\f/g, '')
    .replace(/<\/?(p|br|span|div|ol|ul|li|strong|b|em|i|u)\b[^>]*>/gi, ' ')
    .replace(/&nbsp;/g, ' ');
}

const isBlankLine = (l: string) => !l.includes("\t") && /^[\s\f]*$/.test(l);
const isCellLine = (l: string) => l.startsWith('\t');
const isSingleCellLine = (l: string) => isCellLine(l) && l.indexOf('\t', 1) < 0;

/** Reads lines[from-1 ..] (1-based line numbers) into blocks. */
export function readBlocks(lines: readonly string[], from: number): Block[] {
  const blocks: Block[] = [];
  let i = from - 1;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlankLine(line)) {
      blocks.push({ type: 'blank', line: i + 1 });
      i++;
    } else if (isSingleCellLine(line) && startsCellPerLineRow(lines, i)) {
      const { row, next } = readCellPerLineRow(lines, i);
      blocks.push({ type: 'row', row });
      i = next;
    } else if (line.includes('\t')) {
      const cells = line.split('\t');
      blocks.push({ type: 'row', row: { cells, cellLines: cells.map(() => i + 1), lines: [i + 1] } });
      i++;
    } else {
      blocks.push({ type: 'text', text: line, line: i + 1 });
      i++;
    }
  }
  return blocks;
}

/** A cell-per-line row has at least two cell lines before the blank line that ends it. */
function startsCellPerLineRow(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && !isBlankLine(lines[j]); j++) {
    if (isCellLine(lines[j])) return true;
  }
  return false;
}

/**
 * Whether joining two lines would glue figures together: "60.57" then a stray page number "1" would read as 60.571,
 * a figure nobody printed, and a figure really wrapped ("395201" / ".80") cannot be told from that. Such lines are
 * not joined: the figure is left unread rather than guessed.
 */
export const gluesFigures = (before: string, after: string) => /^\s*[\d.,]/.test(after) && /[\d.,]\s*$/.test(before);

/** A line without the leading TAB continues a wrapped cell, unless it holds TABs (a row of its own) or glues figures. */
const continuesCell = (cell: string, next: string) => !next.includes('\t') && !gluesFigures(cell, next);

function readCellPerLineRow(lines: readonly string[], start: number): { row: RawRow; next: number } {
  const cells: string[] = [];
  const cellLines: number[] = [];
  const rowLines: number[] = [];
  let i = start;
  for (; i < lines.length && !isBlankLine(lines[i]); i++) {
    const line = lines[i];
    if (isCellLine(line) || !continuesCell(cells[cells.length - 1], line)) {
      const parts = (isCellLine(line) ? line.slice(1) : line).split('\t');
      for (const part of parts) {
        cells.push(part);
        cellLines.push(i + 1);
      }
    }
    else cells[cells.length - 1] += line;
    rowLines.push(i + 1);
  }
  return { row: { cells, cellLines, lines: rowLines }, next: i };
}
