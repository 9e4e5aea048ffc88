// Report files as editors' tools save them. Every encoding of a real report reads to the same text and figures as its
// UTF-8 original; what cannot be read is refused with one error naming what the file is and what to do.
// Fixtures: tests/fixtures/encodings/001-gbk-crlf.txt = seed 001 with CRLF line ends through `iconv -t GBK`;
// 004-gb18030.txt = seed 004 through `iconv -t GB18030` (its U+2002 spaces become four-byte sequences);
// big5.txt and shift-jis.txt = short traditional-Chinese and Japanese texts through iconv; binary/*.docx, *.xlsx were
// written with Python's zipfile, as Office does (a ZIP whose central directory lists word/… or xl/… parts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../src/extract/decode.ts';
import { parseReportBytes } from '../../src/pipeline/parse-bytes.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { Report } from '../../src/model/schema.ts';
import { loadSeeds } from './seeds.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path));
const seeds = loadSeeds();
const seed = (prefix: string) => seeds.find((s) => s.name.startsWith(prefix))!;

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();
const concat = (...parts: Uint8Array[]) => Buffer.concat(parts);

/** The report without the fields that legitimately differ between two readings of one text. */
const content = (r: Report) => ({ ...r, file: '', diagnostics: r.diagnostics.filter((d) => d.code !== 'MZ-ENC-CONVERTED') });

function decoded(bytes: Uint8Array) {
  const d = decodeReport(bytes);
  if (!d.ok) throw new Error(`expected text, got ${d.diagnostic.code}: ${d.diagnostic.message}`);
  return d;
}

function refused(bytes: Uint8Array) {
  const d = decodeReport(bytes);
  if (d.ok) throw new Error(`expected a refusal, got ${d.encoding} text`);
  return d.diagnostic;
}

describe('encodings', () => {
  it('every bundled report is UTF-8 and reads the same from bytes as from text', () => {
    for (const s of seeds) {
      const bytes = readFileSync(s.contentPath);
      expect(decoded(bytes).encoding).toBe('UTF-8');
      expect(parseReportBytes(bytes, s.contentPath)).toEqual(s.report);
    }
  });

  it('UTF-8 with a byte-order mark: the mark is dropped, nothing else changes', () => {
    const s = seed('000');
    const d = decoded(concat(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s.seedText)));
    expect(d).toMatchObject({ encoding: 'UTF-8', text: s.seedText });
  });

  it.each([
    ['UTF-16LE with BOM (Notepad "Unicode")', (t: string) => utf16le(`\ufeff${t}`), 'UTF-16LE'],
    ['UTF-16BE with BOM', (t: string) => utf16be(`\ufeff${t}`), 'UTF-16BE'],
    ['UTF-16LE without BOM', utf16le, 'UTF-16LE'],
    ['UTF-16BE without BOM', utf16be, 'UTF-16BE'],
  ])('%s reads to the same report as UTF-8', (_, encode, encoding) => {
    const s = seed('003');
    const bytes = encode(readFileSync(s.contentPath, 'utf8'));
    expect(decoded(bytes)).toMatchObject({ encoding, text: readFileSync(s.contentPath, 'utf8') });
    const report = parseReportBytes(bytes, s.contentPath);
    expect(content(report)).toEqual(content(s.report));
    expect(report.diagnostics.find((d) => d.code === 'MZ-ENC-CONVERTED')?.message).toMatch(/UTF-16.*建议另存为 UTF-8/);
  });

  it('GBK from Windows (with CRLF line ends) reads to the original text and the hand-read 三公 figures', () => {
    const s = seed('001');
    const bytes = fixture('encodings/001-gbk-crlf.txt');
    expect(decoded(bytes)).toMatchObject({ encoding: 'GB18030', text: s.seedText });
    const report = parseReportBytes(bytes, 'gbk.txt');
    expect(content(report)).toEqual(content(parseReport(s.seedText, 'gbk.txt')));
    for (const side of ['budget', 'actual'] as const) {
      for (const [key, value] of Object.entries(s.expected.sangong[side] as Record<string, string>)) {
        expect(new Decimal(report.sangong[side][key as keyof typeof report.sangong.budget]!).equals(value), `${side}.${key}`).toBe(true);
      }
    }
    expect(report.diagnostics[0]).toMatchObject({ code: 'MZ-ENC-CONVERTED', severity: 'info', line: 1 });
  });

  it('GB18030 with four-byte sequences (characters outside GBK) reads exactly', () => {
    const s = seed('004');
    const d = decoded(fixture('encodings/004-gb18030.txt'));
    expect(d).toMatchObject({ encoding: 'GB18030', text: s.seedText });
    expect(d.text).toContain('\u2002');
  });

  it.each([['big5.txt'], ['shift-jis.txt']])('%s: an encoding that cannot be told is refused, saying to save as UTF-8', (name) => {
    const d = refused(fixture(`encodings/${name}`));
    expect(d).toMatchObject({ code: 'MZ-ENC-UNKNOWN', severity: 'error', line: 1 });
    expect(d.message).toContain('UTF-8');
    expect(d.message).toContain('另存为');
  });

  it('mixed line ends (CRLF, CR, LF) are normalised: line numbers stay those of the file', () => {
    expect(decoded(Buffer.from('甲\r\n乙\r丙\n丁\r\n\r戊')).text).toBe('甲\n乙\n丙\n丁\n\n戊');
    const s = seed('000');
    const lines = s.seedText.split('\n');
    // A CR before an empty line would make CRLF with that line's LF: there, CRLF is what the file means.
    const end = (i: number) => (i % 3 === 1 && lines[i + 1] !== '' ? '\r' : i % 3 === 0 ? '\r\n' : '\n');
    const mixed = lines.map((l, i) => l + (i === lines.length - 1 ? '' : end(i))).join('');
    expect(mixed).toMatch(/[^\r\n]\r[^\n]/);
    expect(content(parseReportBytes(Buffer.from(mixed), 'x'))).toEqual(content(parseReport(s.seedText, 'x')));
  });

  it('UTF-8 with a few broken bytes names the line where they start', () => {
    const lines = seed('000').seedText.split('\n');
    const bytes = concat(Buffer.from(lines.slice(0, 99).join('\n') + '\n'), Buffer.from([0xc4, 0xe3]), Buffer.from(lines.slice(99).join('\n')));
    expect(refused(bytes)).toMatchObject({ code: 'MZ-ENC-UTF8-DAMAGED', line: 100 });
  });
});

