// Every figure read by hand from the seed documents (../shared/seeds/expected.json) against the parser's output.
import { describe, expect, it } from 'vitest';
import { abs, compare } from '../../src/model/money.ts';
import { expect01, expect05Totals, expectMustFind, expectSangong, expectSummary, expectTables } from './figures.ts';
import { loadSeeds } from './seeds.ts';

const seeds = loadSeeds();

describe.each(seeds)('$name', ({ report, expected, offset }) => {
  it('identity', () => {
    expect(report.bureau).toBe(expected.bureau);
    expect(report.year).toBe(expected.year);
    expect(report.kind).toBe(expected.kind);
    expect(report.unit).toBe(expected.unit);
  });

  it('summary figures', () => expectSummary(report, expected));

  it('三公经费 budget and actual', () => {
    expectSangong(report, expected);
    expect(report.sangong.source).not.toBeNull();
    expect(report.sangong.unit).toBe('万元');
  });

  it('05表 totals', () => {
    if (expected.table05Total === null) return expect(report.tables.find((t) => t.kind === 't05')).toBeUndefined();
    expect05Totals(report, expected);
  });

  it('01表 income items, expenditure classes and balances', () => {
    if (expected.table01) expect01(report, expected);
  });

  it('all nine 公开表 recognised where the document has them', () => {
    if (expected.tableLines === null) return expect(report.tables.map((t) => t.kind).filter((k) => /^t0\d$/.test(k))).toEqual([]);
    expectTables(report, expected, offset);
  });

  it('finds every real discrepancy, naming its lines', () => expectMustFind(report, expected, offset));
});

describe('rounding differences are classified as rounding, not mismatch', () => {
  const bySeed = Object.fromEntries(seeds.map((s) => [s.name, s]));
  it('邵阳 2023: 06 人员+公用 636.47 against 05 基本支出 636.46', () => {
    const f = bySeed['000_7e0f8e9b3d32ee90.txt'].report.findings.find((x) => x.code === 'MZ-A-T06-T05')!;
    expect(f.status).toBe('rounding');
  });
  it('醴陵 2022: 01 卫生健康支出 51262.28 against the class rows (尾数) is no mismatch of the 01 sums', () => {
    const mism = bySeed['001_d622078dd2835456.txt'].report.findings.filter((x) => x.status === 'mismatch' && x.code.startsWith('MZ-A-T01'));
    expect(mism).toEqual([]);
  });
  it('no seed has a mismatch inside a single table that is only a rounding difference', () => {
    for (const s of seeds) {
      for (const f of s.report.findings.filter((x) => x.status === 'mismatch' && x.difference !== null && /HIERARCHY|ROW-SUM|T03-SPLIT|T06-T05/.test(x.code))) {
        expect(compare(abs(f.difference!), '0.05') > 0, `${s.name} ${f.message}`).toBe(true);
      }
    }
  });
});
