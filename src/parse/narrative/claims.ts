// Figures the narrative states (情况说明, 绩效自评): each claim names what it is about, so the audit can hold it
// against the tables. Patterns follow the standard wording of 部门决算 情况说明, not any one document.
import type { SangongKey } from '../../model/domain.ts';
import type { Unit } from '../../model/schema.ts';
import { keyText, sangongFigure, tableFigure, type ClaimKey, type TableFigure } from './claim-key.ts';
import { lineAt, NUM, splitAfterStops, statedAmount } from './text-figures.ts';
import type { Amount, Section } from '../../model/schema.ts';

export interface Claim {
  key: ClaimKey;
  value: Amount;
  unit: Unit;
  line: number;
  /** The words of the document that state it. */
  quote: string;
}

// What stands between a claim's subject and its figure, within one sentence. Bounded: the longest claim of the
// bundled reports spans 62 characters, and an unbounded gap made a pattern rescan the rest of a long sentence from
// every occurrence of its subject, quadratic in the sentence.
const SEP = '[^。；;]{0,200}?';

/** A 三公 figure stated as 预算 … 决算 …: budget then actual. */
const budgetActual = (item: SangongKey) => [sangongFigure('budget', item), sangongFigure('actual', item)];
const table = (...figures: (TableFigure | null)[]) => figures.map((f) => (f === null ? null : tableFigure(f)));

/** Pattern → claim keys, in the order of the captured numbers (null: a number that is not checked). */
const PATTERNS: [RegExp, (ClaimKey | null)[]][] = [
  [new RegExp(`三公”?经费${SEP}预算(?:数)?为\\s*${NUM}${SEP}决算(?:数)?为\\s*${NUM}`), budgetActual('total')],
  [new RegExp(`因公出国[（(]境[)）]费${SEP}预算(?:数)?为\\s*${NUM}${SEP}决算(?:数)?为\\s*${NUM}`), budgetActual('outbound')],
  [new RegExp(`公务接待费${SEP}预算(?:数)?为\\s*${NUM}${SEP}决算(?:数)?为\\s*${NUM}`), budgetActual('reception')],
  [new RegExp(`公务用车购置费?及运行(?:维护)?费${SEP}预算(?:数)?为\\s*${NUM}${SEP}决算(?:数)?为\\s*${NUM}`), budgetActual('vehicle')],
  [new RegExp(`公务用车购置费支出预算(?:数)?为\\s*${NUM}${SEP}决算(?:数)?为\\s*${NUM}`), budgetActual('vehiclePurchase')],
  [new RegExp(`公务用车运行(?:维护)?费支出预算(?:数)?为\\s*${NUM}${SEP}决算(?:数)?为\\s*${NUM}`), budgetActual('vehicleOperation')],
  [new RegExp(`财政拨款收[、,，]?\\s*支总计\\s*${NUM}`), table('fiscalGrandTotal')],
  [new RegExp(`财政拨款收入总计\\s*${NUM}`), table('fiscalGrandTotal')],
  [new RegExp(`(?<!财政拨款)收[、,，]?\\s*支总计\\s*${NUM}`), table('grandTotal')],
  [new RegExp(`(?<!财政拨款)收入总计\\s*${NUM}`), table('grandTotal')],
  [new RegExp(`^\\d{4}\\s*年度?收入合计\\s*${NUM}`), table('incomeTotal')],
  [new RegExp(`^\\d{4}\\s*年度?支出合计\\s*${NUM}`), table('expenditureTotal')],
  [new RegExp(`^\\d{4}\\s*年度?收入[、,，]\\s*支出合计\\s*${NUM}`), table('incomeTotal')],
  [new RegExp(`^\\d{4}\\s*年度?支出合计${SEP}基本支出\\s*${NUM}`), table('basic')],
  [new RegExp(`^\\d{4}\\s*年度?支出合计${SEP}项目支出\\s*${NUM}`), table('project')],
  [new RegExp(`^\\d{4}\\s*年度?收入合计${SEP}财政拨款收入\\s*${NUM}`), table('fiscalIncome')],
  [new RegExp(`(?:一般公共预算)?财政拨款支出年初预算数为\\s*${NUM}${SEP}支出决算数为\\s*${NUM}`), table(null, 'gpb.total')],
  [new RegExp(`^\\d{4}\\s*年度?(?:一般公共预算)?财政拨款支出\\s*${NUM}`), table('gpb.total')],
  [new RegExp(`一般公共预算财政拨款基本支出\\s*${NUM}`), table('gpb.basic')],
  [new RegExp(`基本支出${SEP}人员经费\\s*${NUM}`), table('personnel')],
  [new RegExp(`公用经费\\s*${NUM}`), table('publicFunds')],
  [new RegExp(`一般公共预算财政拨款(?!基本|项目)${SEP}本年收入\\s*${NUM}${SEP}本年支出\\s*${NUM}`), table('gpb.income', 'gpb.total')],
  [new RegExp(`一般公共预算财政拨款基本支出${SEP}本年支出\\s*${NUM}`), table('gpb.basic')],
  [new RegExp(`一般公共预算财政拨款项目支出${SEP}本年支出\\s*${NUM}`), table('gpb.project')],
];

