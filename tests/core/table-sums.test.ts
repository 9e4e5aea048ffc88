// Totals a reader assumes were checked: 04's 本年支出合计 in every column, 06's 类 against their 款, and 06's
// 人员经费合计 / 公用经费合计 against their 类. The sums below were added up by hand from the seed text.
import { describe, expect, it } from 'vitest';
import { equal } from '../../src/model/money.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { Finding, Report } from '../../src/model/schema.ts';
import { loadSeeds } from './seeds.ts';

const seeds = Object.fromEntries(loadSeeds().map((s) => [s.name.slice(0, 3), s]));

/** The seed with `from` replaced by `to` on line `line` (the line must print `from`). */
function edited(seed: string, line: number, from: string, to: string): Report {
  const lines = seeds[seed].seedText.split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1].replace(from, to);
  return parseReport(lines.join('\n'), 'edited.txt');
}

const of = (report: Report, code: string) => report.findings.filter((f) => f.code === code);
const named = (report: Report, code: string, words: string) => of(report, code).filter((f) => f.rule.includes(words));

/** status, then the parts' sum and the total as printed. */
function expectCheck(f: Finding | undefined, status: string, parts: string | null, total: string): void {
  expect(f, `${status} ${total}`).toBeDefined();
  expect(f!.status, f!.message).toBe(status);
  if (parts === null) expect(f!.expected.value).toBeNull();
  else expect(equal(f!.expected.value!, parts), `${f!.expected.value} vs ${parts}`).toBe(true);
  expect(equal(f!.actual.value!, total)).toBe(true);
}

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

describe('04: 本年支出合计 in each column against the expenditure classes', () => {
  // 一般公共预算, 政府性基金, 国有资本经营: the classes' figures in that column, added up; then the 合计 row.
  const seedSums: Record<string, [string, string, string, number]> = {
    '000': ['1070.89', '0', '0', 252], // 340.04 + 215.71 + 488.59 + 26.55
    '001': ['51318.21', '129.29', '0', 230], // 32.56 + 51261.23 + 24.42; 其他支出 129.29
    '002': ['1467.16', '0', '0', 327], // 76.21 + 1358.08 + 32.87
    '003': ['616.91', '0', '0', 843], // 290.19 + 326.17 + 0.55
  };
  it.each(Object.entries(seedSums))('seed %s: every column adds up', (seed, [general, fund, state, line]) => {
    const report = seeds[seed].report;
    expect(of(report, 'MZ-A-T04-COLUMN-SUM')).toHaveLength(3);
    [general, fund, state].forEach((sum, i) => {
      const f = named(report, 'MZ-A-T04-COLUMN-SUM', `“${FUNDS[i]}”栏`)[0];
      expectCheck(f, 'holds', sum, sum);
      // The 合计 row's cell (003 prints one cell per line).
      expect(f.actual.lines[0] - seeds[seed].offset - line).toBeGreaterThanOrEqual(0);
      expect(f.actual.lines[0] - seeds[seed].offset - line).toBeLessThan(10);
    });
  });

  it('63.00 added to the 政府性基金 column of 本年支出合计 is a mismatch of that column (邵阳 2023 line 252)', () => {
    const report = edited('000', 252, '1,070.89\t0\t0', '1,070.89\t63.00\t0');
    expectCheck(named(report, 'MZ-A-T04-COLUMN-SUM', FUNDS[1])[0], 'mismatch', '0', '63.00');
    expect(named(report, 'MZ-A-T04-COLUMN-SUM', FUNDS[1])[0].actual.lines).toEqual([252]);
    // The 合计 column is unchanged and still adds up: that check alone did not see it.
    expect(of(report, 'MZ-A-T04-SUM').map((f) => f.status)).toEqual(['holds', 'holds']);
  });

  it('63.00 added to the 一般公共预算 column is a mismatch of that column', () => {
    const report = edited('000', 252, '1,070.89\t1,070.89', '1,070.89\t1,133.89');
    expectCheck(named(report, 'MZ-A-T04-COLUMN-SUM', FUNDS[0])[0], 'mismatch', '1070.89', '1133.89');
  });
});

