// Budget against final accounts: a bureau's 部门预算 and its 部门决算 of the same year (单位预算 and 单位决算), side
// by side for the headline figures and every 三公 item, with the difference (决算 − 预算) and the rate (决算 ÷ 预算).
// The budget document's 预算数 is the year's opening budget; the 三公 table of the 决算 prints a 预算数 of its own,
// which may differ (a budget adjusted during the year): both are shown as printed, neither is corrected.
import { SUMMARY_FIGURES } from '../model/figures.ts';
import { isBudget, SANGONG_ITEMS, type SangongSide } from '../model/domain.ts';
import { convert } from '../model/money.ts';
import type { Amount, Kind, Unit } from '../model/schema.ts';
import { bureauUrl, lineHref } from '../site/paths.ts';
import type { ReportEntry } from '../site/report-entry.ts';
import { amountText, changeText, rateText } from './format.ts';
import { amountColumn as amount, type ViewColumn, type ViewRow } from './table.ts';

/** A figure as printed in one of the two reports, in the comparison's unit, and where it is printed. */
export interface Printed {
  value: Amount | null;
  /** Its line in its own report. */
  line?: number;
  href?: string;
}

export interface ComparedFigure {
  label: string;
  budget: Printed;
  final: Printed;
  /** 三公 only: the 预算数 the 决算's own 三公 table prints. */
  finalBudget?: Printed;
}

export interface BudgetFinal {
  year: number;
  budget: ReportEntry;
  final: ReportEntry;
  /** The 决算's units: the budget's figures are converted to them (exactly). */
  unit: Unit;
  sangongUnit: Unit;
  /** Whether some of the budget's figures were printed in the other unit and converted. */
  converted: boolean;
  headline: ComparedFigure[];
  sangong: ComparedFigure[];
}

/** A 部门决算 pairs with the 部门预算 of its year, a 单位决算 with the 单位预算: the same scope of spending. */
const PAIRS: Partial<Record<Kind, Kind>> = { 部门决算: '部门预算', 单位决算: '单位预算', 部门预算: '部门决算', 单位预算: '单位决算' };

/** The same bureau's report of the same year that pairs with `entry` (its budget, or its final accounts). */
export function pairOf(entry: ReportEntry, all: readonly ReportEntry[]): ReportEntry | undefined {
  const other = PAIRS[entry.kind];
  return other && all.find((e) => e.bureauId === entry.bureauId && e.year === entry.year && e.kind === other);
}

/** The kind a report of `kind` pairs with. */
export const pairKind = (kind: Kind): Kind | undefined => PAIRS[kind];

/** Whether the report takes part in the comparison at all: a budget or a final account, not a 绩效 report. */
export const comparable = (entry: Pick<ReportEntry, 'kind'>) => PAIRS[entry.kind] !== undefined;

/** A figure of `entry` in `unit`, linked to its line; `here` is the page the link is made on (its own lines need no URL). */
function printed(entry: ReportEntry, value: Amount | null, from: Unit, unit: Unit, line: number | undefined, here: string | undefined): Printed {
  if (value === null) return { value: null };
  return { value: convert(value, from, unit), line, href: line === undefined ? undefined : (entry.url === here ? '' : entry.url) + lineHref(line) };
}

/** `final` and its `budget` (pairOf), as seen from the page `here` (a URL; links to its own lines stay on it). */
export function budgetFinal(final: ReportEntry, budget: ReportEntry, here?: string): BudgetFinal {
  const f = final.report;
  const b = budget.report;
  const headline = SUMMARY_FIGURES.filter((s) => f.summary[s.key] !== null || b.summary[s.key] !== null).map((s) =>
    ({
      label: s.key === 'grandTotal' ? '收支总计' : s.label,
      budget: printed(budget, b.summary[s.key], b.unit, f.unit, b.summary.lines[s.key], here),
      final: printed(final, f.summary[s.key], f.unit, f.unit, f.summary.lines[s.key], here),
    }));
  const unit = f.sangong.unit;
  const sangong = SANGONG_ITEMS.map(({ key, label, part }) => {
    const side = (e: ReportEntry, s: SangongSide) => {
      const g = e.report.sangong;
      return printed(e, g[s][key], g.unit, unit, g.lines[s][key], here);
    };
    return { label: part ? `其中：${label}` : label, budget: side(budget, 'budget'), final: side(final, 'actual'), finalBudget: side(final, 'budget') };
  });
  const converted = b.unit !== f.unit || b.sangong.unit !== unit;
  return { year: final.year, budget, final, unit: f.unit, sangongUnit: unit, converted, headline, sangong };
}

