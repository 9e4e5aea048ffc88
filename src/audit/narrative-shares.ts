// 「占 X%」 statements against their part and whole: the stated part, and the whole the text names or leads with
// (a table figure or the 三公 record where the text gives none).
import { convert, halfUnit, isZero } from '../model/money.ts';
import type { Unit } from '../model/schema.ts';
import type { Finding, Sangong, Table } from '../model/schema.ts';
import type { Share, Whole } from '../parse/narrative/shares.ts';
import type { Figure } from '../parse/tables/lookup.ts';
import { checkPercent, type Operand } from './percent.ts';
import { reference } from './references.ts';

/** A figure as an operand in `unit`, with the rounding its printing allows. */
function operand(label: string, f: Figure, unit: Unit, fallback: Unit): Operand {
  const from = f.unit ?? fallback;
  const allowance = isZero(f.value) ? '0' : halfUnit(f.value);
  return { label, value: convert(f.value, from, unit), allowance: convert(allowance, from, unit), lines: [f.line] };
}

function wholeFigure(whole: Whole, tables: readonly Table[], sangong: Sangong): { label: string; figure: Figure } | null {
  if (whole.kind === 'stated') return { label: `文字说明所述${whole.label}`, figure: whole.stated };
  if (whole.key === 'sangong.actual.total') {
    const value = sangong.actual.total;
    const line = sangong.lines.actual.total;
    return value !== null && line !== undefined ? { label: '三公经费决算合计', figure: { value, line, unit: sangong.unit } } : null;
  }
  const ref = reference(whole.key, tables, null, { value: '0', line: 1, unit: null });
  return ref?.figure ? { label: ref.label, figure: ref.figure } : null;
}

export function auditShares(shares: readonly Share[], tables: readonly Table[], sangong: Sangong, fallback: Unit): Finding[] {
  return shares.flatMap((share) => {
    const whole = wholeFigure(share.whole, tables, sangong);
    if (!whole) return [];
    const unit = (whole.figure.unit ?? fallback) === share.part.unit ? share.part.unit : '万元';
    return [checkPercent('MZ-A-NARRATIVE-SHARE', `文字说明第 ${share.percent.line} 行“${share.quote.slice(0, 40)}”所述占比应等于所述金额占${share.whole.label}的比例`,
      { label: '文字说明所述占比', value: share.percent.value, line: share.percent.line },
      operand('所述金额', share.part, unit, fallback),
      operand(whole.label, whole.figure, unit, fallback))];
  });
}