describe('06: each 类 against its 款', () => {
  // Per 类: status, Σ 款 (added up from the seed), the 类 as printed.
  const classes: Record<string, Record<string, [string, string | null, string]>> = {
    '000': { 301: ['rounding', '378.70', '378.71'], 302: ['rounding', '234.00', '234.01'], 303: ['holds', '1.76', '1.76'], 307: ['holds', '0', '0'], 310: ['holds', '21.99', '21.99'], 399: ['holds', '0', '0'] },
    '001': { 301: ['holds', '507.14', '507.14'], 302: ['rounding', '78.48', '78.49'], 303: ['holds', '6.60', '6.60'], 307: ['holds', '0', '0'], 310: ['holds', '0', '0'], 399: ['holds', '0', '0'] },
    // 30311, 30399, 30239 and 30299 continue on the table's second page.
    '002': { 301: ['rounding', '867.76', '867.74'], 302: ['rounding', '97.98', '97.99'], 303: ['holds', '4.40', '4.40'], 307: ['holds', '0', '0'], 310: ['holds', '0', '0'], 399: ['holds', '0', '0'] },
    // One row is not placed (line 1309, the lone 0.00 of 39909): it lies among 303's, 302's and 399's 款.
    '003': { 301: ['rounding', '401.16', '401.15'], 302: ['insufficient', null, '46.79'], 303: ['insufficient', null, '16.95'], 307: ['holds', '0', '0'], 310: ['holds', '0', '0'], 399: ['insufficient', null, '0'] },
  };
  it.each(Object.entries(classes))('seed %s: every 类 checked', (seed, expected) => {
    const report = seeds[seed].report;
    expect(of(report, 'MZ-A-T06-CLASS')).toHaveLength(6);
    for (const [code, [status, parts, total]] of Object.entries(expected)) expectCheck(named(report, 'MZ-A-T06-CLASS', `：${code} `)[0], status, parts, total);
  });

  it('63.00 added to 30101 基本工资 is a mismatch of 301 (邵阳 2023 line 311)', () => {
    const f = named(edited('000', 311, '103.11', '166.11'), 'MZ-A-T06-CLASS', '301 ')[0];
    expectCheck(f, 'mismatch', '441.70', '378.71');
    expect(f.expected.lines).toContain(311);
  });

  it('63.00 added to 30239 on the table’s second page is a mismatch of 302 (郴州 2022)', () => {
    expectCheck(named(edited('002', 439, '33.44', '96.44'), 'MZ-A-T06-CLASS', '302 ')[0], 'mismatch', '160.98', '97.99');
  });

  it('a 款 printed in another column group still counts for its 类 (found by code)', () => {
    const report = edited('000', 332, '39907\t国家赔偿费用支出\t0', '30312\t其他补助\t63.00');
    expectCheck(named(report, 'MZ-A-T06-CLASS', '303 ')[0], 'mismatch', '64.76', '1.76');
  });

  it('63.00 added to 31002 in the third column group is a mismatch of 310', () => {
    expectCheck(named(edited('000', 315, '13.08', '76.08'), 'MZ-A-T06-CLASS', '310 ')[0], 'mismatch', '84.99', '21.99');
  });
});

describe('06: 人员经费合计 and 公用经费合计 against the 类 under their header', () => {
  // 人员经费 = 301 + 303, 公用经费 = 302 + 307 + 310 + 399, as the seeds print them.
  const totals: Record<string, [string, string]> = {
    '000': ['380.47', '256.00'], // 378.71 + 1.76; 234.01 + 0 + 21.99 + 0
    '001': ['513.74', '78.49'], // 507.14 + 6.60; 78.49
    '002': ['872.14', '97.99'], // 867.74 + 4.40; 97.99
    '003': ['418.10', '46.79'], // 401.15 + 16.95; 46.79
  };
  it.each(Object.entries(totals))('seed %s: both totals hold', (seed, [personnel, publicFunds]) => {
    const report = seeds[seed].report;
    expect(of(report, 'MZ-A-T06-GROUP-TOTAL')).toHaveLength(2);
    expectCheck(named(report, 'MZ-A-T06-GROUP-TOTAL', '人员经费合计应等于301、303')[0], 'holds', personnel, personnel);
    expectCheck(named(report, 'MZ-A-T06-GROUP-TOTAL', '公用经费合计应等于302、307、310、399')[0], 'holds', publicFunds, publicFunds);
  });

  it('63.00 added to 人员经费合计 is a mismatch (邵阳 2023 line 339)', () => {
    expectCheck(named(edited('000', 339, '380.47', '443.47'), 'MZ-A-T06-GROUP-TOTAL', '人员经费')[0], 'mismatch', '380.47', '443.47');
  });

  it('63.00 added to the 类 303 is a mismatch of 303 against its 款 and of 人员经费合计', () => {
    const report = edited('000', 324, '1.76', '64.76');
    expectCheck(named(report, 'MZ-A-T06-CLASS', '303 ')[0], 'mismatch', '1.76', '64.76');
    expectCheck(named(report, 'MZ-A-T06-GROUP-TOTAL', '人员经费')[0], 'mismatch', '443.47', '380.47');
  });

  it('a 款 under 人员经费 whose 类 is not printed there: 人员经费合计 is not checked against the 类', () => {
    const report = edited('000', 326, '30302\t退休费', '30402\t退休费');
    expect(named(report, 'MZ-A-T06-GROUP-TOTAL', '人员经费')).toEqual([]);
    expect(named(report, 'MZ-A-T06-GROUP-TOTAL', '公用经费')[0].status).toBe('holds');
  });

  it('a 类 row that cannot be placed leaves the sums it may belong to unchecked, never a mismatch', () => {
    // 303's row without the tab between its name and figure: the parser cannot place it.
    const report = edited('000', 324, '对个人和家庭的补助\t1.76', '对个人和家庭的补助 1.76');
    expect(report.tables.find((t) => t.kind === 't06')!.omitted).toEqual([324]);
    const checks = [...of(report, 'MZ-A-T06-CLASS'), ...of(report, 'MZ-A-T06-GROUP-TOTAL')];
    expect(checks.filter((f) => f.status === 'mismatch')).toEqual([]);
    expect(named(report, 'MZ-A-T06-CLASS', '301 ')[0].status).toBe('insufficient');
    expect(named(report, 'MZ-A-T06-CLASS', '307 ')[0].status).toBe('holds');
  });
});
