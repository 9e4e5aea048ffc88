// content/site.yaml's license.path is linked from the data page and written into datapackage.json: only a web
// address is, as for a report's source_url. Anything else ("javascript:", "data:", a file path) is dropped with a
// warning naming its line and column.
import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/publish/export/datapackage.ts';
import { readSiteConfig } from '../../src/load/site-config.ts';

const yaml = (path: string, name = '  name: CC-BY-4.0\n') => `name: portal\ntitle: 开放数据\nlicense:\n${name}  path: ${path}\n  title: 许可协议\n`;

describe('license.path', () => {
  it('an https address is kept, without a warning', () => {
    const text = yaml('https://creativecommons.org/licenses/by/4.0/');
    const { config, diagnostics } = readSiteConfig(text);
    expect(config.license).toEqual({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: '许可协议' });
    expect(diagnostics).toEqual([]);
  });

  for (const path of ['javascript:alert(document.domain)', '" JavaScript:alert(1)"', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', '//evil.example/x', 'LICENSE.txt']) {
    it(`${path}: dropped, with a warning at line 5, column 9`, () => {
      const text = yaml(path);
      const { config: site, diagnostics } = readSiteConfig(text);
      expect(site.license?.path).toBeUndefined();
      expect(site.license?.name).toBe('CC-BY-4.0');
      const [warning, ...more] = diagnostics;
      expect(more).toEqual([]);
      expect(warning).toMatchObject({ code: 'MZ-SITE-LICENSE-PATH', severity: 'warning', line: 5, column: 9 });
      expect(warning.message).toContain('不会显示为链接');
      expect(JSON.stringify(dataPackage({ name: 'p', title: 't', resources: [] }, site))).not.toMatch(/script:|data:|evil|LICENSE\.txt/i);
    });
  }

  it('a licence left with neither name nor a web address is not written into datapackage.json', () => {
    const site = readSiteConfig(yaml('javascript:alert(1)', '')).config;
    expect(site.license).toEqual({ title: '许可协议', path: undefined });
    expect(dataPackage({ name: 'p', title: 't', resources: [] }, site)).not.toHaveProperty('licenses');
  });
});
