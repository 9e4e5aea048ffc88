// Input mistakes that a file can be read despite: a malformed header, an impossible year, a source address that is
// not a web address, and, across files, duplicates and unregistered bureaus, as `npm run check` reports them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus, type Placed } from '../../src/load/corpus.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { badRegistryContent, conflictingContent, hostileContent, unreadableContent, type BadContent } from '../support/bad-content.ts';
import { ROOT } from '../support/site.ts';

const errors = (text: string) => parseReport(text, 'x.txt').diagnostics.filter((d) => d.severity === 'error');
const BODY = '正文第一行\n';

describe('malformed front matter: the diagnostic names the file line of the YAML error', () => {
  it.each([
    ['full-width colon', '---\nbureau: 邵阳市医疗保障局\nyear：2023\n---\n', 3, /半角冒号/],
    ['unclosed bracket', '---\nbureau: 邵阳市医疗保障局\nyear: 2023\nkind: [部门决算\n---\n', 4, /键: 值/],
    ['tab indentation', '---\nbureau: 邵阳市医疗保障局\n\tyear: 2023\n---\n', 3, /制表符/],
    ['key twice', '---\nyear: 2023\nbureau: 甲\nyear: 2024\n---\n', 4, /两次/],
    ['unclosed quote', '---\nbureau: "邵阳市医疗保障局\n---\n', 2, /引号/],
  ])('%s', (_, header, line, hint) => {
    const yaml = errors(header + BODY).find((d) => d.code === 'MZ-FM-YAML');
    expect(yaml).toMatchObject({ line });
    expect(yaml!.message).toMatch(hint);
    expect(yaml!.message).toContain(`第 ${line} 行`);
    // The YAML library's own position (counted from the header) would contradict the file line: it is left out.
    expect(yaml!.message).not.toMatch(/at line \d/);
  });

  it('a header that is never closed', () => {
    expect(errors('---\nbureau: 邵阳市医疗保障局\nyear: 2023\n' + BODY)).toContainEqual(expect.objectContaining({ code: 'MZ-FM-UNCLOSED', line: 1 }));
  });
});

describe('report year', () => {
  const current = new Date().getFullYear();
  const withYear = (year: number) => `---\nbureau: 邵阳市医疗保障局\nkind: 部门决算\nyear: ${year}\n---\n${BODY}`;

  it.each([[1999], [current + 1], [2099]])('%i is refused at the header line that states it', (year) => {
    const d = errors(withYear(year)).find((e) => e.code === 'MZ-ID-YEAR-RANGE');
    expect(d).toMatchObject({ line: 4 });
    expect(d!.message).toContain(String(year));
  });

  it.each([[2000], [current]])('%i is accepted', (year) => {
    expect(errors(withYear(year))).toEqual([]);
  });

  it.each([['2099']])('a year read from the title line (%s年度…) is checked too, at that line', (year) => {
    const d = errors(`\n\n${year}年度邵阳市医疗保障局部门决算\n`).find((e) => e.code === 'MZ-ID-YEAR-RANGE');
    expect(d).toMatchObject({ line: 3 });
  });
});

describe('source_url: only http(s) addresses are kept, so only they can become links', () => {
  const read = (url: string) => parseReport(`---\nbureau: 邵阳市医疗保障局\nyear: 2023\nsource_url: ${url}\n---\n${BODY}`, 'x.txt');

  it.each([['https://www.shaoyang.gov.cn/a/b.html'], ['http://example.gov.cn/']])('%s', (url) => {
    expect(read(url).identity.sourceUrl).toBe(url);
  });

  it.each([['javascript:alert(1)'], ['JavaScript:alert(1)'], ['"data:text/html,<script>alert(1)</script>"'], ['//evil.example/x'], ['vbscript:msgbox(1)'], ['www.example.gov.cn']])('%s is dropped with a warning', (url) => {
    const report = read(url);
    expect(report.identity.sourceUrl).toBeNull();
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'MZ-FM-SOURCE-URL', severity: 'warning', line: 4 }));
  });
});