describe('files that are not text', () => {
  const ole = (stream: string) => {
    const bytes = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    utf16le('Root Entry').copy(bytes, 512);
    utf16le(stream).copy(bytes, 640);
    return bytes;
  };

  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), /PDF 文件/],
    ['DOCX', fixture('binary/report.docx'), /Word 文档（\.docx）/],
    ['XLSX', fixture('binary/report.xlsx'), /Excel 表格（\.xlsx）/],
    ['DOC', ole('WordDocument'), /Word 97-2003 文档/],
    ['XLS', ole('Workbook'), /Excel 97-2003 表格/],
    ['PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /PNG 图片.*OCR/],
    ['JPEG', Buffer.from('ffd8ffe000104a464946', 'hex'), /JPEG 图片/],
    ['ZIP', Buffer.from('504b0506000000000000000000000000000000000000', 'hex'), /ZIP 压缩包/],
  ])('%s is named, with how to extract its text', (_, bytes, name) => {
    const report = parseReportBytes(bytes, 'content/reports/x/2023/部门决算.txt');
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0]).toMatchObject({ code: 'MZ-INPUT-BINARY', severity: 'error', line: 1 });
    expect(report.diagnostics[0].message).toMatch(name);
    expect(report.diagnostics[0].message).toMatch(/不是文本文件.*\.txt/);
    // Nothing of a binary file is published.
    expect(report.source.lines).toEqual([]);
    expect(report.tables).toEqual([]);
  });

  it('an unknown binary file (zero bytes, no UTF-16 pattern) is refused', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(refused(bytes)).toMatchObject({ code: 'MZ-INPUT-BINARY', severity: 'error' });
  });
});

describe('empty files', () => {
  it('a file of 0 bytes', () => {
    expect(refused(new Uint8Array(0))).toMatchObject({ code: 'MZ-INPUT-EMPTY', severity: 'error', line: 1 });
  });

  it.each([
    ['spaces and line breaks', Buffer.from(' \n\t\r\n\u3000\u00a0\n')],
    ['a byte-order mark alone', Buffer.from([0xef, 0xbb, 0xbf])],
    ['UTF-16 spaces', utf16le('\ufeff  \r\n  ')],
  ])('a file of only whitespace: %s', (_, bytes) => {
    const report = parseReportBytes(bytes, 'x');
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'MZ-INPUT-BLANK', severity: 'error' })]);
  });

  it('a file with a header and no report after it', () => {
    const report = parseReportBytes(Buffer.from('---\nbureau: 邵阳市医疗保障局\nyear: 2023\n---\n\n  \n'), 'x');
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'MZ-INPUT-BLANK', severity: 'error', line: 4 })]);
    expect(report.diagnostics[0].message).toContain('没有报告正文');
  });
});
