// Column meanings from the header leaves: role from the label (code, name) or the body (amounts), key from the
// table's vocabulary. Two columns claiming one meaning are both left without it (and named in a diagnostic): a
// figure is used only where its column is certain.
import type { Column } from '../../model/schema.ts';
import type { Leaf } from './header.ts';
import { AMOUNT_RULES, CODE_LABEL, FISCAL_OUT_RULES, NAME_LABEL, SANGONG_LABELS, normaliseLabel, type BudgetKind } from './vocabulary.ts';

export interface GridColumn extends Column {
  x0: number;
  x1: number;
  /** False for a column of figures the header does not name. */
  named: boolean;
}

/** Header leaves → columns, with the role their label says (amounts until the body says otherwise). */
export function columnsOf(leaves: readonly Leaf[]): GridColumn[] {
  return leaves.map((leaf, i) => {
    const label = normaliseLabel(leaf.label);
    const role = CODE_LABEL.test(label) ? 'code' : NAME_LABEL.test(label) ? 'name' : 'amount';
    return { key: `c${i + 1}`, label: leaf.label, groups: leaf.groups, role, x0: leaf.x0, x1: leaf.x1, named: true };
  });
}

export interface Ambiguous {
  key: string;
  columns: GridColumn[];
}

/** Gives each column its key for the table kind; returns the keys claimed by more than one column. */
export function assignKeys(kind: BudgetKind | 'other', columns: GridColumn[]): Ambiguous[] {
  const wanted = new Map<GridColumn, string>();
  // Another table's figures are shown as read and used nowhere: its columns need no meaning.
  if (kind === 'other') return [];
  if (kind === 'b01' || kind === 'b04') sidesOf(kind, columns, wanted);
  else if (kind === 'b09') sangongKeys(columns, wanted);
  else {
    for (const c of columns) {
      if (!c.named) continue;
      if (c.role === 'code' || c.role === 'name') wanted.set(c, c.role);
      const rule = c.role === 'amount' ? AMOUNT_RULES[kind as BudgetKind]?.find(([re]) => re.test(normaliseLabel(c.label))) : undefined;
      if (rule) wanted.set(c, rule[1]);
    }
  }
  const byKey = new Map<string, GridColumn[]>();
  for (const [c, key] of wanted) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  const ambiguous: Ambiguous[] = [];
  for (const [key, claims] of byKey) {
    if (claims.length === 1) claims[0].key = key;
    else ambiguous.push({ key, columns: claims });
  }
  return ambiguous;
}

/** Two-sided tables (收入 | 支出): the first name/amount pair is 收入, the next is 支出; further pairs keep no key. */
function sidesOf(kind: BudgetKind, columns: GridColumn[], wanted: Map<GridColumn, string>): void {
  const names = columns.filter((c) => c.role === 'name');
  if (names.length < 2) return;
  const [inName, outName] = names;
  wanted.set(inName, 'in.name');
  wanted.set(outName, 'out.name');
  const between = (from: GridColumn, to: GridColumn | undefined) => columns.slice(columns.indexOf(from) + 1, to ? columns.indexOf(to) : undefined).filter((c) => c.role === 'amount');
  const inAmount = between(inName, outName);
  if (inAmount.length === 1) wanted.set(inAmount[0], 'in.amount');
  const outAmounts = between(outName, names[2]);
  if (kind === 'b01' && outAmounts.length === 1) wanted.set(outAmounts[0], 'out.amount');
  if (kind === 'b04') {
    for (const c of outAmounts) {
      const rule = FISCAL_OUT_RULES.find(([re]) => re.test(normaliseLabel(c.label)));
      if (rule) wanted.set(c, rule[1]);
      else if (outAmounts.length === 1) wanted.set(c, 'out.total');
    }
  }
}

/**
 * 三公 columns by their words. The 公务用车 subtotal is the 小计 that heads the 购置费/运行费 columns (directly left
 * of them, or under a 公务用车 group); the 三公 total is the 合计, unless the table also has 会议费/培训费 columns,
 * whose leading 合计 includes them: then it is the other 小计 (the 三公 subtotal), and nothing when there is none.
 */
function sangongKeys(columns: GridColumn[], wanted: Map<GridColumn, string>): void {
  const label = (c: GridColumn) => normaliseLabel(c.label);
  const side = (item: string) => `budget.${item}`;
  const purchase = columns.findIndex((c) => SANGONG_LABELS.vehiclePurchase.test(label(c)) && !SANGONG_LABELS.vehicle.test(label(c)));
  const subtotals = columns.filter((c) => SANGONG_LABELS.subtotal.test(label(c)));
  const vehicleSub = subtotals.find((c) => c.groups.some((g) => /公务用车/.test(g)) || columns.indexOf(c) === purchase - 1);
  for (const c of columns) {
    const l = label(c);
    if (SANGONG_LABELS.outbound.test(l)) wanted.set(c, side('outbound'));
    else if (SANGONG_LABELS.reception.test(l)) wanted.set(c, side('reception'));
    else if (SANGONG_LABELS.vehicle.test(l) || c === vehicleSub) wanted.set(c, side('vehicle'));
    else if (SANGONG_LABELS.vehiclePurchase.test(l)) wanted.set(c, side('vehiclePurchase'));
    else if (SANGONG_LABELS.vehicleOperation.test(l)) wanted.set(c, side('vehicleOperation'));
  }
  const withOthers = columns.some((c) => SANGONG_LABELS.beside.test(label(c)));
  const total = withOthers ? subtotals.filter((c) => c !== vehicleSub) : columns.filter((c) => SANGONG_LABELS.total.test(label(c)));
  for (const c of total) wanted.set(c, side('total'));
}
