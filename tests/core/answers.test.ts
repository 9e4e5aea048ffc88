// The report page's 概要 and year-on-year figures, against values worked out by hand from the seed documents
// (/work/shared/seeds, line numbers as in the seed files; 怀化 and 北塔 have 6 lines of front matter on top in content/).
import { describe, expect, it } from 'vitest';
import { toRecord } from '../../src/load/record.ts';
import type { Finding, Report } from '../../src/model/schema.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { ReportEntry } from '../../src/site/report-entry.ts';
import { reportSangong } from '../../src/views/sangong.ts';
import { reportSummary, type Sentence } from '../../src/views/summary.ts';
import { priorYearFindings, yearOnYear, type YearOnYear } from '../../src/views/year-on-year.ts';
import { loadSeeds } from './seeds.ts';

const seeds = Object.fromEntries(loadSeeds().map((s) => [s.name.slice(0, 3), s]));
const SHAOYANG = seeds['000'];
const LILING = seeds['001'];
const CHENZHOU = seeds['002'];
const HUAIHUA = seeds['003'];
const BEITA = seeds['004'];

const staffOf = (r: Report) => r.staff;
const yearsOf = (r: Report, previous?: ReportEntry) => yearOnYear({ year: r.year!, kind: r.kind }, r, previous);
const stated = (y: YearOnYear) => Object.fromEntries(y.items.filter((i) => i.stated).map((i) => [i.key, i.stated!.prior.value]));

/** The sentences as read, and the lines their figures link to. */
const text = (s: Sentence) => s.parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
const links = (s: Sentence) => s.parts.flatMap((p) => (typeof p === 'string' ? [] : ['line' in p ? p.line : p.href]));

function summaryOf(r: Report, previous?: ReportEntry, findings: readonly Finding[] = r.findings): Sentence[] {
  const years = yearsOf(r, previous);
  return reportSummary({ year: r.year!, kind: r.kind, report: r, years, staff: staffOf(r), findings });
}

/** 郴州 2022 as the two-year fixture makes its 2021 report: every 2022 changed to 2021 and its 公开09表 row replaced. */
const ROW_2022 = '9.00\t\t4.00\t\t4.00\t5.00\t6.22\t\t4.00\t\t4.00\t2.22';
function chenzhou2021Report(row: string): Report {
  const text = CHENZHOU.seedText.replaceAll('2022', '2021');
  const fixed = text.replace(ROW_2022, row);
  expect(fixed).not.toBe(text);
  return parseReport(fixed, 'chenzhou-ybj/2021/部门决算.txt');
}

/** The 2021 fixture as the portal lists it: its record, as the page gets it. */
const chenzhou2021 = (row: string) =>
  ({ year: 2021, kind: '部门决算', url: '/reports/chenzhou-ybj/2021/bumen-juesuan/', report: toRecord(chenzhou2021Report(row), 'digest', 'detail') }) as ReportEntry;

describe('staff count 实有人数', () => {
  it('醴陵 2022 states 「实有人数 32 人」 in its 机构设置 (line 60)', () => {
    expect(staffOf(LILING.report)).toEqual({ count: 32, label: '实有人数', line: 60 });
  });
  it('怀化 2024 states 「实际在职人员31人」 (seed line 1751)', () => {
    expect(staffOf(HUAIHUA.report)).toEqual({ count: 31, label: '实际在职人员', line: 1751 + HUAIHUA.offset });
  });
  it('none where the text gives only 编制 and 在编 counts (邵阳, 郴州) or one count per unit (北塔: 7, 3 and 2 人)', () => {
    expect(staffOf(SHAOYANG.report)).toBeNull();
    expect(staffOf(CHENZHOU.report)).toBeNull();
    expect(staffOf(BEITA.report)).toBeNull();
  });
});

