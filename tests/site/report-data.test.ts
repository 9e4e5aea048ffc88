// The data step (src/site/report-data/): each report's data files are written beside Astro's render, once per
// changed report, and linked into the site. Three builds of one content folder: cold, unchanged, and with one
// report changed and one removed.
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent, ROOT, type BuildResult } from '../support/site.ts';

const WORK = join(ROOT, '.cache/test-report-data');
const CONTENT = join(WORK, 'content');
const OUT = join(WORK, 'dist');
const REPORTS = ['chenzhou-ybj/2022/部门决算.txt', 'liling-ybj/2022/部门决算.txt', 'shaoyang-ybj/2023/部门决算.txt', 'js-jcy/2019/部门预算.pdf'];
const data = (path: string) => join(OUT, 'data/reports', path);
const CHENZHOU = data('chenzhou-ybj/2022/bumen-juesuan');
const LILING = data('liling-ybj/2022/bumen-juesuan');
const SHAOYANG = data('shaoyang-ybj/2023/bumen-juesuan');
const JCY = data('js-jcy/2019/bumen-yusuan');

// Read by hand from the seed (../shared/seeds/README.md: 002 is 郴州市医疗保障局 2022), its 三公 table at line 496.
const expected = JSON.parse(readFileSync(join(ROOT, '../shared/seeds/expected.json'), 'utf8')).reports['002_d741ed2ca5e3f399.txt'];

function build(): BuildResult {
  const run = buildContent(CONTENT, OUT);
  expect(run.status, run.stderr).toBe(0);
  return run;
}
const regenerated = (run: BuildResult) => /数据文件：(\d+) 份报告，其中 (\d+) 份重新生成/.exec(run.stdout)?.slice(1).map(Number);
const inode = (file: string) => statSync(file).ino;
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const existsIn = (dir: string, name: string) => readdirSync(dir).includes(name);

let cold: BuildResult;
let coldInode: number;
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  for (const name of ['bureaus.yaml', 'site.yaml']) cpSync(join(ROOT, 'content', name), join(CONTENT, name));
  for (const r of REPORTS) {
    mkdirSync(join(CONTENT, 'reports', r, '..'), { recursive: true });
    cpSync(join(ROOT, 'content/reports', r), join(CONTENT, 'reports', r));
  }
  cold = build();
  coldInode = inode(join(CHENZHOU, 'report.json'));
}, 240_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('a cold build', () => {
  it('writes every report’s files', () => {
    expect(regenerated(cold)).toEqual([4, 4]);
  });

  it('gives a report its JSON, its checks, a CSV per table and a data package that lists them', () => {
    const report = json(join(CHENZHOU, 'report.json'));
    const tables = report.tables.map((t: { id: string }) => `${t.id}.csv`);
    expect(tables.length).toBeGreaterThanOrEqual(9);
    expect(readdirSync(CHENZHOU).sort()).toEqual(['datapackage.json', 'findings.csv', 'report.json', ...tables].sort());
    const pkg = json(join(CHENZHOU, 'datapackage.json'));
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(['findings.csv', 'report.json', ...tables].sort());
  });

  it('publishes the 三公 figures as the report prints them, in its JSON and its table’s CSV', () => {
    const report = json(join(CHENZHOU, 'report.json'));
    expect(report.sangong.budget.reception).toBe(expected.sangong.budget.reception);
    expect(report.sangong.actual.reception).toBe(expected.sangong.actual.reception);
    const [header, row] = readFileSync(join(CHENZHOU, `${report.sangong.source.table}.csv`), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('预算数/公务接待费（万元）')).toBe('5.00');
    expect(cell('决算数/公务接待费（万元）')).toBe('2.22');
    expect(cell('决算数/合计（万元）')).toBe(expected.sangong.actual.total);
    expect(cell('原文行号')).toBe('496');
  });

  it('publishes a PDF report’s original as committed, beside its data', () => {
    expect(readFileSync(join(JCY, 'original.pdf')).equals(readFileSync(join(CONTENT, 'reports/js-jcy/2019/部门预算.pdf')))).toBe(true);
    expect(existsIn(CHENZHOU, 'original.pdf')).toBe(false);
  });
});

describe('rebuilds', () => {
  let unchanged: BuildResult;
  let changed: BuildResult;
  let unchangedInode: number;
  beforeAll(() => {
    unchanged = build();
    unchangedInode = inode(join(CHENZHOU, 'report.json'));
    appendFileSync(join(CONTENT, 'reports', REPORTS[1]), '\n');
    rmSync(join(CONTENT, 'reports/shaoyang-ybj'), { recursive: true });
    changed = build();
  }, 240_000);

  it('write nothing when nothing changed, and link the files kept from before', () => {
    expect(regenerated(unchanged)).toEqual([4, 0]);
    expect(unchangedInode).toBe(coldInode);
  });

  it('write only the report that changed, with the provenance of its new text', () => {
    expect(regenerated(changed)).toEqual([3, 1]);
    const sha256 = createHash('sha256').update(readFileSync(join(CONTENT, 'reports', REPORTS[1]))).digest('hex');
    expect(json(join(LILING, 'report.json')).provenance.sha256).toBe(sha256);
    expect(inode(join(CHENZHOU, 'report.json'))).toBe(coldInode);
  });

  it('remove the files of a report that went away', () => {
    expect(() => statSync(SHAOYANG)).toThrow();
    expect(readdirSync(data('.'))).not.toContain('shaoyang-ybj');
  });
});
