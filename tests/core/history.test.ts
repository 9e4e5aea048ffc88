// Provenance and 变更记录 from git: a report committed, then corrected in a later commit, in a throwaway repository.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentHistory } from '../../src/publish/provenance/content-history.ts';
import { commitAll, LILING_SANGONG_ROW, repoWithLiling } from '../support/git-repo.ts';

// The row of 醴陵's 三公 table (公开09表): budget 6.00 (合计, 公务接待费), actual 2.62 (合计, 公务接待费).
const ROW = LILING_SANGONG_ROW;
const withLine = (text: string, line: number, edit: (l: string) => string) => text.split('\n').map((l, i) => (i === line - 1 ? edit(l) : l)).join('\n');

let repo: string;
let file: string;
let first: string;
let second: string;
let third: string;

beforeAll(() => {
  const start = repoWithLiling('mz-history-');
  repo = start.repo;
  first = start.commit;
  const { path } = start;
  const original = readFileSync(path, 'utf8');
  expect(original.split('\n')[ROW - 1]).toBe('6.00\t\t\t\t\t6.00\t2.62\t\t\t\t\t2.62');
  // The correction: 公务接待费 actual 2.62 → 2.72, and its total with it.
  writeFileSync(path, withLine(original, ROW, () => '6.00\t\t\t\t\t6.00\t2.72\t\t\t\t\t2.72'));
  second = commitAll(repo, 'Correct 醴陵 2022 三公', '2024-03-01T14:05:00+08:00');
  // A wording fix: no figure changes.
  writeFileSync(path, withLine(readFileSync(path, 'utf8'), 2, (l) => `${l}（更正版）`));
  third = commitAll(repo, 'Reword', '2024-03-02T09:00:00+08:00');
  file = relative(process.cwd(), path);
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('ContentHistory over a git repository', () => {
  it('lists each correction, newest first, with the figures it changed', () => {
    const revisions = new ContentHistory(join(repo, 'content')).revisions(file);
    expect(revisions.map((r) => [r.commit, r.previousCommit])).toEqual([[third, second], [second, first]]);
    expect(revisions[0].changes).toEqual([]);
    const changes = revisions[1].changes;
    expect(changes.map((c) => [c.before, c.after, c.line, c.unit])).toEqual([
      ['2.62', '2.72', ROW, '万元'],
      ['2.62', '2.72', ROW, '万元'],
    ]);
    expect(changes.map((c) => c.label)).toEqual([
      expect.stringMatching(/^公开09表 .*三公.* · 决算数\/合计$/),
      expect.stringMatching(/^公开09表 .*三公.* · 决算数\/公务接待费$/),
    ]);
    expect(revisions[1].time).toBe('2024-03-01T14:05:00+08:00');
  });

  it('gives the SHA-256 of the file bytes and the time of its last commit', () => {
    const p = new ContentHistory(join(repo, 'content')).provenance(file, 'https://example.invalid/a.pdf');
    expect(p.file).toBe('content/reports/liling-ybj/2022/部门决算.txt');
    expect(p.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(p.lastChanged).toEqual({ time: '2024-03-02T09:00:00+08:00', from: 'git', commit: third });
    expect(p.sourceUrl).toBe('https://example.invalid/a.pdf');
  });

  it('falls back to the file time when the file differs from its last commit', () => {
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    utimesSync(file, new Date('2025-05-05T05:05:05Z'), new Date('2025-05-05T05:05:05Z'));
    const p = new ContentHistory(join(repo, 'content')).provenance(file, null);
    expect(p.lastChanged).toEqual({ time: '2025-05-05T05:05:05.000Z', from: 'file', commit: null });
  });
});

describe('ContentHistory without git', () => {
  it('is not an error: no corrections, file times', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mz-nogit-'));
    try {
      const path = join(dir, 'r.txt');
      writeFileSync(path, '2022年度 醴陵市医疗保障局部门决算\n');
      utimesSync(path, new Date('2023-06-01T00:00:00Z'), new Date('2023-06-01T00:00:00Z'));
      const history = new ContentHistory(dir);
      expect(history.tracked).toBe(false);
      expect(history.revisions(path)).toEqual([]);
      expect(history.provenance(path, null).lastChanged).toEqual({ time: '2023-06-01T00:00:00.000Z', from: 'file', commit: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ContentHistory of a GBK report', () => {
  // tests/fixtures/encodings/001-gbk-crlf.txt is the 醴陵 2022 report as GBK with CRLF line ends; its 三公 row
  // (line 361) reads 6.00 … 2.62 … 2.62 as in the UTF-8 copy.
  const GBK = join(import.meta.dirname, '..', 'fixtures', 'encodings', '001-gbk-crlf.txt');
  let gbkRepo: string;
  let gbkFile: string;

  beforeAll(() => {
    const start = repoWithLiling('mz-history-gbk-');
    gbkRepo = start.repo;
    writeFileSync(start.path, readFileSync(GBK));
    commitAll(gbkRepo, 'Re-encode as GBK', '2024-02-01T10:00:00+08:00');
    // Digits and tabs are single bytes in GBK: the row can be edited as Latin-1 without touching the Chinese bytes.
    const lines = readFileSync(start.path).toString('latin1').split('\r\n');
    expect(lines[ROW - 1]).toBe('6.00\t\t\t\t\t6.00\t2.62\t\t\t\t\t2.62');
    lines[ROW - 1] = '6.00\t\t\t\t\t6.00\t2.72\t\t\t\t\t2.72';
    writeFileSync(start.path, Buffer.from(lines.join('\r\n'), 'latin1'));
    commitAll(gbkRepo, 'Correct 醴陵 2022 三公', '2024-03-01T14:05:00+08:00');
    gbkFile = relative(process.cwd(), start.path);
  });

  afterAll(() => rmSync(gbkRepo, { recursive: true, force: true }));

  it('decodes earlier versions as the current one, so the correction reads as figures, not mojibake', () => {
    const [newest] = new ContentHistory(join(gbkRepo, 'content')).revisions(gbkFile);
    expect(newest.changes.map((c) => [c.before, c.after, c.line])).toEqual([
      ['2.62', '2.72', ROW],
      ['2.62', '2.72', ROW],
    ]);
    expect(newest.changes.map((c) => c.label)).toEqual([
      expect.stringMatching(/三公.* · 决算数\/合计$/),
      expect.stringMatching(/三公.* · 决算数\/公务接待费$/),
    ]);
  });
});
