// Codes printed in separate 类 | 款 | 项 columns become one code (208 | 01 | 01 → 2080101), so such tables are read
// and audited like tables with one 科目代码 column. Tab rows are positional, so a 款 or 项 printed under a blank
// 类 (the 类 printed on a row above) takes its parent from that row. Rows laid out with spaces print no blank
// cells, so there only the full form (「208 01 01」, 「208 01」, 「208」) is merged; a lone 「01」 stays as printed.
import { stripSpace } from '../../model/money.ts';
import type { RawRow, Span } from '../../extract/rows.ts';

export interface Run {
  start: number;
  length: number;
}

interface Carry {
  lei: string | null;
  kuan: string | null;
}

/** The header cells 类 款 [项], wherever a header row has them in a row. */
export function findRuns(header: readonly string[][]): Run[] {
  for (const row of header) {
    const cells = row.map(stripSpace);
    const runs: Run[] = [];
    for (let i = 0; i < cells.length; i++) {
      if (cells[i] !== '类' || cells[i + 1] !== '款') continue;
      runs.push({ start: i, length: cells[i + 2] === '项' ? 3 : 2 });
    }
    if (runs.length > 0) return runs;
  }
  return [];
}

/** One code from the parts of a row, using the codes above it for parts left blank; null when not code parts. */
function mergeParts(parts: readonly string[], carry: Carry): string | null {
  const p = parts.map(stripSpace);
  if (!p.every((x) => x === '' || /^\d+$/.test(x)) || p.every((x) => x === '')) return null;
  const first = p.findIndex((x) => x !== '');
  const parent = first === 0 ? '' : first === 1 ? carry.lei : carry.kuan;
  if (parent === null || (first === 0 && !/^\d{3}$/.test(p[0]))) return null;
  let code = parent;
  for (const x of p.slice(first)) {
    if (x === '') break;
    // A part may be printed in full (20801 under 款) or as its two digits (01).
    code = x.length > 2 && x.startsWith(code) ? x : x.length === 2 ? code + x : '';
    if (code === '') return null;
    if (code.length === 3) carry.lei = code;
    if (code.length === 5) carry.kuan = code;
  }
  return code;
}

/** Header rows with each run's cells joined into one (类款项 → one code column). */
export function mergeHeader(header: string[][], runs: readonly Run[]): string[][] {
  return header.map((row) => mergeRuns(row, runs, (parts) => parts.filter((x) => stripSpace(x) !== '').join('')));
}

function mergeRuns<T>(row: readonly T[], runs: readonly Run[], join: (parts: T[]) => T): T[] {
  const out = [...row];
  for (const run of [...runs].reverse()) {
    if (run.start >= out.length) continue;
    out.splice(run.start, run.length, join(out.slice(run.start, run.start + run.length)));
  }
  return out;
}

/** A tab row with its code parts merged; cells that are not code parts are joined as printed (合计). */
export function mergeTabRow(cells: string[], raw: RawRow, runs: readonly Run[], carries: Carry[]): { cells: string[]; raw: RawRow } {
  let k = runs.length;
  const merged = mergeRuns(cells, runs, (parts) => {
    const carry = carries[--k] ?? (carries[k] = { lei: null, kuan: null });
    return mergeParts(parts, carry) ?? parts.filter((x) => x !== '').join('');
  });
  const cellLines = mergeRuns(raw.cellLines, runs, (lines) => lines[0]);
  return { cells: merged, raw: { ...raw, cells: merged, cellLines } };
}

const isWord = (cell: string | undefined) => cell !== undefined && /[^\d.,\-—–]/.test(stripSpace(cell));

/** A spaced row with each full-form run of code parts right before a name (「208 01 01 行政运行」) merged into one cell. */
export function mergeSpacedRow(cells: string[], raw: RawRow, runs: readonly Run[]): { cells: string[]; raw: RawRow } {
  const longest = runs.reduce((max, r) => Math.max(max, r.length), -Infinity);
  const outCells: string[] = [];
  const spans: Span[] = [];
  for (let i = 0; i < cells.length; i++) {
    let n = 1;
    while (n < longest && /^\d{3}$/.test(stripSpace(cells[i])) && /^\d{2}$/.test(stripSpace(cells[i + n] ?? ''))) n++;
    const joined = n > 1 && isWord(cells[i + n]) ? mergeParts(cells.slice(i, i + n), { lei: null, kuan: null }) : null;
    outCells.push(joined ?? cells[i]);
    const [a, b] = [raw.spans![i], raw.spans![i + n - 1]];
    spans.push(joined ? { chars: [a.chars[0], b.chars[1]], shown: [a.shown[0], b.shown[1]] } : a);
    if (joined) i += n - 1;
  }
  return { cells: outCells, raw: { ...raw, cells: outCells, cellLines: outCells.map(() => raw.lines[0]), spans } };
}