describe('the previous year as the narrative states it', () => {
  it('邵阳 2023: 三公 8.21 增加 4.78 → 3.43 (line 463); 接待 2.22 减少 1.21 → 3.43 (line 471); 运行维护 5.99 增加 5.99 → 0.00 (line 475)', () => {
    expect(stated(yearsOf(SHAOYANG.report))).toEqual({ total: '3.43', vehicleOperation: '0.00', reception: '3.43' });
  });
  it('醴陵 2022: 接待 2.62 减少 0.07 → 2.69 (line 471); its 三公 total states no change', () => {
    expect(stated(yearsOf(LILING.report))).toEqual({ reception: '2.69' });
  });
  it('郴州 2022: 车 4.00 增加 1.06 → 2.94 (lines 608, 614); 接待 2.22, after 「较上年降幅较大」, 减少 1.06 → 3.28 (line 606)', () => {
    expect(stated(yearsOf(CHENZHOU.report))).toEqual({ vehicle: '2.94', vehicleOperation: '2.94', reception: '3.28' });
  });
  it('怀化 2024: the change opens the sentence after 「；」, the item is the one before: 三公 and 接待 0.71 减少 2.24 → 2.95', () => {
    const y = yearsOf(HUAIHUA.report);
    expect(stated(y)).toEqual({ total: '2.95', reception: '2.95' });
    expect(y.items.find((i) => i.key === 'total')!.stated!.delta).toEqual({ value: '-2.24', line: 1660 + HUAIHUA.offset });
  });
  it('a 上年决算数 the text prints is taken as printed and linked to its line (醴陵 line 471, edited to state 2.69)', () => {
    const from = '与上年相比减少0.07万元，降低2.6%';
    expect(LILING.seedText).toContain(from);
    const r = parseReport(LILING.seedText.replace(from, `上年决算数2.69万元，${from}`), 'edited.txt');
    const reception = yearsOf(r).items.find((i) => i.key === 'reception')!.stated!;
    expect([reception.prior.value, reception.prior.label, reception.prior.lines]).toEqual(['2.69', '所述上年数', [471]]);
    const sentence = summaryOf(r).find((x) => text(x).startsWith('公务接待费'))!;
    expect(text(sentence)).toMatch(/；据本报告文字说明，比上年减少 0\.07 万元（-2\.6%），上年为 2\.69 万元。$/);
  });
  it('北塔 2023 states rates only, of other figures: no previous year', () => {
    expect(stated(yearsOf(BEITA.report))).toEqual({});
  });
  it('a statement whose current figure is not the table\'s is not taken (the 2021 fixture keeps 2022\'s text, 车 4.00, beside a table of 3.00)', () => {
    expect(stated(yearsOf(chenzhou2021Report('8.00\t\t4.00\t\t4.00\t4.00\t7.50\t\t3.00\t\t3.00\t4.50')))).toEqual({});
  });
});