describe('across files', () => {
  const placed = (file: string, bureauId: string, year: number | null, kind: Placed['kind'] = '部门决算'): Placed => ({ file, bureauId, folder: String(year), year, yearLine: null, kind });

  it('two files with one bureau, year and kind: an error on each, naming the other', () => {
    const found = checkCorpus([placed('a.txt', 'x', 2023), placed('b.txt', 'x', 2023), placed('c.txt', 'x', 2022), placed('d.txt', 'x', 2023, '绩效自评报告')], new Set(['x']));
    expect(found.map((f) => [f.file, f.diagnostic.code])).toEqual([['a.txt', 'MZ-REPORT-DUPLICATE'], ['b.txt', 'MZ-REPORT-DUPLICATE']]);
    expect(found[0].diagnostic.message).toContain('b.txt');
    expect(found[1].diagnostic.message).toContain('a.txt');
  });

  it('a bureau folder not in the registry', () => {
    const found = checkCorpus([placed('a.txt', 'x', 2023), placed('b.txt', 'y', 2023)], new Set(['x']));
    expect(found).toEqual([{ file: 'b.txt', diagnostic: expect.objectContaining({ code: 'MZ-REGISTRY-MISSING', severity: 'error' }) }]);
    expect(found[0].diagnostic.message).toContain('“y”');
  });
});

describe('npm run check on content folders with mistakes', () => {
  function check(bad: BadContent) {
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, MZ_CONTENT: bad.dir }, encoding: 'utf8' });
    const lines = run.stdout.split('\n');
    const prefix = `${bad.dir.slice(ROOT.length + 1)}/reports/`;
    /** Output lines about one file: "<path>:<line>:<col> <severity> …". */
    const about = (file: string) => lines.filter((l) => l.startsWith(`${prefix}${file}:`));
    return { status: run.status, stderr: run.stderr, lines, about };
  }

  /** `check` on bad content: no crash, exit code 1, and an error line with its code for every file `bad` lists. */
  function checkFails(bad: BadContent) {
    const out = check(bad);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(1);
    for (const [file, code] of bad.errors) expect(out.about(file).some((l) => / error 错误：/.test(l) && l.endsWith(`[${code}]`)), `${file} ${code}`).toBe(true);
    return out;
  }

  it('unreadable files and wrong headers: every one reported as an error, exit code 1', () => {
    const bad = unreadableContent(join(ROOT, '.cache/test-content/check-unreadable'));
    const out = checkFails(bad);
    expect(out.about('liling-ybj/2022/部门决算.txt').filter((l) => / error /.test(l))).toEqual([]);
    expect(out.about('liling-ybj/2022/部门决算.docx')).toEqual([expect.stringMatching(/warning 警告：.*不会读取.*Word 文档（\.docx）.*\[MZ-INPUT-IGNORED\]$/)]);
  });

  it('links out of the repository, a .txt and .md of one report, a wrong year folder, a bureau registered twice, a bad site.yaml', () => {
    const bad = hostileContent(join(ROOT, '.cache/test-content/check-hostile'));
    // A dangling link or a loop once crashed the walk with a stack trace.
    const out = checkFails(bad);
    const settings = (file: string) => out.lines.filter((l) => l.startsWith(`${bad.dir.slice(ROOT.length + 1)}/${file}:`));
    for (const [file, code] of bad.settingsErrors!) expect(settings(file).some((l) => / error 错误：/.test(l) && l.endsWith(`[${code}]`)), `${file} ${code}`).toBe(true);
    // The copy of liling-ybj is the entry after the bundled ones; the message names the line of the first (line 8).
    expect(settings('bureaus.yaml').find((l) => l.endsWith('[MZ-REGISTRY-DUPLICATE]'))).toMatch(/^\S+bureaus\.yaml:\d+:\d+ error 错误：单位 id “liling-ybj” 在第 8 行已经登记过/);
    const bidi = settings('bureaus.yaml').find((l) => l.endsWith('[MZ-TEXT-BIDI]'));
    expect(bidi).toMatch(/^\S+bureaus\.yaml:4:\d+ warning /);
    expect(out.lines.join('\n')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // Nothing behind a link is read: the linked reports are not counted.
    expect(out.lines.at(-2)).toMatch(/共检查 4 份报告/);
  });

  it('a duplicate report and an unregistered bureau: errors naming the files, exit code 1', () => {
    const bad = conflictingContent(join(ROOT, '.cache/test-content/check-conflicting'));
    const out = check(bad);
    expect(out.status).toBe(1);
    for (const [file, code] of bad.errors) expect(out.about(file).some((l) => l.endsWith(`[${code}]`)), `${file} ${code}`).toBe(true);
    const [duplicate] = out.about('liling-ybj/2022/部门决算.txt').filter((l) => l.endsWith('[MZ-REPORT-DUPLICATE]'));
    expect(duplicate).toContain('liling-ybj/2022/部门决算（修订）.txt');
    expect(out.lines.at(-2)).toMatch(/共检查 3 份报告：3 个错误/);
  });
});

