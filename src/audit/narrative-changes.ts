// Year-on-year changes against what the report itself states: the change in 万元 against the current and prior
// figures, and the growth rate against change ÷ prior. Where the prior is zero or not given, nothing is checked.
import { convert, isZero, minus, plus, printedAllowance } from '../model/money.ts';
import type { Unit } from '../model/schema.ts';
import type { Changes } from '../parse/narrative/changes.ts';
import type { Finding, Sangong } from '../model/schema.ts';
import type { Stated } from '../parse/narrative/text-figures.ts';
import { check } from './compare.ts';
import { checkPercent, type Operand } from './percent.ts';

const allowanceOf = (s: Stated) => printedAllowance(s.value);

/** The current figure the change is from: as stated, else the 三公 record's actual for the item named. */
function currentOf(c: Changes, sangong: Sangong): Stated | null {
  if (c.current) return c.current;
  const value = c.item ? sangong.actual[c.item] : null;
  const line = c.item ? sangong.lines.actual[c.item] : undefined;
  return value !== null && line !== undefined ? { value, unit: sangong.unit, line } : null;
}

const inUnit = (s: Stated, unit: Unit): Stated => ({ ...s, value: convert(s.value, s.unit, unit), unit });

function checkDelta(c: Changes, current: Stated, prior: Stated, delta: Stated): Finding {
  const allowance = plus(plus(allowanceOf(current), allowanceOf(prior)), allowanceOf(delta));
  return check('MZ-A-NARRATIVE-CHANGE', `文字说明第 ${delta.line} 行“${c.quote.slice(0, 40)}”所述增减额应等于本年数减上年数`,
    { label: '本年数减上年数', value: minus(current.value, prior.value), lines: [current.line, prior.line] },
    { label: '文字说明所述增减额', value: delta.value, lines: [delta.line] }, allowance);
}

function checkRate(c: Changes, current: Stated, prior: Stated, delta: Stated | null): Finding {
  const change: Operand = delta
    ? { label: '所述增减额', value: delta.value, allowance: allowanceOf(delta), lines: [delta.line] }
    : { label: '本年数减上年数', value: minus(current.value, prior.value), allowance: plus(allowanceOf(current), allowanceOf(prior)), lines: [current.line, prior.line] };
  const base: Operand = { label: c.prior ? '所述上年数' : '上年数（本年数减增减额）', value: prior.value, allowance: c.prior ? allowanceOf(prior) : plus(allowanceOf(current), allowanceOf(delta!)), lines: [prior.line] };
  return checkPercent('MZ-A-NARRATIVE-CHANGE', `文字说明第 ${c.percent!.line} 行“${c.quote.slice(0, 40)}”所述增减幅度应等于增减额占上年数的比例`,
    { label: '文字说明所述增减幅度', value: c.percent!.value, line: c.percent!.line }, change, base);
}

export function auditChanges(changes: readonly Changes[], sangong: Sangong): Finding[] {
  return changes.flatMap((c) => {
    const found = currentOf(c, sangong);
    if (!found) return [];
    const unit = c.delta?.unit ?? c.prior?.unit ?? found.unit;
    const current = inUnit(found, unit);
    const delta = c.delta && inUnit(c.delta, unit);
    const prior = c.prior ? inUnit(c.prior, unit) : delta ? { ...current, value: minus(current.value, delta.value), line: delta.line } : null;
    if (!prior) return [];
    const findings: Finding[] = [];
    if (c.prior && delta) findings.push(checkDelta(c, current, prior, delta));
    if (c.percent && !isZero(prior.value)) findings.push(checkRate(c, current, prior, delta));
    return findings;
  });
}