describe('portal and narrative together', () => {
  // 2021 fixture: 车 3.00, 接待 4.50, 合计 7.50. The 2022 narrative implies 2.94 and 3.28.
  const before = chenzhou2021('8.00\t\t4.00\t\t4.00\t4.00\t7.50\t\t3.00\t\t3.00\t4.50');
  const years = yearsOf(CHENZHOU.report, before);
  const finding = (key: string) => years.items.find((i) => i.key === key)!.finding;

  it('a 上年数 that differs from the previous report by more than rounding is a mismatch: 2.94 vs 3.00, 3.28 vs 4.50', () => {
    // Allowance: half a cent for each of 3.00, 4.00 and 1.06 = 0.015; 2.94 − 3.00 = −0.06, 3.28 − 4.50 = −1.22.
    expect([finding('vehicle')!.status, finding('vehicle')!.difference, finding('vehicle')!.tolerance]).toEqual(['mismatch', '-0.06', '0.015']);
    expect([finding('reception')!.status, finding('reception')!.difference]).toEqual(['mismatch', '-1.22']);
    expect(finding('reception')!.actual.lines).toEqual([606]);
    expect(finding('reception')!.code).toBe('MZ-A-PRIOR-YEAR');
    // The total's change is not stated: nothing to check.
    expect(finding('total')).toBeNull();
    expect(priorYearFindings(years).map((f) => f.rule.split('：')[0])).toEqual(['公务用车购置及运行维护费', '公务用车运行维护费', '公务接待费']);
  });
  it('agrees when the previous report prints what the narrative implies (车 2.94, 接待 3.28)', () => {
    const agreeing = chenzhou2021('8.00\t\t4.00\t\t4.00\t4.00\t6.22\t\t2.94\t\t2.94\t3.28');
    const y = yearsOf(CHENZHOU.report, agreeing);
    expect(priorYearFindings(y).map((f) => f.status)).toEqual(['holds', 'holds', 'holds']);
  });
  it('the 三公 table shows both: the previous report\'s 决算数 and change, then the narrative\'s 上年数', () => {
    const entry = { year: 2022, kind: '部门决算', report: CHENZHOU.report } as unknown as ReportEntry;
    const { columns, rows } = reportSangong(entry, years);
    expect(columns.map((c) => c.label)).toEqual(['项目', '预算数', '决算数', '执行率', '2021年度决算数', '增减额', '增减率', '上年决算数']);
    const row = (label: string) => rows.find((r) => r.cells[0].text === label)!.cells.slice(1).map((c) => c.text);
    // 6.22 − 7.50 = −1.28, ÷ 7.50 = −17.1%; 2.22 − 4.50 = −2.28, ÷ 4.50 = −50.7%.
    expect(row('合计')).toEqual(['9.00', '6.22', '69.1%', '7.50', '-1.28', '-17.1%', '—']);
    expect(row('公务接待费')).toEqual(['5.00', '2.22', '44.4%', '4.50', '-2.28', '-50.7%', '3.28']);
    expect(row('公务用车购置及运行维护费')).toEqual(['4.00', '4.00', '100.0%', '3.00', '+1.00', '+33.3%', '2.94']);
  });
  it('the summary says both, and that they disagree', () => {
    const sentences = summaryOf(CHENZHOU.report, before, [...CHENZHOU.report.findings, ...priorYearFindings(years)]).map(text);
    expect(sentences).toContain('“三公”经费决算 6.22 万元，预算 9.00 万元，为预算的 69.1%，比预算少 2.78 万元；上年（2021年度部门决算）为 7.50 万元，比上年减少 1.28 万元。');
    // 2.22 ÷ 6.22 = 35.7%; 2.22 ÷ 5.00 = 44.4%; 5.00 − 2.22 = 2.78.
    expect(sentences).toContain('公务接待费决算 2.22 万元，占“三公”经费决算的 35.7%，预算 5.00 万元，为预算的 44.4%，比预算少 2.78 万元；上年（2021年度部门决算）为 4.50 万元，比上年减少 2.28 万元；据本报告文字说明，比上年减少 1.06 万元（-32.32%），即上年约为 3.28 万元，与上年报告不一致（见数据核对）。');
  });
});

