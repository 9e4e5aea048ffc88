// Body cells → columns by position. Cells of all body rows that overlap horizontally form a slot (one printed
// column); slots are aligned with the header's columns in order, by distance, so a column whose cells are all blank
// simply gets no slot. A slot the header does not name (a second name column under one centred 项目名称) becomes a
// column of its own without a meaning; a slot far from every column is left unplaced.
import type { GridCell, GridLine } from './lines.ts';

export interface Slot {
  x0: number;
  x1: number;
  cells: GridCell[];
}

/** Cells of the body rows that overlap horizontally form one slot. */
export function slotsOf(rows: readonly GridLine[]): Slot[] {
  const slots: Slot[] = [];
  const rowOf = new Map(rows.flatMap((r) => r.cells.map((c) => [c, r] as const)));
  const all = rows.flatMap((r) => r.cells).sort((a, b) => a.x0 - b.x0);
  for (const c of all) {
    const s = slots.at(-1);
    // Two cells of one row are two columns, however close the columns are printed.
    if (s && c.x0 < s.x1 - 0.5 && !s.cells.some((d) => rowOf.get(d) === rowOf.get(c))) {
      s.x1 = Math.max(s.x1, c.x1);
      s.cells.push(c);
    } else slots.push({ x0: c.x0, x1: c.x1, cells: [c] });
  }
  return slots;
}

interface Span {
  x0: number;
  x1: number;
}

const gap = (a: Span, b: Span) => Math.max(0, a.x0 - b.x1, b.x0 - a.x1);
const centre = (a: Span) => (a.x0 + a.x1) / 2;
const cost = (s: Span, c: Span) => gap(s, c) + 0.1 * Math.abs(centre(s) - centre(c));
/** Leaving a slot without a header column costs this much: only a slot no column is near stays unnamed. */
const UNNAMED = 40;

/** For each slot, the index of its column, or -1 for a slot the header does not name. Order is kept. */
export function alignSlots(slots: readonly Span[], columns: readonly Span[]): number[] {
  const n = slots.length;
  const m = columns.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const how = Array.from({ length: n + 1 }, () => new Array<'match' | 'skipColumn' | 'skipSlot'>(m + 1));
  for (let j = 0; j <= m; j++) dp[0][j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const options: [number, 'match' | 'skipColumn' | 'skipSlot'][] = [[dp[i - 1][j] + UNNAMED, 'skipSlot']];
      if (j > 0) options.push([dp[i][j - 1], 'skipColumn'], [dp[i - 1][j - 1] + cost(slots[i - 1], columns[j - 1]), 'match']);
      const [best, step] = options.reduce((a, b) => (b[0] < a[0] ? b : a));
      dp[i][j] = best;
      how[i][j] = step;
    }
  }
  const out = new Array<number>(n).fill(-1);
  for (let i = n, j = m; i > 0; ) {
    const step = how[i][j];
    if (step === 'match') out[--i] = --j;
    else if (step === 'skipColumn') j--;
    else i--;
  }
  return out;
}