describe('npm run check on a bad content/bureaus.yaml: file:line:column, a Chinese message and a code, no stack trace', () => {
  const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');
  const cases: [string, string | null, number, RegExp, string][] = [
    ['invalid YAML', '- id: liling-ybj\n  name: [醴陵\n', 3, /有误/, 'MZ-REGISTRY-YAML'],
    ['a bad id', '- id: Liling_YBJ\n  name: 醴陵市医疗保障局\n  region: 湖南省\n  level: 县级\n', 1, /id 只能用小写英文字母/, 'MZ-REGISTRY-ENTRY'],
    ['a bad level', '- id: liling-ybj\n  name: 醴陵市医疗保障局\n  region: 湖南省\n  level: 国家级\n', 4, /level 只能是 省级、市级、县级、乡级 之一/, 'MZ-REGISTRY-ENTRY'],
    ['a name longer than 100 characters', `- id: liling-ybj\n  name: ${'醴'.repeat(101)}\n  region: 湖南省\n  level: 县级\n`, 2, /不超过 100 个字/, 'MZ-REGISTRY-ENTRY'],
    ['an alias bomb', aliasBomb, 1, /别名.*展开得太多/, 'MZ-REGISTRY-YAML'],
    ['deep nesting', `- id: liling-ybj\n  name: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 2, /嵌套得太深/, 'MZ-REGISTRY-YAML'],
    ['no registry at all', null, 1, /不存在/, 'MZ-REGISTRY-FILE'],
  ];
  it.each(cases)('%s', (name, registry, line, message, code) => {
    const dir = badRegistryContent(join(ROOT, '.cache/test-content/check-registry', name.replace(/\W+/g, '-')), registry);
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, MZ_CONTENT: dir }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const found = run.stdout.split('\n').filter((l) => l.endsWith(`[${code}]`));
    expect(found).toEqual([expect.stringMatching(new RegExp(`^${dir.slice(ROOT.length + 1)}/bureaus\\.yaml:${line}:\\d+ error 错误：`))]);
    expect(found[0]).toMatch(message);
  });
});

describe('names as shown: no direction controls, no names of any length', () => {
  it('direction controls in front matter are taken out, with a warning on each line that had them', () => {
    const r = parseReport('---\nbureau: 醴陵市\u202e医疗保障局\nyear: 2022\nregion: 湖南省\u2066株洲市\n---\n正文\n', 'a.txt');
    expect([r.bureau, r.identity.region]).toEqual(['醴陵市医疗保障局', '湖南省株洲市']);
    expect(r.diagnostics.filter((d) => d.code === 'MZ-TEXT-BIDI').map((d) => [d.severity, d.line])).toEqual([['warning', 2], ['warning', 4]]);
  });

  it('a bureau name longer than 100 characters is refused', () => {
    const r = parseReport(`---\nbureau: ${'醴'.repeat(101)}\nyear: 2022\n---\n正文\n`, 'a.txt');
    expect(r.bureau).toBeNull();
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'MZ-FM-TOO-LONG', severity: 'error', line: 2 }));
  });
});