describe('the 概要 of each bundled 决算', () => {
  it('邵阳 2023: spending, 三公 against budget and against the year before as the report states it, shares; no 人均', () => {
    const s = summaryOf(SHAOYANG.report);
    expect(s.map(text)).toEqual([
      // expected.json: 本年支出合计 1073.60, 基本支出 639.17, 项目支出 434.43.
      '2023年度本年支出合计 1,073.60 万元，其中基本支出 639.17 万元、项目支出 434.43 万元。',
      // 8.21 ÷ 11.00 = 74.6%; 11.00 − 8.21 = 2.79; 8.21 − 4.78 = 3.43.
      '“三公”经费决算 8.21 万元，预算 11.00 万元，为预算的 74.6%，比预算少 2.79 万元；据本报告文字说明，比上年增加 4.78 万元（+139.52%），即上年约为 3.43 万元。',
      // 5.99 ÷ 8.21 = 73.0%; 5.99 ÷ 6.00 = 99.8%.
      '公务用车购置及运行维护费决算 5.99 万元，占“三公”经费决算的 73.0%，预算 6.00 万元，为预算的 99.8%，比预算少 0.01 万元。',
      // 2.22 ÷ 8.21 = 27.0%; 2.22 + 1.21 = 3.43.
      '公务接待费决算 2.22 万元，占“三公”经费决算的 27.0%，预算 5.00 万元，为预算的 44.4%，比预算少 2.78 万元；据本报告文字说明，比上年减少 1.21 万元（-35.31%），即上年约为 3.43 万元。',
      expect.stringMatching(/^数据核对共 \d+ 项：3 项不相符，/),
    ]);
    // The 三公 figures link to the 09表 row (line 389), the stated change and rate to line 463.
    expect(links(s[1])).toEqual([389, 389, 463, 463]);
  });
  it('醴陵 2022: no previous year for the total, 接待 as stated, 人均 over 实有人数 32', () => {
    const s = summaryOf(LILING.report).map(text);
    expect(s).toContain('本站未收录该单位2021年度的报告，本报告也没有说明“三公”经费合计与上年相比的增减，无法与上年比较。');
    expect(s).toContain('公务接待费决算 2.62 万元，占“三公”经费决算的 100.0%，预算 6.00 万元，为预算的 43.7%，比预算少 3.38 万元；据本报告文字说明，比上年减少 0.07 万元（-2.6%），即上年约为 2.69 万元。');
    // 593.27 万元 ÷ 32 = 185,396.875 元; 513.74 ÷ 32 = 160,543.75; 2.62 ÷ 32 = 818.75.
    expect(s).toContain('本报告所述实有人数 32 人，按此计算：人均基本支出 185,397 元（593.27 万元 ÷ 32）；人均人员经费 160,544 元（513.74 万元 ÷ 32）；人均“三公”经费决算 819 元（2.62 万元 ÷ 32）。');
    // 因公出国 and 车 are 0 budgeted and 0 spent: no sentence of their own.
    expect(s.some((t) => t.startsWith('因公出国') || t.startsWith('公务用车'))).toBe(false);
  });
  it('怀化 2024: 人均 over 实际在职人员 31, with its line', () => {
    const s = summaryOf(HUAIHUA.report);
    const perHead = s.find((x) => text(x).startsWith('本报告所述'))!;
    // 464.89 万元 ÷ 31 = 149,964.5 元; 418.1 ÷ 31 = 134,870.97; 0.71 ÷ 31 = 229.03.
    expect(text(perHead)).toBe('本报告所述实际在职人员 31 人，按此计算：人均基本支出 149,965 元（464.89 万元 ÷ 31）；人均人员经费 134,871 元（418.1 万元 ÷ 31）；人均“三公”经费决算 229 元（0.71 万元 ÷ 31）。');
    expect(links(perHead)[0]).toBe(1751 + HUAIHUA.offset);
    // 0.71 ÷ 5.60 = 12.7%; 5.60 − 0.71 = 4.89; 0.71 + 2.24 = 2.95.
    expect(s.map(text)).toContain('“三公”经费决算 0.71 万元，预算 5.60 万元，为预算的 12.7%，比预算少 4.89 万元；据本报告文字说明，比上年减少 2.24 万元（-75.93%），即上年约为 2.95 万元。');
    // 车: nothing spent, 2.60 budgeted: no share, the shortfall printed with the budget's decimals.
    expect(s.map(text)).toContain('公务用车购置及运行维护费决算 0.00 万元，预算 2.60 万元，为预算的 0.0%，比预算少 2.60 万元。');
  });
  it('北塔 2023 (a 绩效 report): no spending figures, no 人均, no comparison; 三公 zero against zero', () => {
    expect(summaryOf(BEITA.report).map(text)).toEqual([
      '“三公”经费决算 0 万元，预算 0 万元，与预算相同。',
      '本站未收录该单位2022年度的报告，本报告也没有说明“三公”经费合计与上年相比的增减，无法与上年比较。',
      '数据核对共 2 项：2 项不相符（见数据核对）。',
    ]);
  });
  it('counts the checks by status, those across reports included', () => {
    const f = (status: Finding['status']) => ({ ...SHAOYANG.report.findings[0], status });
    const s = reportSummary({ year: 2023, kind: '部门决算', report: SHAOYANG.report, staff: null, findings: [f('holds'), f('mismatch'), f('rounding'), f('mismatch')] });
    expect(text(s.at(-1)!)).toBe('数据核对共 4 项：2 项不相符，1 项舍入差异，1 项相符（见数据核对）。');
  });
});
