import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { abs, compare, decimals, inferUnit, isZero, minus, parseAmount, plus, scaled, sum, sumHolds, tolerance } from '../../src/model/money.ts';

describe('parseAmount', () => {
  it('reads figures as printed, exactly', () => {
    expect(parseAmount('1,070.62')).toBe('1070.62');
    expect(parseAmount('\u3000418.1')).toBe('418.1');
    expect(parseAmount('46.79\u3000')).toBe('46.79');
    expect(parseAmount('0.00')).toBe('0.00');
    expect(parseAmount('51,448.55')).toBe('51448.55');
    expect(parseAmount('-3.5')).toBe('-3.5');
  });
  it('rejects what is not a plain amount', () => {
    for (const t of ['', '93.94%', '—', '2022 年决算数', '1,07.62', '栏次']) expect(parseAmount(t)).toBeNull();
  });
  it('adds without binary floating-point error', () => {
    expect(sum(['0.1', '0.2'])).toBe('0.3');
    expect(sum(['342.75', '215.71', '488.59', '26.55'])).toBe('1073.6');
  });
  it('allows half a cent per rounded figure', () => {
    expect(tolerance(3)).toBe('0.015');
  });
  it('infers a missing unit only when one reading is plausible', () => {
    expect(inferUnit('56000', '5.60')).toBe('元');
    expect(inferUnit('130.83', '134.21')).toBe('万元');
    expect(inferUnit('3', '5000')).toBeNull();
  });
});

// The audit's arithmetic takes a BigInt path for plain figures (src/model/money.ts): it must agree with decimal
// arithmetic at a precision no figure can reach, for every kind of figure, odd ones and ones far beyond 2^53 when
// scaled (15 integer digits and 3 decimals) included.
describe('fast arithmetic against high-precision Decimal', () => {
  const Exact = Decimal.clone({ precision: 100 });
  const canonical = (d: Decimal) => (d.isZero() ? '0' : d.toFixed());
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const ODD = ['1e3', '0', '-0.00', '0.000000001', '007.50'];
  const amount = () => {
    if (random() < 0.06) return ODD[Math.floor(random() * ODD.length)];
    const places = Math.floor(random() * 4);
    const int = digits(random() < 0.1 ? 15 : 1 + Math.floor(random() * 8)).replace(/^0+(?=\d)/, '');
    return `${random() < 0.1 ? '-' : ''}${int}${places ? `.${digits(places)}` : ''}`;
  };
  it('sum, plus, minus, abs, isZero, compare and sumHolds on 20,000 random cases', () => {
    for (let k = 0; k < 20_000; k++) {
      const parts = Array.from({ length: Math.floor(random() * 6) }, amount);
      const total = random() < 0.5 ? amount() : sum(parts);
      const other = parts[0] ?? '0';
      expect(sum(parts)).toBe(canonical(parts.reduce((acc, v) => acc.plus(v), new Exact(0))));
      expect(plus(total, other)).toBe(canonical(new Exact(total).plus(other)));
      expect(minus(total, other)).toBe(canonical(new Exact(total).minus(other)));
      expect(abs(total)).toBe(canonical(new Exact(total).abs()));
      expect(isZero(total)).toBe(new Exact(total).isZero());
      expect(compare(total, other)).toBe(new Exact(total).comparedTo(other));
      const step = new Exact(10).pow(-Math.max(0, ...[total, ...parts].map(decimals)));
      const allowed = step.times(0.5).times(parts.length + 1);
      expect(sumHolds(scaled(total), parts.map(scaled))).toBe(new Exact(total).minus(parts.reduce((acc, v) => acc.plus(v), new Exact(0))).abs().lte(allowed));
    }
  });
});
