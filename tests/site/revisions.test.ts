// 变更记录 end to end: a content folder in its own git repository, a report committed and then corrected; the
// build's bureau page lists the changed figures and links them to their lines in the report as it now stands.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAll, LILING_SANGONG_ROW, repoWithLiling } from '../support/git-repo.ts';
import { buildContent } from '../support/site.ts';

// 醴陵 2022: the 三公 table's row (budget 6.00, actual 2.62 for 合计 and 公务接待费).
const ROW = LILING_SANGONG_ROW;
let repo: string;
let out: string;
let corrected: string;

beforeAll(() => {
  const start = repoWithLiling('mz-revisions-');
  repo = start.repo;
  const lines = readFileSync(start.path, 'utf8').split('\n');
  lines[ROW - 1] = lines[ROW - 1].replace(/2\.62/g, '2.72');
  writeFileSync(start.path, lines.join('\n'));
  corrected = commitAll(repo, 'Correct 三公', '2024-03-01T14:05:00+08:00');
  out = join(repo, 'dist');
  const run = buildContent(join(repo, 'content'), out);
  expect(run.status, run.stderr).toBe(0);
}, 180_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('a report corrected in a later commit', () => {
  it('is listed on the bureau page with the figures that changed, linked to their lines', () => {
    const html = readFileSync(join(out, 'bureaus', 'liling-ybj', 'index.html'), 'utf8');
    const section = html.slice(html.indexOf('<h2 id="revisions">'), html.indexOf('</section>', html.indexOf('<h2 id="revisions">')));
    expect(section).toContain(`版本库提交 ${corrected.slice(0, 7)}`);
    expect(section).toContain('2024-03-01 14:05（UTC+08:00）');
    const rows = [...section.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1].replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
    expect(rows.filter((r) => r.includes('2.62|2.72'))).toEqual([
      expect.stringMatching(/决算数\/合计\|2\.62\|2\.72\|万元\|第 361 行\|$/),
      expect.stringMatching(/决算数\/公务接待费\|2\.62\|2\.72\|万元\|第 361 行\|$/),
    ]);
    expect(section).toContain(`href="/reports/liling-ybj/2022/bumen-juesuan/original/#L${ROW}"`);
  });

  it('publishes the time of the correcting commit as the report\'s last change, and no licence without site.yaml', () => {
    const json = JSON.parse(readFileSync(join(out, 'data', 'reports', 'liling-ybj', '2022', 'bumen-juesuan', 'report.json'), 'utf8'));
    expect(json.provenance.lastChanged).toEqual({ time: '2024-03-01T14:05:00+08:00', from: 'git', commit: corrected });
    expect(json.provenance.file).toBe('content/reports/liling-ybj/2022/部门决算.txt');
    expect(JSON.parse(readFileSync(join(out, 'data', 'datapackage.json'), 'utf8')).licenses).toBeUndefined();
  });
});
