// Shares (「占 X%」) and year-on-year changes the 情况说明 states, checked against the figures they come from.
// Percentages below were worked out by hand from the figures the documents print.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { Finding, Report } from '../../src/model/schema.ts';
import { loadSeeds } from './seeds.ts';

const seeds = Object.fromEntries(loadSeeds().map((s) => [s.name.slice(0, 3), s]));

/** The finding of `code` stated on seed line `line` of `seed`. */
function at(report: Report, code: string, line: number): Finding[] {
  return report.findings.filter((f) => f.code === code && f.actual.lines.includes(line));
}

function edited(seed: string, from: string, to: string): Report {
  const text = seeds[seed].seedText;
  expect(text.includes(from), from).toBe(true);
  return parseReport(text.replace(from, to), 'edited.txt');
}

describe('shares 「占 X%」', () => {
  it('基本支出 639.17 of 支出合计 1073.60 is 59.54%, as stated (邵阳 2023 line 405)', () => {
    const f = at(seeds['000'].report, 'MZ-A-NARRATIVE-SHARE', 405).find((x) => x.actual.value === '59.54')!;
    expect([f.status, f.expected.value, f.expected.lines]).toEqual(['holds', '59.54', [405]]);
  });
  it('「占本年支出合计的 99.75%」 is taken against 01表 本年支出合计 1073.60 (line 127)', () => {
    const f = at(seeds['000'].report, 'MZ-A-NARRATIVE-SHARE', 415)[0];
    expect(f.status).toBe('holds');
    expect(f.expected.lines).toContain(127);
  });
  it('「占基本支出的 89.90%」 takes the 基本支出 970.13 the paragraph above states (郴州 2022 lines 590, 592)', () => {
    const f = at(seeds['002'].report, 'MZ-A-NARRATIVE-SHARE', 592)[0];
    expect([f.status, f.expected.lines]).toEqual(['holds', [592, 590]]);
  });
  it('公务接待费 2.22 of the 三公 total 8.21 is 27.04%; the stated 27.01% is within rounding of the printed figures', () => {
    const f = at(seeds['000'].report, 'MZ-A-NARRATIVE-SHARE', 479).find((x) => x.actual.value === '27.01')!;
    expect([f.status, f.expected.value]).toEqual(['rounding', '27.04']);
    expect(f.expected.lines).toContain(389);
  });
  it('99.99% for 51447.5 of 51448.55 (99.998%, cut rather than rounded) is a tail-digit difference (醴陵 2022 line 375)', () => {
    const f = at(seeds['001'].report, 'MZ-A-NARRATIVE-SHARE', 375).find((x) => x.actual.value === '99.99')!;
    expect(f.status).toBe('rounding');
  });
  it('a wrong share is a mismatch naming both lines', () => {
    const r = edited('000', '基本支出 639.17 万元，占 59.54%', '基本支出 639.17 万元，占 69.54%');
    const f = at(r, 'MZ-A-NARRATIVE-SHARE', 405).find((x) => x.actual.value === '69.54')!;
    expect([f.status, f.severity]).toEqual(['mismatch', 'warning']);
  });
  it('no seed has a share mismatch', () => {
    for (const s of Object.values(seeds)) expect(s.report.findings.filter((f) => f.code === 'MZ-A-NARRATIVE-SHARE' && f.status === 'mismatch')).toEqual([]);
  });
});

describe('year-on-year changes', () => {
  it('三公 8.21, 增加 4.78 万元, 增长 139.52%: the prior year was 3.43, 4.78/3.43 = 139.36%, within rounding (邵阳 2023 line 463)', () => {
    const f = at(seeds['000'].report, 'MZ-A-NARRATIVE-CHANGE', 463)[0];
    expect([f.status, f.expected.value, f.actual.value]).toEqual(['rounding', '139.36', '139.52']);
  });
  it('公务接待费 2.62, 减少 0.07 万元, 降低 2.6%: 0.07/2.69 = 2.6% (醴陵 2022 line 471)', () => {
    const f = at(seeds['001'].report, 'MZ-A-NARRATIVE-CHANGE', 471)[0];
    expect([f.status, f.actual.value]).toEqual(['holds', '-2.6']);
  });
  it('三公 0.71 after a 「；」, 减少 2.24 万元, 降低 75.93%: 2.24/2.95 (怀化 2024 line 1660)', () => {
    const s = seeds['003'];
    const f = at(s.report, 'MZ-A-NARRATIVE-CHANGE', 1660 + s.offset)[0];
    expect([f.status, f.actual.value]).toEqual(['holds', '-75.93']);
  });
  it('公务接待费 2.22, 「较上年降幅较大」 then 减少 1.06 万元, 下降 32.32%: the aside is passed, 1.06/3.28 = 32.32% (郴州 2022 line 606)', () => {
    const f = at(seeds['002'].report, 'MZ-A-NARRATIVE-CHANGE', 606)[0];
    expect([f.status, f.actual.value]).toEqual(['holds', '-32.32']);
  });
  it('a wrong growth rate is a mismatch', () => {
    const r = edited('001', '减少0.07万元，降低2.6%', '减少0.07万元，降低26%');
    expect(at(r, 'MZ-A-NARRATIVE-CHANGE', 471)[0].status).toBe('mismatch');
  });
  it('a stated prior-year figure checks the change: 78.49 now, 190.66 before, 减少 112.17 万元', () => {
    const from = '机关运行经费支出78.49万元，比上年决算数减少112.17万元';
    const good = edited('001', from, '机关运行经费支出78.49万元，上年决算数190.66万元，比上年决算数减少112.17万元');
    const bad = edited('001', from, '机关运行经费支出78.49万元，上年决算数180.66万元，比上年决算数减少112.17万元');
    const delta = (r: Report) => r.findings.find((f) => f.code === 'MZ-A-NARRATIVE-CHANGE' && /增减额应等于本年数减上年数/.test(f.rule))!;
    expect(delta(good).status).toBe('holds');
    expect(delta(bad).status).toBe('mismatch');
  });
  it('nothing is checked where the text gives too little: a rate alone, or growth from zero', () => {
    const s = seeds['004'];
    expect(at(s.report, 'MZ-A-NARRATIVE-CHANGE', 30 + s.offset)).toEqual([]);
    expect(at(seeds['000'].report, 'MZ-A-NARRATIVE-CHANGE', 475)).toEqual([]);
  });
  it('no seed has a change mismatch', () => {
    for (const s of Object.values(seeds)) expect(s.report.findings.filter((f) => f.code === 'MZ-A-NARRATIVE-CHANGE' && f.status === 'mismatch')).toEqual([]);
  });
});