/** How budgets (部门预算 情况说明) state their figures: 预算 figures only, 三公 as this year's budget. */
const BUDGET_SPENT = '(?:预算)?(?:支出)?(?:预算)?(?:数)?为?\\s*';
const BUDGET_PATTERNS: [RegExp, (ClaimKey | null)[]][] = [
  [new RegExp(`三公”?经费预算(?:数)?为\\s*${NUM}`), [sangongFigure('budget', 'total')]],
  [new RegExp(`因公出国[（(]境[)）]费${BUDGET_SPENT}${NUM}`), [sangongFigure('budget', 'outbound')]],
  [new RegExp(`公务用车购置费?及运行(?:维护)?费${BUDGET_SPENT}${NUM}`), [sangongFigure('budget', 'vehicle')]],
  [new RegExp(`公务用车购置费?${BUDGET_SPENT}${NUM}`), [sangongFigure('budget', 'vehiclePurchase')]],
  [new RegExp(`公务用车运行(?:维护)?费${BUDGET_SPENT}${NUM}`), [sangongFigure('budget', 'vehicleOperation')]],
  [new RegExp(`公务接待费${BUDGET_SPENT}${NUM}`), [sangongFigure('budget', 'reception')]],
  [new RegExp(`收[入、,，]*\\s*支出?预算总计\\s*${NUM}`), table('grandTotal')],
  [new RegExp(`本年收入预算合计\\s*${NUM}`), table('incomeTotal')],
  [new RegExp(`本年支出预算合计\\s*${NUM}`), table('expenditureTotal')],
  [new RegExp(`(?<!财政拨款|一般公共预算)基本支出预算(?:数)?为?\\s*${NUM}`), table('basic')],
  [new RegExp(`(?<!财政拨款|一般公共预算)项目支出预算(?:数)?为?\\s*${NUM}`), table('project')],
  [new RegExp(`人员经费\\s*${NUM}`), table('personnel')],
  [new RegExp(`公用经费\\s*${NUM}`), table('publicFunds')],
];

/** 「2101502|一般行政管理事务年初预算为…支出决算为 13.77 万元」 or 「…（项2080107）。」 then 「年初预算为…支出决算为…」. */
const ITEM_CODE = /(?:^|[（(]项)(\d{7})(?:[|｜)）])/;
const ITEM_NAME = /[(（]款[)）]([^（(]+)[(（]项[)）]/;
const ITEM_ACTUAL = new RegExp(`年初预算为\\s*${NUM}${SEP}支出决算为\\s*${NUM}`);

/** `budget`: the document is a budget (部门预算), whose narrative states budget figures in its own words. */
export function readClaims(sections: readonly Section[], lines: readonly string[], budget = false): Claim[] {
  const claims: Claim[] = [];
  const patterns = budget ? BUDGET_PATTERNS : PATTERNS;
  for (const section of sections) {
    let item: { code: string | null; name: string | null } | null = null;
    for (const p of section.paragraphs) {
      const split = sentencesAt(p.text);
      // The source line of a figure: where it first occurs in the match that states it.
      const lineOf = (at: number, m: RegExpExecArray, figure: string) => lineAt(p, p.text.indexOf(figure, at + m.index), lines);
      for (const { sentence, at } of split) {
        // Every pattern ends in a NUM figure, which ends in 万 or 元: sentences without either need no matching.
        if (!sentence.includes('万') && !sentence.includes('元')) continue;
        for (const [re, keys] of patterns) {
          const m = re.exec(sentence);
          if (!m) continue;
          keys.forEach((key, i) => {
            const stated = statedAmount(m[i + 1]);
            if (key && stated) claims.push({ key, ...stated, line: lineOf(at, m, m[i + 1]), quote: m[0] });
          });
        }
      }
      for (const { sentence, at } of split) {
        const code = ITEM_CODE.exec(sentence)?.[1] ?? null;
        const name = ITEM_NAME.exec(sentence)?.[1] ?? null;
        if (code || name) item = { code, name };
        const actual = ITEM_ACTUAL.exec(sentence);
        if (actual && item) {
          const stated = statedAmount(actual[2]);
          const key: ClaimKey = item.code ? { about: 'item', by: 'code', value: item.code } : { about: 'item', by: 'name', value: item.name! };
          if (stated) claims.push({ key, ...stated, line: lineOf(at, actual, actual[2]), quote: actual[0] });
          item = null;
        }
      }
    }
  }
  return dedupe(claims);
}

/** The sentences of a paragraph that are not blank, with where each starts. */
function sentencesAt(text: string): { sentence: string; at: number }[] {
  let at = 0;
  return splitAfterStops(text).flatMap((sentence) => {
    const start = at;
    at += sentence.length;
    return sentence.trim() === '' ? [] : [{ sentence, at: start }];
  });
}

function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const k = `${keyText(c.key)}|${c.line}|${c.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
