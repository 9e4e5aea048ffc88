// The search page's 三公 item names and the figures carried with each result (the browser suite shows them on the
// page: tests/browser/search-figures.test.ts).
import { describe, expect, it } from 'vitest';
import { itemAsked, withFullNames } from '../../src/browser/search-figures.ts';
import { decodeFigures, decodeHeadline, encodeFigures, encodeHeadline } from '../../src/search/figure-meta.ts';

describe('the 三公 item a query names', () => {
  it.each([
    ['公务接待费', 'reception'], ['接待费', 'reception'], ['公务接待', 'reception'],
    ['公车', 'vehicle'], ['公务用车购置及运行维护费', 'vehicle'], ['公务用车购置费', 'vehiclePurchase'], ['公务用车运行维护费', 'vehicleOperation'],
    ['出国', 'outbound'], ['因公出国（境）费', 'outbound'], ['三公经费', 'total'], ['“三公”经费 邵阳', 'total'],
    ['人员经费', 'personnel'], ['公用经费 郴州', 'publicFunds'], ['基本支出', 'basicExpenditure'], ['项目支出', 'projectExpenditure'],
    ['本年支出合计', 'expenditureTotal'], ['本年收入', 'incomeTotal'], ['收支总计', 'grandTotal'],
  ])('%s → %s', (query, key) => expect(itemAsked(query)?.key).toBe(key));

  it('none for other words', () => {
    for (const q of ['行政运行', '邵阳医保', '8.21', '机关运行经费']) expect(itemAsked(q)).toBeNull();
  });

  it('short names are searched as the reports write them', () => {
    expect(withFullNames('公车')).toBe('公务用车');
    expect(withFullNames('接待费 邵阳')).toBe('公务接待费 邵阳');
    expect(withFullNames('公务接待费')).toBe('公务接待费');
    expect(withFullNames('出国')).toBe('因公出国');
    expect(withFullNames('因公出国(境)费')).toBe('因公出国(境)费');
  });
});

describe('figures carried with a result', () => {
  it('survive the round trip, figures not stated left out or null', () => {
    const meta = { unit: '万元', items: { total: { budget: '9.00', actual: '6.22' }, vehiclePurchase: { budget: '0', actual: null }, outbound: { budget: null, actual: null } } };
    const text = encodeFigures(meta);
    expect(text).toBe('万元;total=9.00/6.22;vehiclePurchase=0/');
    expect(text).not.toContain(',');
    expect(decodeFigures(text)).toEqual({ unit: '万元', items: { total: { budget: '9.00', actual: '6.22' }, vehiclePurchase: { budget: '0', actual: null } } });
    const headline = encodeHeadline({ unit: '元', figures: { personnel: '88537451', basicExpenditure: '99706020' } });
    expect(headline).toBe('元;basicExpenditure=99706020;personnel=88537451');
    expect(decodeHeadline(headline)).toEqual({ unit: '元', figures: { personnel: '88537451', basicExpenditure: '99706020' } });
  });
});
