// How many people the unit has, where its narrative says so: 「实有人数 32 人」 (醴陵, 机构设置),
// 「实际在职人员31人」 (怀化, 人员编制情况). Headcounts 人均 figures divide by; never guessed from 编制 or 参保人数.
import type { Section, Staff } from '../../model/schema.ts';
import { lineAt } from './text-figures.ts';

// Only words for the people actually there: 编制 is the quota, 在编 leaves out contract staff.
const STATED = /(实有人数|实有人员|实有在职人员|实际在职人员|实际在职人数|实际人数)(?:为|是|共)?\s*(\d+)\s*[人名]/g;

/** The staff count the report states, or null when it states none or several that differ (a 局 and its 中心
 * counted apart, as 北塔 does: no one of them is the whole unit's). */
export function readStaff(sections: readonly Section[], lines: readonly string[]): Staff | null {
  const found = sections.flatMap((s) => s.paragraphs).flatMap((p) =>
    [...p.text.matchAll(STATED)].map((m) => ({ count: Number(m[2]), label: m[1], line: lineAt(p, m.index, lines) })));
  return found.length > 0 && found.every((f) => f.count === found[0].count) ? found[0] : null;
}