/** Every pair among `entries`: a final account with the budget of its year, newest year first; links as seen
 * from any other page. */
export function budgetFinalPairs(entries: readonly ReportEntry[]): BudgetFinal[] {
  const byBureau = Map.groupBy(entries, (e) => e.bureauId);
  return entries.filter((e) => comparable(e) && !isBudget(e.kind)).flatMap((final) => {
    const budget = pairOf(final, byBureau.get(final.bureauId)!);
    return budget ? [budgetFinal(final, budget)] : [];
  }).sort((a, b) => b.year - a.year);
}

const cell = (p: Printed) => ({ text: amountText(p.value), href: p.value === null ? undefined : p.href });

/** 增减额 with its sign and 决算 ÷ 预算; a dash where a side is missing or, for the rate, the budget is zero. */
const comparisonCells = (c: ComparedFigure) => [{ text: changeText(c.final.value, c.budget.value) }, { text: rateText(c.final.value, c.budget.value) }];

const AGAINST = '决算数与预算文件比较';

/** The columns of the two side-by-side tables, grouped under the two reports they come from. */
function columns(p: BudgetFinal, withFinalBudget: boolean): ViewColumn[] {
  // The year is in the caption: the group headings name the two reports only, which keeps them narrow.
  const budget = p.budget.kind;
  const final = p.final.kind;
  return [
    { label: '项目', groups: [], role: 'name' },
    amount('预算数', [budget]),
    ...(withFinalBudget ? [amount('三公表所列预算数', [final])] : []),
    amount('决算数', [final]),
    amount('增减额', [AGAINST]),
    amount('决算 ÷ 预算', [AGAINST]),
  ];
}

/** The headline figures side by side. */
export function headlineTable(p: BudgetFinal): { columns: ViewColumn[]; rows: ViewRow[] } {
  return { columns: columns(p, false), rows: p.headline.map((c) => ({ cells: [{ text: c.label }, cell(c.budget), cell(c.final), ...comparisonCells(c)] })) };
}

/** Whether some headline figure is printed in both reports: a table of the 决算's figures beside dashes says nothing. */
export const comparesHeadline = (p: BudgetFinal) => p.headline.some((c) => c.budget.value !== null && c.final.value !== null);

/** Whether either report prints any 三公 figure: without one the page says so instead of a table of dashes. */
export const statesSangong = (p: BudgetFinal) => p.sangong.some((c) => [c.budget, c.final, c.finalBudget!].some((x) => x.value !== null));

/** Every 三公 item side by side, with the 决算 三公 table's own 预算数 beside the budget document's. */
export function sangongTable(p: BudgetFinal): { columns: ViewColumn[]; rows: ViewRow[] } {
  return {
    columns: columns(p, true),
    rows: p.sangong.map((c, i) => ({ total: i === 0, cells: [{ text: c.label }, cell(c.budget), cell(c.finalBudget!), cell(c.final), ...comparisonCells(c)] })),
  };
}

/** The 三公 page: one row per pair, the 三公 totals in 万元. */
export function pairsAcross(pairs: readonly BudgetFinal[]): { columns: ViewColumn[]; rows: ViewRow[] } {
  const columns: ViewColumn[] = [
    { label: '单位', groups: [], role: 'name' },
    { label: '年度', groups: [], role: 'code' },
    amount('预算文件所列', ['预算数']),
    amount('决算三公表所列', ['预算数']),
    amount('决算数'),
    amount('增减额', [AGAINST]),
    amount('决算 ÷ 预算', [AGAINST]),
  ];
  const rows = pairs.map((p): ViewRow => {
    const total = p.sangong[0];
    const wan = (x: Printed): Printed => ({ ...x, value: x.value === null ? null : convert(x.value, p.sangongUnit, '万元') });
    const c = { label: total.label, budget: wan(total.budget), final: wan(total.final), finalBudget: wan(total.finalBudget!) };
    return {
      cells: [{ text: p.final.bureau.name, href: `${bureauUrl(p.final.bureauId)}#budget-final` }, { text: `${p.year}`, href: `${p.final.url}#budget-final` }, cell(c.budget), cell(c.finalBudget!), cell(c.final), ...comparisonCells(c)],
    };
  });
  return { columns, rows };
}

/** Years in which the bureau has only one of the two kinds: what the bureau page says cannot be compared. */
export function unpaired(own: readonly ReportEntry[]): { year: number; kind: Kind; missing: Kind }[] {
  return own.filter((e) => comparable(e) && !pairOf(e, own)).map((e) => ({ year: e.year, kind: e.kind, missing: PAIRS[e.kind]! }));
}
