// Every figure read by hand from the seed documents (../shared/seeds/expected.json) against the parser's output.
import { describe, expect, it } from 'vitest';
import { abs, compare, equal } from '../../src/core/money.ts';
import { loadSeeds } from './seeds.ts';

const seeds = loadSeeds();
const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : equal(a, b));

describe.each(seeds)('$name', ({ report, expected, offset }) => {
  it('identity', () => {
    expect(report.bureau).toBe(expected.bureau);
    expect(report.year).toBe(expected.year);
    expect(report.kind).toBe(expected.kind);
    expect(report.unit).toBe(expected.unit);
  });

  it('summary figures', () => {
    for (const [key, value] of Object.entries(expected.summary ?? {})) {
      expect(same((report.summary as any)[key], value as string), `${key}: ${(report.summary as any)[key]} vs ${value}`).toBe(true);
    }
  });

  it('三公经费 budget and actual', () => {
    for (const side of ['budget', 'actual'] as const) {
      for (const [key, value] of Object.entries(expected.sangong[side])) {
        expect(same((report.sangong[side] as any)[key], value as string), `${side}.${key}: ${(report.sangong[side] as any)[key]} vs ${value}`).toBe(true);
      }
    }
    expect(report.sangong.source).not.toBeNull();
  });

  it('05表 totals', () => {
    const t05 = report.tables.find((t) => t.kind === 't05');
    if (expected.table05Total === null) return expect(t05).toBeUndefined();
    const total = t05!.rows.find((r) => r.role === 'total')!;
    const at = (key: string) => total.cells[t05!.columns.findIndex((c) => c.key === key)].amount;
    expect(same(at('total'), expected.table05Total.total)).toBe(true);
    expect(same(at('basic'), expected.table05Total.basic)).toBe(true);
    expect(same(at('project'), expected.table05Total.project)).toBe(true);
  });

  it('01表 income items, expenditure classes and balances', () => {
    if (!expected.table01) return;
    const t01 = report.tables.find((t) => t.kind === 't01')!;
    const col = (key: string) => t01.columns.findIndex((c) => c.key === key);
    const find = (side: 'in' | 'out', name: RegExp) => {
      const row = t01.rows.find((r) => name.test(r.cells[col(`${side}.name`)].text.replace(/\s/g, '')));
      return row?.cells[col(`${side}.amount`)].amount ?? null;
    };
    for (const [name, value] of Object.entries(expected.table01.incomeItems)) expect(same(find('in', new RegExp(`[、]${name}$`)), value as string), name).toBe(true);
    for (const [name, value] of Object.entries(expected.table01.expenditureClasses)) expect(same(find('out', new RegExp(`[、]${name}$`)), value as string), name).toBe(true);
    expect(same(find('in', /^年初结转和结余$/), expected.table01.openingBalance)).toBe(true);
    expect(same(find('out', /^年末结转和结余$/), expected.table01.closingBalance)).toBe(true);
  });

  it('all nine 公开表 recognised where the document has them', () => {
    const kinds = report.tables.map((t) => t.kind);
    if (expected.tableLines === null) return expect(kinds.filter((k) => /^t0\d$/.test(k))).toEqual([]);
    for (const k of ['t01', 't02', 't03', 't04', 't05', 't06', 't07', 't08', 't09']) expect(kinds).toContain(k);
    for (const [key, text] of Object.entries(expected.tableLines as Record<string, string>)) {
      const start = Number(/^(\d+)/.exec(text)![1]) + offset;
      const table = report.tables.find((t) => t.kind === key);
      expect(table!.lines[0][0] <= start && start <= table!.lines.at(-1)![1], `${key} covers line ${start}`).toBe(true);
      if (/empty, declared/.test(text)) expect(table!.declaredEmpty, `${key} declared empty`).not.toBeNull();
    }
  });

  it('finds every real discrepancy, naming its lines', () => {
    const mismatches = report.findings.filter((f) => f.status === 'mismatch');
    for (const must of expected.mustFind) {
      const hit = mismatches.find((f) => must.lines.every((l: number) => [...f.expected.lines, ...f.actual.lines].includes(l + offset)));
      expect(hit, must.what).toBeDefined();
    }
  });
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
