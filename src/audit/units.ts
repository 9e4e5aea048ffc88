// Figures from different tables, or a table and the narrative, compared in one unit. A table printed in 元 keeps
// its printed values in the data; it is converted here, only for the comparison.
import { convert } from '../model/money.ts';
import type { Unit } from '../model/schema.ts';
import type { Figure } from '../parse/tables/lookup.ts';

/** The unit to compare in: the figures' own when they agree, else 万元 (the unit 部门决算 are published in). */
export function commonUnit(figures: readonly (Figure | null)[], fallback: Unit): Unit {
  const units = new Set(figures.filter((f): f is Figure => f !== null).map((f) => f.unit ?? fallback));
  return units.size === 1 ? [...units][0] : '万元';
}

/** The figure in `unit`; a figure whose table states no unit is taken to be in the report's unit (`fallback`). */
export function inUnit(f: Figure | null, unit: Unit, fallback: Unit): Figure | null {
  if (!f) return null;
  const from = f.unit ?? fallback;
  return from === unit ? f : { value: convert(f.value, from, unit), line: f.line, unit };
}

/** 「（按元换算为万元）」 when the figure had to be converted, so the reader knows the printed value differs. */
export function conversionNote(figures: readonly (Figure | null)[], unit: Unit, fallback: Unit): string {
  const from = figures.find((f) => f && (f.unit ?? fallback) !== unit)?.unit;
  return from ? `（由${from}换算为${unit}）` : '';
}
