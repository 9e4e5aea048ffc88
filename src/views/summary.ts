// The report page's first words: a few Chinese sentences made only from figures the report (or the portal's
// previous report, or its budget of the same year) prints. A sentence whose figures are missing is not written; each printed figure links to its
// line, and a worked-out figure (a difference, a share, a 人均) stands beside the printed ones it comes from.
import { isBudget, SANGONG_ITEMS, type SangongKey } from '../model/domain.ts';
import { compare, equal, isZero, percent, perHeadYuan } from '../model/money.ts';
import type { BudgetFinal, ComparedFigure, Printed } from './budget-final.ts';
import type { Amount, Finding, Kind, Report, Staff, Unit } from '../model/schema.ts';
import { countFindings } from '../load/record.ts';
import { findingCounts } from './findings.ts';
import { amountText, difference, rateText, signedPercentText } from './format.ts';
import { PRIOR_STATED, type ItemYear, type YearOnYear } from './year-on-year.ts';

/** Plain text, or a figure linked to its line on this page (`line`) or on another page (`href`). */
export type Part = string | { text: string; line: number } | { text: string; href: string };

export interface Sentence {
  parts: Part[];
}

type Source = Pick<Report, 'summary' | 'sangong' | 'unit'>;

const money = (a: Amount, unit: Unit) => `${amountText(a)} ${unit}`;
const figure = (a: Amount, unit: Unit, line: number | undefined): Part => (line === undefined ? money(a, unit) : { text: money(a, unit), line });

/** This report's lines that the sentence links to, for a PDF's page links. */
export const sentenceLines = (s: Sentence): number[] => s.parts.flatMap((p) => (typeof p === 'object' && 'line' in p ? [p.line] : []));

/** 「本年支出合计 X，其中基本支出 B、项目支出 P」, with what the report prints of the three. */
function spending(r: Source, year: number, kind: Kind): Sentence | null {
  const { summary: s, unit } = r;
  const part = (key: 'basicExpenditure' | 'projectExpenditure', label: string): Part[] => (s[key] === null ? [] : [label, figure(s[key], unit, s.lines[key])]);
  const parts = [...part('basicExpenditure', '基本支出 '), ...part('projectExpenditure', '项目支出 ')];
  if (parts.length === 4) parts.splice(2, 0, '、');
  const lead = `${year}年度${isBudget(kind) ? '预算' : ''}`;
  if (s.expenditureTotal !== null) return { parts: [`${lead}本年支出合计 `, figure(s.expenditureTotal, unit, s.lines.expenditureTotal), ...(parts.length ? ['，其中', ...parts] : []), '。'] };
  return parts.length ? { parts: [lead, ...parts, '。'] } : null;
}

/** 「，为预算的 R，比预算少 D」: the actual against a budget of it. */
function versus(actual: Amount, budget: Amount, unit: Unit): Part[] {
  const how = compare(actual, budget);
  const rate = isZero(budget) ? [] : [`，为预算的 ${rateText(actual, budget)}`];
  return [...rate, how === 0 ? '，与预算相同' : how < 0 ? `，比预算少 ${money(difference(budget, actual), unit)}` : `，超出预算 ${money(difference(actual, budget), unit)}`];
}

/** 「比预算少 D」: the actual against the budget, when both are printed. */
function againstBudget(actual: Amount, budget: Amount | null, budgetLine: number | undefined, unit: Unit): Part[] {
  return budget === null ? [] : ['，预算 ', figure(budget, unit, budgetLine), ...versus(actual, budget, unit)];
}

/** A figure of the pair: this report's linked to its line here, the budget's to its line on the budget's page. */
const pairFigure = (p: Printed, unit: Unit, here: boolean): Part => (here ? figure(p.value!, unit, p.line) : p.href ? { text: money(p.value!, unit), href: p.href } : money(p.value!, unit));

