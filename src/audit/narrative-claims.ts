// The narrative against the tables: every figure 情况说明 or 绩效自评 states about a table figure.
import type { Claim } from '../parse/narrative/claims.ts';
import { convert, halfUnit, isZero, plus } from '../model/money.ts';
import type { Unit } from '../model/schema.ts';
import type { PerfBase } from '../parse/perf-base.ts';
import type { Finding, Table } from '../model/schema.ts';
import type { Figure } from '../parse/tables/lookup.ts';
import { check } from './compare.ts';
import { reference } from './references.ts';
import { commonUnit, conversionNote, inUnit } from './units.ts';
import type { FindingCode } from '../model/diagnostic-codes.ts';

/** Rounding a stated or printed figure can carry (half its last printed decimal), in `unit`. */
function roundingOf(f: Figure, unit: Unit, fallback: Unit): string {
  return convert(halfUnit(f.value), f.unit ?? fallback, unit);
}

/**
 * Table figure against a figure stated elsewhere, in one unit. The allowance is the stated figure's rounding, plus the
 * table figure's when the two are separately rounded records of one amount (`bothRounded`).
 */
export function checkStated(code: FindingCode, rule: string, table: { label: string; figure: Figure }, stated: { label: string; figure: Figure }, fallback: Unit, bothRounded = false): Finding {
  const unit = commonUnit([table.figure, stated.figure], fallback);
  const t = inUnit(table.figure, unit, fallback)!;
  const s = inUnit(stated.figure, unit, fallback)!;
  return check(code, rule,
    { label: table.label + conversionNote([table.figure], unit, fallback), value: t.value, lines: [t.line] },
    { label: stated.label + conversionNote([stated.figure], unit, fallback), value: s.value, lines: [s.line] },
    plus(roundingOf(stated.figure, unit, fallback), bothRounded && !isZero(table.figure.value) ? roundingOf(table.figure, unit, fallback) : '0'));
}

export function auditNarrative(claims: readonly Claim[], tables: readonly Table[], perf: PerfBase | null, fallback: Unit): Finding[] {
  const findings: Finding[] = [];
  for (const claim of claims) {
    const stated: Figure = { value: claim.value, line: claim.line, unit: claim.unit };
    const ref = reference(claim.key, tables, perf, stated);
    if (!ref?.figure) continue;
    findings.push(checkStated('MZ-A-NARRATIVE', `文字说明第 ${claim.line} 行“${claim.quote.slice(0, 40)}”应与${ref.label}一致`,
      { label: ref.label, figure: ref.figure }, { label: '文字说明', figure: stated }, fallback));
  }
  return findings;
}
