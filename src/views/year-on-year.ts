// 三公 year on year for one 决算: the previous year's 决算数 from the bureau's report for that year when the portal
// has it, else as this report's narrative states it (「与上年相比减少 1.21 万元」); both, with a check, when both exist.
import { checkPriorYear, type PriorStated } from '../audit/prior-year.ts';
import { SANGONG_ITEMS, type SangongKey } from '../model/domain.ts';
import { convert, equal } from '../model/money.ts';
import type { Amount, Finding, Report, StatedChange, Unit } from '../model/schema.ts';
import { lineHref } from '../site/paths.ts';
import { difference } from './format.ts';
import type { ReportEntry } from '../site/report-entry.ts';

/** The previous year as this report states it, in its 三公 unit. */
export interface StatedYear {
  /** The stated 上年数, or the current figure less the stated change. */
  prior: PriorStated;
  /** Signed: a 减少 is negative. */
  delta: { value: Amount; line: number } | null;
  percent: { value: Amount; line: number } | null;
}

export interface ItemYear {
  key: SangongKey;
  label: string;
  /** This report's 决算数. */
  current: Amount | null;
  /** The previous report's 决算数, converted to this report's 三公 unit, and where it is printed. */
  portal: { value: Amount | null; href?: string } | null;
  stated: StatedYear | null;
  /** The check of stated against portal, when both exist. */
  finding: Finding | null;
}

export interface YearOnYear {
  previous?: ReportEntry;
  items: ItemYear[];
}

type Source = Pick<Report, 'sangong' | 'statedChanges'>;

/** The label of a 上年数 the narrative prints, as against one worked out from the change it states. */
export const PRIOR_STATED = '所述上年数';

const inUnit = (s: { value: Amount; unit: Unit }, unit: Unit) => convert(s.value, s.unit, unit);

/** What change `c` says of the item whose 决算数 is `current`; null when it is about another figure (its current
 * figure is not this one) or states only a rate, from which no exact 上年数 follows. */
function stated(c: StatedChange, current: Amount, currentLine: number, unit: Unit): StatedYear | null {
  if (c.current && !equal(inUnit(c.current, unit), current)) return null;
  const delta = c.delta && { value: inUnit(c.delta, unit), line: c.delta.line };
  const from = c.current?.line ?? currentLine;
  const prior: PriorStated | null = c.prior
    ? { value: inUnit(c.prior, unit), terms: [inUnit(c.prior, unit)], lines: [c.prior.line], label: PRIOR_STATED }
    : delta ? { value: difference(current, delta.value), terms: [current, delta.value], lines: [...new Set([from, delta.line])], label: '本年数减所述增减额' } : null;
  return prior && { prior, delta, percent: c.percent };
}

/** `previous`: the bureau's report for the year before, when the portal has one that states 三公 actuals. */
export function yearOnYear(entry: Pick<ReportEntry, 'year' | 'kind'>, r: Source, previous?: ReportEntry): YearOnYear {
  const unit = r.sangong.unit;
  const items = SANGONG_ITEMS.map(({ key, label }): ItemYear => {
    const current = r.sangong.actual[key];
    const line = r.sangong.lines.actual[key];
    // The first statement about the item: later ones repeat it (「具体情况」 after 「总体情况」).
    const said = current === null || line === undefined ? null
      : r.statedChanges.filter((c) => c.item === key).map((c) => stated(c, current, line, unit)).find((s) => s !== null) ?? null;
    const before = previous?.report.sangong;
    const beforeLine = before?.lines.actual[key];
    const portal = before ? { value: before.actual[key] === null ? null : convert(before.actual[key], before.unit, unit), href: beforeLine === undefined ? undefined : previous!.url + lineHref(beforeLine) } : null;
    const finding = portal?.value != null && said ? checkPriorYear(label, said.prior, { value: portal.value, report: `${previous!.year}年度${previous!.kind}` }) : null;
    return { key, label, current, portal, stated: said, finding };
  });
  return { previous, items };
}

/** Whether the narrative states the previous year of any item. */
export const statesPrevious = (y: YearOnYear | undefined) => y?.items.some((i) => i.stated !== null) ?? false;

/** The checks of the narrative's previous-year figures against the previous report: the page lists them with the
 * report's own checks. */
export const priorYearFindings = (y: YearOnYear): Finding[] => y.items.flatMap((i) => (i.finding ? [i.finding] : []));