/** 「与本站收录的2022年度部门预算相比：本年支出合计 …，预算 …；“三公”经费决算 …」, of the figures both print. */
function againstBudgetDocument(pair: BudgetFinal): Sentence | null {
  const one = (c: ComparedFigure | undefined, name: string, unit: Unit): Part[] =>
    c && c.budget.value !== null && c.final.value !== null ? [name, pairFigure(c.final, unit, true), '，预算 ', pairFigure(c.budget, unit, false), ...versus(c.final.value, c.budget.value, unit)] : [];
  const spent = one(pair.headline.find((c) => c.label === '本年支出合计'), '本年支出合计 ', pair.unit);
  const total = pair.sangong[0];
  const sangong = one(total, '“三公”经费决算 ', pair.sangongUnit);
  if (spent.length === 0 && sangong.length === 0) return null;
  // The 决算's own 三公 table prints a 预算数 too: said beside the budget document's, whichever way they stand.
  const own = sangong.length > 0 && total.finalBudget?.value != null
    ? (equal(total.finalBudget.value, total.budget.value!) ? ['，与本报告“三公”经费表所列预算数相同'] : ['；本报告“三公”经费表所列预算数为 ', pairFigure(total.finalBudget, pair.sangongUnit, true), `，与${pair.budget.kind}所列不同`])
    : [];
  const lead: Part[] = ['与本站收录的', { text: `${pair.year}年度${pair.budget.kind}`, href: pair.budget.url }, '相比：'];
  return { parts: [...lead, ...spent, ...(spent.length > 0 && sangong.length > 0 ? ['；'] : []), ...sangong, ...own, '（', { text: '见预算与决算对照', href: '#budget-final' }, '）。'] };
}

const changeWords = (d: Amount, unit: Unit, link?: number): Part[] => {
  const size = money(d.replace(/^-/, ''), unit);
  if (isZero(d)) return ['持平'];
  return [compare(d, '0') > 0 ? '增加 ' : '减少 ', link === undefined ? size : { text: size, line: link }];
};

/** The previous year, from the portal's report for it or from this report's narrative, and both when both exist. */
function againstPrevious(y: ItemYear, yoy: YearOnYear, unit: Unit): Part[] {
  const previous = yoy.previous;
  const parts: Part[] = [];
  if (previous && y.portal?.value != null && y.current !== null) {
    const before = y.portal.value;
    const link: Part = y.portal.href ? { text: money(before, unit), href: y.portal.href } : money(before, unit);
    const d = difference(y.current, before);
    parts.push(`；上年（${previous.year}年度${previous.kind}）为 `, link, isZero(d) ? '，与上年持平' : '，比上年', ...(isZero(d) ? [] : changeWords(d, unit)));
  }
  const s = y.stated;
  if (s) {
    const change: Part[] = s.delta ? ['比上年', ...changeWords(s.delta.value, unit, s.delta.line), ...(s.percent ? ['（', { text: signedPercentText(s.percent.value), line: s.percent.line }, '）'] : [])] : [];
    // A 上年数 worked out from the stated change is said as such: the report does not print it.
    const prior: Part[] = s.prior.label === PRIOR_STATED
      ? [change.length ? '，上年为 ' : '上年为 ', figure(s.prior.value, unit, s.prior.lines[0])]
      : [`，即上年约为 ${money(s.prior.value, unit)}`];
    const verdict = y.finding ? (y.finding.status === 'holds' ? '，与上年报告相符' : y.finding.status === 'rounding' ? '，与上年报告只差舍入' : '，与上年报告不一致（见数据核对）') : '';
    parts.push('；据本报告文字说明，', ...change, ...prior, verdict);
  }
  return parts;
}

/** An item's share of the 三公 total on the same side, to one decimal; nothing when either is nil. */
function share(key: SangongKey, g: Source['sangong'], side: 'budget' | 'actual'): Part[] {
  const part = g[side][key];
  const total = g[side].total;
  if (key === 'total' || part === null || total === null || isZero(part) || isZero(total)) return [];
  return [`，占“三公”经费${side === 'budget' ? '预算' : '决算'}的 ${percent(part, total, 1)}%`];
}

