// The figures that differ between two versions of a report: every table amount, found again in the other version
// by table, row and column labels (not by position, so an inserted row does not shift everything after it).
import { equal } from '../../model/money.ts';
import type { Amount, Report, Table, Unit } from '../../model/schema.ts';

export interface FigureChange {
  /** Table, row and column, e.g. "公开09表 财政拨款“三公”经费支出决算表 · 决算数/公务接待费". */
  label: string;
  /** null: the figure is new in the later version (before) or gone from it (after). */
  before: Amount | null;
  after: Amount | null;
  /** Line of the figure in the later version, null when it is gone. */
  line: number | null;
  unit: Unit | null;
}

interface Figure {
  label: string;
  value: Amount;
  line: number;
  unit: FigureChange['unit'];
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const isHeader = (t: Table, j: number) => t.columns[j].role === 'code' || t.columns[j].role === 'name';

/** Text of the row-header cells nearest to the left of column j (a two-sided table has one run per side). */
function rowLabel(t: Table, cells: Table['rows'][number]['cells'], j: number): string {
  let k = j - 1;
  while (k >= 0 && !isHeader(t, k)) k--;
  const parts: string[] = [];
  for (; k >= 0 && isHeader(t, k); k--) parts.unshift(clean(cells[k]?.text ?? ''));
  return parts.filter(Boolean).join(' ');
}

/** Every amount of the report by a key that stays the same across versions; repeats are numbered. */
function figures(r: Report): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const add = (key: string, f: Figure) => {
    let n = 1;
    while (out.has(`${key}#${n}`)) n++;
    out.set(`${key}#${n}`, f);
  };
  for (const t of r.tables) {
    const caption = clean([t.label, t.title].filter(Boolean).join(' '));
    t.rows.forEach((row) =>
      t.columns.forEach((col, j) => {
        const cell = row.cells[j];
        if (col.role !== 'amount' || !cell || cell.amount === null) return;
        const column = clean([...col.groups, col.label].join('/'));
        const label = [caption, rowLabel(t, row.cells, j), column].filter(Boolean).join(' · ');
        add(label, { label, value: cell.amount, line: cell.line, unit: t.unit });
      }),
    );
  }
  return out;
}

export function figureChanges(before: Report, after: Report): FigureChange[] {
  const old = figures(before);
  const now = figures(after);
  const changes: FigureChange[] = [];
  for (const [key, f] of now) {
    const prior = old.get(key);
    if (!prior || !equal(prior.value, f.value)) changes.push({ label: f.label, before: prior?.value ?? null, after: f.value, line: f.line, unit: f.unit });
  }
  for (const [key, f] of old) if (!now.has(key)) changes.push({ label: f.label, before: f.value, after: null, line: null, unit: f.unit });
  return changes;
}
