// `npm run check` on content folders with PDFs as editors commit them (tests/support/bad-content.ts): real budget
// PDFs pass; encrypted, truncated, scanned, foreign and misnamed PDFs are errors with their code and file, and
// nothing throws. The figures and page links of a built PDF report are in tests/site/pdf-report.test.ts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badPdfContent, pdfContent } from '../support/bad-content.ts';
import { ROOT } from '../support/site.ts';

function check(content: string) {
  return spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, MZ_CONTENT: content }, encoding: 'utf8' });
}

describe('npm run check on PDFs', () => {
  it('reads two budget PDFs, one with a sidecar, and can publish them', () => {
    const run = check(pdfContent(join(ROOT, '.cache/test-content/check-pdf')));
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('共检查 2 份报告：0 个错误');
    expect(run.stdout).not.toMatch(/MZ-INPUT-(BINARY|IGNORED)/);
  }, 60_000);

  it('names each bad PDF with its code and fails, without a stack trace', () => {
    const bad = badPdfContent(join(ROOT, '.cache/test-content/check-bad-pdf'));
    const run = check(bad.dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    const prefix = `${bad.dir.slice(ROOT.length + 1)}/reports/`;
    for (const [file, code] of bad.errors) {
      expect(lines.some((l) => l.startsWith(`${prefix}${file}:`) && l.includes(' error ') && l.endsWith(`[${code}]`)), `${file} ${code}`).toBe(true);
    }
    expect(run.stderr).not.toMatch(/    at /);
  }, 60_000);
});
