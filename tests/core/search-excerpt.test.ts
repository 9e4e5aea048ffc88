// The excerpt under a search result: the sentence that holds the term as typed, the term marked whole. Page text
// here is as Pagefind hands it back (block elements joined by 「. 」), taken from the seeds: 郴州市医疗保障局 2022
// (seeds/002_…: line 724 its glossary, line 606 its 公务接待费 narrative, and its 三公 table as the report page
// indexes it).
import { describe, expect, it } from 'vitest';
import { excerptIn, markedTerms, plainExcerpt, plainText, termRanges } from '../../src/browser/search-excerpt.ts';
import { namesBureau } from '../../src/browser/search-bureau.ts';
import { withFullNames } from '../../src/browser/search-figures.ts';

const GLOSSARY = '16. “三公”经费：指单位用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车购置支出（含车辆购置税、牌照费）以及按规定保留的公务用车燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）费用。';
const NARRATIVE = '公务接待费支出预算为 5.00 万元，支出决算为 2.22 万元，完成预算的 44.40%，决算数小于预算数的主要原因是本年度受疫情影响，同时坚持厉行节约，省市县工作对接较多采用线上联系，较上年降幅较大，与上年相比减少 1.06 万元，下降 32.32%，减少的主要原因是本年度受疫情影响，同时坚持厉行节约，省市县工作对接较多采用线上联系，较上年降幅较大。';
const PAGE = `郴州市医疗保障局 2022年度部门决算. 主要数字. 人员经费 872.14 万元；公用经费 97.99 万元. 三公经费. “三公”经费合计：预算数 9.00 万元，决算数 6.22 万元；公务接待费：预算数 5.00 万元，决算数 2.22 万元。 增长的主要原因是本年度基层调研任务较重，公车出行费用较上年有所增长。 ${NARRATIVE} ${GLOSSARY}`;

const marked = (e: { text: string; marks: [number, number][] } | null) => (e ? e.marks.map(([a, b]) => e.text.slice(a, b)) : null);

describe('plain text', () => {
  it('reads Pagefind’s joins after Chinese text as sentence ends, and drops them after punctuation', () => {
    expect(plainText('三公经费. “三公”经费合计')).toBe('三公经费。 “三公”经费合计');
    expect(plainText('原文第 496 行）。. 报表. ')).toBe('原文第 496 行）。 报表。 ');
    expect(plainText('9.00 万元')).toBe('9.00 万元');
  });
});

describe('terms marked whole', () => {
  it('marks 接待费 where it stands as a word, not 「接待）费」 nor the 费 of 费用', () => {
    expect(termRanges(GLOSSARY, ['接待费']).map(([a, b]) => GLOSSARY.slice(a, b))).toEqual(['接待费', '接待费']);
    const fees = termRanges(GLOSSARY, ['费']);
    expect(fees.length).toBeGreaterThan(0);
    expect(fees.every(([, b]) => GLOSSARY[b] !== '用')).toBe(true);
  });

  it('finds “三公”经费 for 三公经费 and brackets in either width', () => {
    expect(termRanges(GLOSSARY, ['三公经费']).map(([a, b]) => GLOSSARY.slice(a, b))).toEqual(['三公”经费']);
    expect(termRanges(GLOSSARY, ['因公出国(境)费'])).toHaveLength(2);
  });

  it('does not find a short name inside another word', () => {
    // A made-up phrase: 公车 would be a match inside 办公车辆 by characters alone.
    expect(termRanges('单位办公车辆的维修', ['公车'])).toEqual([]);
    expect(termRanges('公车出行费用较上年有所增长', ['公车'])).toEqual([[0, 2]]);
  });

  it('marks the word as typed and the full name it was searched as, those the page has', () => {
    expect(markedTerms(['公车'], withFullNames, PAGE)).toEqual(['公车', '公务用车']);
    expect(markedTerms(['接待费'], withFullNames, PAGE)).toEqual(['接待费', '公务接待费']);
    // Where both stand, the word as typed is what is marked.
    expect(termRanges('公务接待费：预算数 5.00 万元', ['接待费', '公务接待费'])).toEqual([[2, 5]]);
    expect(markedTerms(['出国'], withFullNames, '公务出国（境）的国际旅费')).toEqual(['出国']);
    expect(markedTerms(['行政运行'], withFullNames, PAGE)).toEqual([]);
  });
});

describe('excerpts', () => {
  it('shows the labelled figure of the 三公 table, not the cells', () => {
    const e = excerptIn(PAGE, '三公经费. “三公”经费合计：预算数 9.00 万元，决算数 6.22 万元；<mark>公务</mark><mark>接待</mark><mark>费</mark>：预算数 5.00', ['公务接待费'], '三公经费');
    expect(e?.text).toBe('公务接待费：预算数 5.00 万元，决算数 2.22 万元。');
    expect(marked(e)).toEqual(['公务接待费']);
  });

  it('skips a sentence that is only the part’s heading', () => {
    const e = excerptIn(PAGE, '三公经费. “三公”经费合计：预算数 9.00 万元', ['三公经费'], '三公经费');
    expect(e?.text).toBe('“三公”经费合计：预算数 9.00 万元，决算数 6.22 万元；');
  });

  it('shows a whole sentence, and cuts a long one around the term, with ellipses', () => {
    const e = excerptIn(PAGE, '<mark>公务</mark><mark>接待</mark><mark>费</mark>反映单位按规定开支的各类', ['公务接待费']);
    expect(e?.text).toBe('公务接待费反映单位按规定开支的各类公务接待（含外宾接待）费用。');
    const long = excerptIn(PAGE, '较上年降幅较大，与<mark>上年</mark><mark>相比</mark>减少 1.06 万元', ['上年相比']);
    expect(NARRATIVE.length).toBeGreaterThan(100);
    expect(long!.text).toMatch(/^….*与上年相比减少 1\.06 万元，.*…$/);
    expect(long!.text.length).toBeLessThanOrEqual(102);
    expect(marked(long)).toEqual(['上年相比']);
  });

  it('has none for a part without the term, and falls back to the sentence Pagefind pointed at, unmarked', () => {
    expect(excerptIn(PAGE, '人员经费 872.14 万元；公用经费', ['公务接待费'])).toBeNull();
    expect(plainExcerpt(PAGE, '较重，<mark>公</mark>车出行')).toEqual({ text: '增长的主要原因是本年度基层调研任务较重，公车出行费用较上年有所增长。', marks: [] });
  });
});

describe('a query naming a bureau', () => {
  const names = '邵阳市医疗保障局、邵阳医保、邵阳市医保局';
  it('is its full name or a short name, typed with spaces or in full width', () => {
    expect(namesBureau('邵阳医保', names)).toBe(true);
    expect(namesBureau(' 邵阳市医疗保障局 ', names)).toBe(true);
    expect(namesBureau('“邵阳市医保局”', names)).toBe(true);
    expect(namesBureau('邵阳', names)).toBe(false);
    expect(namesBureau('医保', names)).toBe(false);
  });
});
