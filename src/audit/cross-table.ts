// Identities between tables: 03 基本+项目 = 合计, 05 against 04, 06 against 05, 06 items against 09.
// Tables printed in different units are compared in one (see units.ts).
import { lessOrEqual, sum, tolerance } from '../model/money.ts';
import type { Unit } from '../model/schema.ts';
import type { Finding, Table } from '../model/schema.ts';
import { sangongColumn } from '../parse/tables/column-key.ts';
import { cellAt, economicFigure, economicTotal, figureByLabel, tableOf, totalFigure, type Figure } from '../parse/tables/lookup.ts';
import { check, type Side } from './compare.ts';
import { commonUnit, conversionNote, inUnit } from './units.ts';
import type { FindingCode } from '../model/diagnostic-codes.ts';
import type { SangongKey } from '../model/domain.ts';

/** A side of a check: the sum of `figures` in `unit` (null when one is missing). */
function sideOf(label: string, figures: (Figure | null)[], unit: Unit, fallback: Unit): Side {
  const inU = figures.map((f) => inUnit(f, unit, fallback));
  const present = inU.filter((f): f is Figure => f !== null);
  return {
    label: label + conversionNote(figures, unit, fallback),
    value: present.length === figures.length ? sum(present.map((f) => f.value)) : null,
    lines: present.map((f) => f.line),
  };
}

/** Checks expected figures against actual ones, both brought to one unit. */
function compareAcross(code: FindingCode, rule: string, expected: [string, (Figure | null)[]], actual: [string, (Figure | null)[]], terms: number, fallback: Unit): Finding {
  const unit = commonUnit([...expected[1], ...actual[1]], fallback);
  return check(code, rule, sideOf(expected[0], expected[1], unit, fallback), sideOf(actual[0], actual[1], unit, fallback), tolerance(terms));
}

export function auditCrossTables(tables: readonly Table[], fallback: Unit): Finding[] {
  const t03 = tableOf(tables, 't03');
  const t04 = tableOf(tables, 't04');
  const t05 = tableOf(tables, 't05');
  const t06 = tableOf(tables, 't06');
  const t09 = tableOf(tables, 't09');
  const findings: Finding[] = [];
  if (t03) {
    findings.push(compareAcross('MZ-A-T03-SPLIT', '支出决算表：基本支出与项目支出之和应等于本年支出合计', ['基本支出+项目支出', [totalFigure(t03, 'basic'), totalFigure(t03, 'project')]], ['本年支出合计', [totalFigure(t03, 'total')]], 3, fallback));
  }
  if (t05 && t04) {
    findings.push(compareAcross('MZ-A-T05-T04', '一般公共预算财政拨款支出决算表合计应等于财政拨款收入支出决算总表中的一般公共预算财政拨款支出', ['04表本年支出合计（一般公共预算财政拨款）', [figureByLabel(t04, 'out.name', /^本年支出合计$/, 'out.general')]], ['05表合计', [totalFigure(t05, 'total')]], 1, fallback));
  }
  if (t06 && t05) {
    findings.push(compareAcross('MZ-A-T06-T05', '基本支出决算表的人员经费与公用经费之和应等于05表基本支出', ['05表基本支出', [totalFigure(t05, 'basic')]], ['06表人员经费合计+公用经费合计', [economicTotal(t06, /^人员经费合计$/), economicTotal(t06, /^公用经费合计$/)]], 3, fallback));
  }
  if (t06 && t09) findings.push(...sangongItemsWithin(t06, t09, fallback));
  return findings;
}

/** The economic classification items (06) that are the basic-expenditure part of a 三公 item, as 06 names them. */
const ECONOMIC_SANGONG: [string, SangongKey, string][] = [
  ['30212', 'outbound', '因公出国（境）费用'],
  ['30217', 'reception', '公务接待费'],
  ['30231', 'vehicleOperation', '公务用车运行维护费'],
  ['31013', 'vehiclePurchase', '公务用车购置'],
];

/** 06's economic items are the basic-expenditure part of the 三公 actuals: never greater than them. */
function sangongItemsWithin(t06: Table, t09: Table, fallback: Unit): Finding[] {
  const row = t09.rows.find((r) => r.cells.some((c) => c.amount !== null));
  if (!row) return [];
  const findings: Finding[] = [];
  for (const [code, key, name] of ECONOMIC_SANGONG) {
    const item = economicFigure(t06, code);
    const cap = cellAt(t09, row, sangongColumn('actual', key));
    if (!item || !cap) continue;
    const unit = commonUnit([item, cap], fallback);
    const [a, b] = [inUnit(item, unit, fallback)!, inUnit(cap, unit, fallback)!];
    const note = conversionNote([item, cap], unit, fallback);
    const ok = lessOrEqual(a.value, b.value);
    findings.push({
      code: 'MZ-A-T06-T09', status: ok ? 'holds' : 'mismatch', severity: ok ? 'info' : 'warning',
      rule: `06表 ${code} ${name}（基本支出部分）不应大于三公经费表的决算数${note}`,
      expected: { label: `09表${name}决算数`, value: b.value, lines: [b.line] },
      actual: { label: `06表${code}`, value: a.value, lines: [a.line] },
      difference: null, tolerance: '0',
      message: ok ? `06表 ${code} ${name} ${a.value} 不大于09表决算数 ${b.value}，相符。` : `06表 ${code} ${name} 为 ${a.value}，大于09表对应决算数 ${b.value}，不相符。`,
    });
  }
  return findings;
}
