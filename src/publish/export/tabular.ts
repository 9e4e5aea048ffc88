// A table for download: typed fields (Frictionless Table Schema types) and rows of strings, "" where a value is
// missing. The CSV and its datapackage.json description are both made from this, so they cannot disagree.
import type { Unit } from '../../model/schema.ts';

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'list';
  description?: string;
  /** Unit of an amount field ("万元", "元"): not in the Table Schema standard, which allows extra properties. */
  unit?: Unit;
  /** The only values a string field takes. */
  categories?: string[];
  /** list fields: items are integers separated by the delimiter. */
  itemType?: 'integer';
  delimiter?: string;
}

export interface Tabular {
  fields: Field[];
  rows: string[][];
}

/** Field names must be unique; a header printed twice (side-by-side blocks of 06表) gets "（2）", "（3）"… */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    return count === 1 ? n : `${n}（${count}）`;
  });
}
