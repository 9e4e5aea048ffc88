// 三公经费 budget and actual: from the 三公 table when there is one, else the 绩效 基础数据表, else the narrative.
import { SANGONG_KEYS, SANGONG_SIDES } from '../model/domain.ts';
import { isZero } from '../model/money.ts';
import type { Unit } from '../model/schema.ts';
import type { Claim } from './narrative/claims.ts';
import type { PerfBase, PerfFigure, PerfKey } from './perf-base.ts';
import type { Report, Sangong, SangongFigures, Section, Table } from '../model/schema.ts';
import { sangongColumn } from './tables/column-key.ts';
import { cellAt, tableOf } from './tables/lookup.ts';


const empty = (): SangongFigures => Object.fromEntries(SANGONG_KEYS.map((k) => [k, null])) as SangongFigures;

const blank = (unit: Unit): Sangong => ({ unit, budget: empty(), actual: empty(), source: null, lines: { budget: {}, actual: {} }, explanation: null });

function fromTable(t09: Table, unit: Unit): Sangong | null {
  const row = t09.rows.find((r) => r.cells.some((c) => c.amount !== null));
  if (!row) return null;
  const s = blank(t09.unit ?? unit);
  for (const side of SANGONG_SIDES) {
    for (const key of SANGONG_KEYS) {
      const f = cellAt(t09, row, sangongColumn(side, key));
      s[side][key] = f?.value ?? null;
      if (f) s.lines[side][key] = f.line;
    }
  }
  s.source = { kind: 'table', table: t09.id, section: null, line: row.line, description: `${t09.label ?? ''}${t09.title}`.trim() };
  return s;
}

/** Blank sub-items under a stated total of zero are zero: parts of a zero total of spending cannot be anything else. */
function perfValue(f: PerfFigure | undefined, total: PerfFigure | undefined, unit: Unit | null): string | null {
  if (!f) return null;
  // Zero needs no unit; any other figure is taken only when the unit is known.
  if (f.value !== null) return isZero(f.value) ? '0' : unit && f.value;
  return f.blank && total?.value != null && isZero(total.value) ? '0' : null;
}

function fromPerfBase(base: PerfBase, unit: Unit): Sangong | null {
  if (!base.actual.total || base.actual.total.value === null) return null;
  const s = blank(base.unit ?? unit);
  for (const side of SANGONG_SIDES) {
    for (const key of SANGONG_KEYS) {
      const f = base[side][key as PerfKey];
      s[side][key] = perfValue(f, base[side].total, base.unit);
      if (f) s.lines[side][key] = f.line;
    }
  }
  s.source = { kind: 'table', table: base.table.id, section: null, line: base.actual.total.line, description: base.table.title };
  return s;
}

/** Figures of the 情况说明, all in the unit the 三公 total is stated in (a figure stated in another unit is left out). */
function fromClaims(claims: readonly Claim[], sections: readonly Section[], budget: boolean): Sangong | null {
  // A budget states budget figures only, and may state the items without their total.
  const side = budget ? 'budget' : 'actual';
  const stated = claims.filter(({ key: k }) => k.about === 'sangong' && k.side === side);
  const total = stated.find(({ key: k }) => k.about === 'sangong' && k.item === 'total') ?? (budget ? stated[0] : undefined);
  if (!total) return null;
  const s = blank(total.unit);
  for (const c of claims) {
    if (c.key.about !== 'sangong' || c.unit !== total.unit) continue;
    const { side, item: key } = c.key;
    if (s[side][key] !== null) continue;
    s[side][key] = c.value;
    s.lines[side][key] = c.line;
  }
  const section = sections.find((sec) => sec.paragraphs.some((p) => p.lines.includes(total.line)));
  s.source = { kind: 'section', table: null, section: section?.id ?? null, line: total.line, description: section?.heading ?? '情况说明' };
  return s;
}

/** The 情况说明 section that explains the 三公 figures, for readers. */
function explanation(sections: readonly Section[]): Sangong['explanation'] {
  const sec = sections.find((s) => /三公/.test(s.heading) && s.paragraphs.length > 0 && !/名词解释/.test(s.heading));
  return sec ? { section: sec.id, line: sec.line } : null;
}

/** `unit`: the report's, for a source that does not state its own; `budget`: the report is a budget (预算数 only). */
export function readSangong(tables: readonly Table[], perfBase: PerfBase | null, claims: readonly Claim[], sections: readonly Section[], unit: Unit, budget: boolean): Sangong {
  const t09 = tableOf(tables, budget ? 'b09' : 't09');
  const found = (t09 && fromTable(t09, unit)) ?? (perfBase && fromPerfBase(perfBase, unit)) ?? fromClaims(claims, sections, budget);
  const s = found ?? blank(unit);
  return { ...s, explanation: explanation(sections) };
}

/** Unit of the 三公 figures: as their source printed them (a 三公 table in 元 keeps its 元 figures). */
export const sangongUnit = (r: Pick<Report, 'sangong'>): Unit => r.sangong.unit;