/** One 三公 line: actual against budget and against the previous year; a budget has only its 预算数. */
function sangongSentence(key: SangongKey, label: string, r: Source, kind: Kind, yoy: YearOnYear | undefined): Sentence | null {
  const { sangong: g } = r;
  const unit = g.unit;
  const name = key === 'total' ? '“三公”经费' : label;
  if (isBudget(kind)) return g.budget[key] === null ? null : { parts: [`${name}预算 `, figure(g.budget[key], unit, g.lines.budget[key]), ...share(key, g, 'budget'), '。'] };
  const actual = g.actual[key];
  if (actual === null) return null;
  const year = yoy?.items.find((i) => i.key === key);
  const previous = year ? againstPrevious(year, yoy!, unit) : [];
  return { parts: [`${name}决算 `, figure(actual, unit, g.lines.actual[key]), ...share(key, g, 'actual'), ...againstBudget(actual, g.budget[key], g.lines.budget[key], unit), ...previous, '。'] };
}

/** Whether an item is worth a sentence of its own: something was budgeted, spent, or spent the year before. */
function spoken(key: SangongKey, r: Source, yoy: YearOnYear | undefined): boolean {
  const y = yoy?.items.find((i) => i.key === key);
  return [r.sangong.budget[key], r.sangong.actual[key], y?.portal?.value ?? null, y?.stated?.prior.value ?? null].some((v) => v !== null && !isZero(v));
}

const PARTS: SangongKey[] = ['outbound', 'vehicle', 'reception'];
const labelOf = (key: SangongKey) => SANGONG_ITEMS.find((i) => i.key === key)!.label;

/** 「本站未收录…」: said only when neither the portal nor the narrative gives the previous year of the total. */
function noComparison(yoy: YearOnYear | undefined, year: number): Sentence | null {
  const total = yoy?.items.find((i) => i.key === 'total');
  if (!yoy || !total || total.current === null || total.portal?.value != null || total.stated) return null;
  return { parts: [yoy.previous ? `本站收录的${yoy.previous.year}年度报告没有“三公”经费合计，本报告也没有说明与上年相比的增减，合计无法与上年比较。` : `本站未收录该单位${year - 1}年度的报告，本报告也没有说明“三公”经费合计与上年相比的增减，无法与上年比较。`] };
}

/** 人均 figures over the staff count the report states; none without it. */
function perHead(r: Source, staff: Staff | null): Sentence | null {
  if (!staff || staff.count === 0) return null;
  const bases: { label: string; value: Amount | null; unit: Unit; line: number | undefined }[] = [
    { label: '基本支出', value: r.summary.basicExpenditure, unit: r.unit, line: r.summary.lines.basicExpenditure },
    { label: '人员经费', value: r.summary.personnel, unit: r.unit, line: r.summary.lines.personnel },
    { label: '“三公”经费决算', value: r.sangong.actual.total, unit: r.sangong.unit, line: r.sangong.lines.actual.total },
  ];
  const known = bases.filter((b) => b.value !== null);
  if (known.length === 0) return null;
  const parts: Part[] = [`本报告所述${staff.label} `, { text: `${staff.count} 人`, line: staff.line }, '，按此计算：'];
  known.forEach((b, i) => parts.push(i > 0 ? '；' : '', `人均${b.label} ${amountText(perHeadYuan(b.value!, b.unit, staff.count))} 元（`, figure(b.value!, b.unit, b.line), ` ÷ ${staff.count}）`));
  return { parts: [...parts, '。'] };
}

function checks(findings: readonly Finding[]): Sentence | null {
  if (findings.length === 0) return null;
  return { parts: [`数据核对共 ${findings.length} 项：${findingCounts(countFindings(findings))}（`, { text: '见数据核对', href: '#checks' }, '）。'] };
}

export interface SummaryInput {
  year: number;
  kind: Kind;
  report: Source;
  /** Absent for a budget: there is no actual to compare. */
  years?: YearOnYear;
  staff: Staff | null;
  /** Every check shown in 数据核对, those across reports included. */
  findings: readonly Finding[];
  /** A final account's budget of the same year in the portal, with the figures of both. */
  pair?: BudgetFinal;
}

export function reportSummary({ year, kind, report: r, years, staff, findings, pair }: SummaryInput): Sentence[] {
  const items = PARTS.filter((k) => spoken(k, r, years)).map((k) => sangongSentence(k, labelOf(k), r, kind, years));
  const sentences = [spending(r, year, kind), sangongSentence('total', '合计', r, kind, years), noComparison(years, year), ...items, pair ? againstBudgetDocument(pair) : null, perHead(r, staff), checks(findings)];
  return sentences.filter((s): s is Sentence => s !== null);
}
