// What each column of a table means, from its header words: code and name columns, each amount column's key from
// the vocabulary of the table's kind. A table read from its own header (a PDF's by position, or a text table whose
// header is not the standard one) gets its keys here. Two columns claiming one meaning are both left without it:
// a figure is used only where its column is certain.
import type { SangongSide } from '../../model/domain.ts';
import type { Column, TableKind } from '../../model/schema.ts';
import { AMOUNT_RULES, FISCAL_OUT_RULES, NAME_LABEL, SANGONG_LABELS, normaliseLabel } from './vocabulary.ts';

/** A column being given its meaning; `named` is false for a column the header does not name. */
export type Meaningful = Column & { named?: boolean };

/** Sets each column's key for the table kind (others keep theirs); returns the columns that claimed one key together. */
export function assignKeys<C extends Meaningful>(kind: TableKind, columns: C[]): C[][] {
  const wanted = new Map<C, string>();
  for (const c of columns) {
    const label = normaliseLabel(c.label);
    if (/^(?:行次|栏次)$/.test(label)) c.role = 'rowNo';
    // A column of words headed 项目 or …名称 is a name column, whichever of them comes first.
    else if (c.role === 'text' && NAME_LABEL.test(label)) c.role = 'name';
  }
  if (kind === 'b01' || kind === 'b04' || kind === 't01' || kind === 't04') sidesOf(kind, columns, wanted);
  else if (kind === 'b09') sangongKeys(columns, 'budget', wanted);
  else if (kind === 't09') {
    for (const side of ['budget', 'actual'] as const) sangongKeys(columns.filter((c) => sideOf(c) === side), side, wanted);
  } else {
    const rules = AMOUNT_RULES[kind];
    // Another table's figures are shown as read and used nowhere: its columns need no meaning.
    if (!rules) return [];
    for (const c of columns) {
      if (c.named === false) continue;
      if (c.role === 'code' || c.role === 'name') wanted.set(c, c.role);
      const rule = c.role === 'amount' ? rules.find(([re]) => re.test(normaliseLabel(c.label))) : undefined;
      if (rule) wanted.set(c, rule[1]);
    }
  }
  const byKey = new Map<string, C[]>();
  for (const [c, key] of wanted) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  const ambiguous: C[][] = [];
  for (const [key, claims] of byKey) {
    if (claims.length === 1) claims[0].key = key;
    else ambiguous.push(claims);
  }
  return ambiguous;
}

/** A 决算 三公 column's side, from the group over it (预算数 | 决算数). */
function sideOf(c: Column): SangongSide | null {
  const groups = c.groups.map(normaliseLabel).join('|');
  if (/决算/.test(groups)) return 'actual';
  return /预算/.test(groups) ? 'budget' : null;
}

/** Two-sided tables (收入 | 支出): the first name/amount pair is 收入, the next is 支出; further pairs keep no key. */
function sidesOf<C extends Meaningful>(kind: TableKind, columns: C[], wanted: Map<C, string>): void {
  const names = columns.filter((c) => c.role === 'name');
  if (names.length < 2) return;
  const [inName, outName] = names;
  wanted.set(inName, 'in.name');
  wanted.set(outName, 'out.name');
  const between = (from: C, to: C | undefined, role: Column['role']) => columns.slice(columns.indexOf(from) + 1, to ? columns.indexOf(to) : undefined).filter((c) => c.role === role);
  const inAmount = between(inName, outName, 'amount');
  if (inAmount.length === 1) wanted.set(inAmount[0], 'in.amount');
  const inRow = between(inName, outName, 'rowNo');
  if (inRow.length === 1) wanted.set(inRow[0], 'in.rowNo');
  const outRow = between(outName, names[2], 'rowNo');
  if (outRow.length === 1) wanted.set(outRow[0], 'out.rowNo');
  const outAmounts = between(outName, names[2], 'amount');
  if ((kind === 'b01' || kind === 't01') && outAmounts.length === 1) wanted.set(outAmounts[0], 'out.amount');
  if (kind === 'b04' || kind === 't04') {
    for (const c of outAmounts) {
      const rule = FISCAL_OUT_RULES.find(([re]) => re.test(normaliseLabel(c.label)));
      if (rule) wanted.set(c, rule[1]);
      else if (outAmounts.length === 1) wanted.set(c, 'out.total');
    }
  }
}

/**
 * 三公 columns of one side by their words. The 公务用车 subtotal is the 小计 that heads the 购置费/运行费 columns
 * (directly left of them, or under a 公务用车 group); the 三公 total is the 合计, unless the table also has 会议费/培训费
 * columns, whose leading 合计 includes them: then it is the other 小计 (the 三公 subtotal), and nothing when there is none.
 */
function sangongKeys<C extends Meaningful>(columns: C[], side: SangongSide, wanted: Map<C, string>): void {
  const label = (c: C) => normaliseLabel(c.label);
  const key = (item: string) => `${side}.${item}`;
  const purchase = columns.findIndex((c) => SANGONG_LABELS.vehiclePurchase.test(label(c)) && !SANGONG_LABELS.vehicle.test(label(c)));
  const subtotals = columns.filter((c) => SANGONG_LABELS.subtotal.test(label(c)));
  const vehicleSub = subtotals.find((c) => c.groups.some((g) => /公务用车/.test(g)) || columns.indexOf(c) === purchase - 1);
  for (const c of columns) {
    const l = label(c);
    if (SANGONG_LABELS.outbound.test(l)) wanted.set(c, key('outbound'));
    else if (SANGONG_LABELS.reception.test(l)) wanted.set(c, key('reception'));
    else if (SANGONG_LABELS.vehicle.test(l) || c === vehicleSub) wanted.set(c, key('vehicle'));
    else if (SANGONG_LABELS.vehiclePurchase.test(l)) wanted.set(c, key('vehiclePurchase'));
    else if (SANGONG_LABELS.vehicleOperation.test(l)) wanted.set(c, key('vehicleOperation'));
  }
  const withOthers = columns.some((c) => SANGONG_LABELS.beside.test(label(c)));
  const total = withOthers ? subtotals.filter((c) => c !== vehicleSub) : columns.filter((c) => SANGONG_LABELS.total.test(label(c)));
  for (const c of total) wanted.set(c, key('total'));
}
