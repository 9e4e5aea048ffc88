// A site.yaml whose license.path is a script address: the data page shows the licence as text, never as a link,
// and datapackage.json leaves the path out (the warning itself: tests/core/licence-link.test.ts).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, ROOT, type BuildResult } from '../support/site.ts';

const content = join(ROOT, '.cache/test-content/licence-link');
const out = join(ROOT, '.cache/test-builds/licence-link');
const SITE_YAML = `name: portal
title: 开放数据
license:
  name: CC-BY-4.0
  path: javascript:alert(document.domain)
  title: 知识共享 署名 4.0
`;

describe('license.path that is not a web address', () => {
  let run: BuildResult;
  beforeAll(() => {
    rmSync(content, { recursive: true, force: true });
    cpSync(join(ROOT, 'tests/fixtures/markup'), content, { recursive: true });
    writeFileSync(join(content, 'site.yaml'), SITE_YAML);
    run = buildContent(content, out);
    expect(run.status, run.stderr).toBe(0);
  }, 180_000);

  it('the data page names the licence as text, with no link to the script', () => {
    const html = readFileSync(join(out, 'data/index.html'), 'utf8');
    expect(html).toContain('数据以知识共享 署名 4.0发布');
    expect(html).not.toMatch(/javascript:/i);
  });

  it('datapackage.json keeps the licence name without the path', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'data/datapackage.json'), 'utf8'));
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', title: '知识共享 署名 4.0' }]);
  });
});
