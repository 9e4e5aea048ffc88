import { describe, expect, it } from 'vitest';
import { inferUnit, parseAmount, sum, tolerance } from '../../src/core/money.ts';

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
