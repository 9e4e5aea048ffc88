// 分地区构建 (src/load/build-scope.ts): which bureaus a build publishes, from MZ_REGION and site.yaml's regions, and
// how site.yaml's regions are read. The builds themselves are tests/browser/regions.test.ts.
import { describe, expect, it } from 'vitest';
import { inScope, isNational, scopeProblems, WHOLE_FOLDER } from '../../src/load/build-scope.ts';
import type { Bureau } from '../../src/load/registry.ts';
import { readSiteConfig } from '../../src/load/site-config.ts';

const bureau = (id: string, region: string): Bureau => ({ id, name: id, shortNames: [], region, level: '县级' });
const LILING = bureau('liling-ybj', '湖南省株洲市醴陵市');
const CHENZHOU = bureau('chenzhou-ybj', '湖南省郴州市');
const SHAOYANG = bureau('shaoyang-ybj', '湖南省邵阳市');
const regions = [{ name: '湖南省郴州市', url: '/chenzhou/' }, { name: '湖南省株洲市', url: '/zhuzhou/' }];
const FILES = { registry: 'content/bureaus.yaml', site: 'content/site.yaml' };

describe('a build publishes', () => {
  it('with MZ_REGION, the bureaus in that region, a county within its city included', () => {
    const scope = { region: '湖南省株洲市', regions };
    expect([LILING, CHENZHOU, SHAOYANG].filter((b) => inScope(b, scope))).toEqual([LILING]);
    expect(isNational(scope)).toBe(false);
  });

  it('as the national portal, the bureaus of no listed region', () => {
    const scope = { region: null, regions };
    expect([LILING, CHENZHOU, SHAOYANG].filter((b) => inScope(b, scope))).toEqual([SHAOYANG]);
    expect(isNational(scope)).toBe(true);
  });

  it('without regions or MZ_REGION, every bureau', () => {
    expect([LILING, CHENZHOU, SHAOYANG].every((b) => inScope(b, WHOLE_FOLDER))).toBe(true);
    expect(isNational(WHOLE_FOLDER)).toBe(false);
  });
});

describe('MZ_REGION mistakes', () => {
  it('a region no bureau is in is an error at bureaus.yaml', () => {
    const [problem, ...more] = scopeProblems({ region: '湖南省长沙市', regions }, [LILING, CHENZHOU], FILES);
    expect(more).toEqual([{ file: FILES.site, diagnostic: expect.objectContaining({ code: 'MZ-REGION-UNLISTED', severity: 'warning' }) }]);
    expect(problem).toMatchObject({ file: FILES.registry, diagnostic: { code: 'MZ-REGION-EMPTY', severity: 'error', line: 1 } });
    expect(problem.diagnostic.message).toContain('湖南省长沙市');
  });

  it('a region site.yaml lists, with bureaus, is no problem; one it does not list is a warning', () => {
    expect(scopeProblems({ region: '湖南省郴州市', regions }, [CHENZHOU], FILES)).toEqual([]);
    expect(scopeProblems({ region: '湖南省郴州市', regions: [] }, [CHENZHOU], FILES)).toEqual([]);
    expect(scopeProblems({ region: '湖南省', regions }, [CHENZHOU], FILES).map((p) => p.diagnostic.code)).toEqual(['MZ-REGION-UNLISTED']);
  });
});

describe('site.yaml regions', () => {
  const site = (lines: string) => readSiteConfig(`name: portal\ntitle: 开放数据\nregions:\n${lines}`);

  it('reads each region’s name and address, ending the address in "/"', () => {
    const { config, diagnostics } = site('  - name: 湖南省郴州市\n    url: /hunan/chenzhou\n  - name: 湖南省株洲市\n    url: https://zhuzhou.example.cn/\n');
    expect(diagnostics).toEqual([]);
    expect(config.regions).toEqual([{ name: '湖南省郴州市', url: '/hunan/chenzhou/' }, { name: '湖南省株洲市', url: 'https://zhuzhou.example.cn/' }]);
  });

  for (const url of ['chenzhou/', '//evil.example/', 'javascript:alert(1)']) {
    it(`an address "${url}" is an error at its line`, () => {
      const { config, diagnostics } = site(`  - name: 湖南省郴州市\n    url: ${url}\n`);
      expect(config.regions).toEqual([]);
      expect(diagnostics).toEqual([expect.objectContaining({ code: 'MZ-SITE-CONFIG', severity: 'error', line: 5 })]);
      expect(diagnostics[0].message).toContain('regions 是分地区构建的各地区门户');
    });
  }
});
