// Content folders with the mistakes editors make, written fresh for a test (MZ_CONTENT points the build or
// `npm run check` at them). Each lists the problems a correct tool must report: file (under reports/) and code.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sharedDir } from '../core/seeds.ts';
import { ROOT } from './site.ts';

export interface BadContent {
  dir: string;
  /** Every error expected, as [path under reports/, code]. */
  errors: [string, string][];
  /** Errors expected in the folder's settings files, as [path under the content folder, code]. */
  settingsErrors?: [string, string][];
}

const real = (path: string) => readFileSync(join(ROOT, 'content', path));
const LILING = 'reports/liling-ybj/2022/部门决算.txt';
const SHAOYANG = 'reports/shaoyang-ybj/2023/部门决算.txt';

function write(dir: string, files: Record<string, string | Uint8Array>): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

/** Files no parser can read, and front matter that is wrong: each stops the build by itself. */
export function unreadableContent(dir: string): BadContent {
  write(dir, {
    'bureaus.yaml': real('bureaus.yaml'),
    [LILING]: real(LILING),
    'reports/shaoyang-ybj/2023/部门决算.txt': '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
    'reports/shaoyang-ybj/2022/部门决算.txt': '',
    'reports/chenzhou-ybj/2022/部门决算.txt': readFileSync(join(ROOT, 'tests/fixtures/encodings/big5.txt')),
    'reports/huaihua-ybzx/2024/部门决算.txt': real('reports/huaihua-ybzx/2024/部门决算.txt').toString().replace('year: 2024', 'year: 2099'),
    'reports/liling-ybj/1999/部门决算.txt': `---\nyear: 1999\n---\n${real(LILING)}`,
    'reports/shaoyang-beita-ybj/2023/部门整体支出绩效自评报告.txt': real('reports/shaoyang-beita-ybj/2023/部门整体支出绩效自评报告.txt').toString().replace('year: 2023', 'year：2023'),
    // Not .txt: the build does not read it, `npm run check` says what it is.
    'reports/liling-ybj/2022/部门决算.docx': readFileSync(join(ROOT, 'tests/fixtures/binary/report.docx')),
  });
  return {
    dir,
    errors: [
      ['shaoyang-ybj/2023/部门决算.txt', 'MZ-INPUT-BINARY'],
      ['shaoyang-ybj/2022/部门决算.txt', 'MZ-INPUT-EMPTY'],
      ['chenzhou-ybj/2022/部门决算.txt', 'MZ-ENC-UNKNOWN'],
      ['huaihua-ybzx/2024/部门决算.txt', 'MZ-ID-YEAR-RANGE'],
      ['liling-ybj/1999/部门决算.txt', 'MZ-ID-YEAR-RANGE'],
      ['shaoyang-beita-ybj/2023/部门整体支出绩效自评报告.txt', 'MZ-FM-YAML'],
    ],
  };
}

/** Readable reports that cannot all be published: two copies of one report, and a bureau nobody registered. */
export function conflictingContent(dir: string): BadContent {
  write(dir, {
    'bureaus.yaml': real('bureaus.yaml'),
    [LILING]: real(LILING),
    'reports/liling-ybj/2022/部门决算（修订）.txt': real(LILING),
    'reports/yueyang-ybj/2023/部门决算.txt': real(SHAOYANG),
  });
  return {
    dir,
    errors: [
      ['liling-ybj/2022/部门决算.txt', 'MZ-REPORT-DUPLICATE'],
      ['liling-ybj/2022/部门决算（修订）.txt', 'MZ-REPORT-DUPLICATE'],
      ['yueyang-ybj/2023/部门决算.txt', 'MZ-REGISTRY-MISSING'],
    ],
  };
}

/**
 * What a careless editor or a hostile contributor commits: links to files outside the repository (a report, a year
 * folder, a dangling link, a loop), one report as both .txt and .md, a report in the wrong year folder, a bureau
 * registered twice, a name with direction controls, and a site.yaml that is not YAML.
 */
export function hostileContent(dir: string): BadContent {
  const outside = `${dir}-outside`;
  write(outside, { '部门决算.txt': real('reports/chenzhou-ybj/2022/部门决算.txt'), '2023/部门决算.txt': real(SHAOYANG) });
  const registry = real('bureaus.yaml').toString().replace('name: 邵阳市医疗保障局', 'name: 邵阳市\u202e医疗保障局');
  write(dir, {
    'bureaus.yaml': `${registry.replace(/\n$/, '')}\n- id: liling-ybj\n  name: 另一个单位\n  region: 湖南省\n  level: 县级\n`,
    'site.yaml': 'name: [没有闭合\n',
    [LILING]: real(LILING),
    'reports/liling-ybj/2022/部门决算.md': real(LILING),
    'reports/liling-ybj/2021/部门决算.txt': real(LILING),
    'reports/huaihua-ybzx/2024/部门决算.txt': real('reports/huaihua-ybzx/2024/部门决算.txt'),
  });
  mkdirSync(join(dir, 'reports/chenzhou-ybj/2022'), { recursive: true });
  symlinkSync(join(outside, '部门决算.txt'), join(dir, 'reports/chenzhou-ybj/2022/部门决算.txt'));
  mkdirSync(join(dir, 'reports/shaoyang-ybj'));
  symlinkSync(join(outside, '2023'), join(dir, 'reports/shaoyang-ybj/2023'));
  symlinkSync(join(outside, 'gone.txt'), join(dir, 'reports/huaihua-ybzx/2024/部门决算（修订）.txt'));
  symlinkSync('.', join(dir, 'reports/huaihua-ybzx/loop'));
  return {
    dir,
    errors: [
      ['chenzhou-ybj/2022/部门决算.txt', 'MZ-INPUT-SYMLINK'],
      ['shaoyang-ybj/2023', 'MZ-INPUT-SYMLINK'],
      ['huaihua-ybzx/2024/部门决算（修订）.txt', 'MZ-INPUT-SYMLINK'],
      ['huaihua-ybzx/loop', 'MZ-INPUT-SYMLINK'],
      ['liling-ybj/2022/部门决算.txt', 'MZ-REPORT-DUPLICATE'],
      ['liling-ybj/2022/部门决算.md', 'MZ-REPORT-DUPLICATE'],
      ['liling-ybj/2021/部门决算.txt', 'MZ-ID-FOLDER-YEAR'],
    ],
    settingsErrors: [
      ['bureaus.yaml', 'MZ-REGISTRY-DUPLICATE'],
      ['site.yaml', 'MZ-SITE-YAML'],
    ],
  };
}

/** The bundled 醴陵 report under a registry given as text (null: no bureaus.yaml at all). */
export function badRegistryContent(dir: string, registry: string | null): string {
  return write(dir, { ...(registry !== null && { 'bureaus.yaml': registry }), [LILING]: real(LILING) });
}

const SAMPLES = sharedDir('samples');
const PDF_FIXTURES = join(ROOT, 'tests/core/fixtures/pdf');
const sample = (name: string) => readFileSync(join(SAMPLES, name));
const NPC = '03-js-npc-office-2019-budget-narrative.pdf';

/** Two real budget PDFs as an editor commits them: one with a sidecar, one without. */
export function pdfContent(dir: string): string {
  return write(dir, {
    'bureaus.yaml': [
      '- id: js-npc\n  name: 江苏省人大常委会办公厅\n  region: 江苏省\n  level: 省级\n',
      '- id: js-procuratorate\n  name: 江苏省人民检察院\n  region: 江苏省\n  level: 省级\n',
    ].join(''),
    'reports/js-npc/2019/部门预算.pdf': sample(NPC),
    'reports/js-npc/2019/部门预算.yaml': 'source_url: https://example.org/js-npc-2019.pdf\nregion: 江苏省南京市\n',
    'reports/js-procuratorate/2019/部门预算.pdf': sample('04-js-procuratorate-2019-budget.pdf'),
  });
}

/** PDFs that cannot be published: encrypted, truncated, scanned, another document, and one named for no kind. */
export function badPdfContent(dir: string): BadContent {
  const npc = sample(NPC);
  write(dir, {
    'bureaus.yaml': real('bureaus.yaml'),
    [LILING]: real(LILING),
    'reports/shaoyang-ybj/2023/部门决算.pdf': readFileSync(join(PDF_FIXTURES, 'encrypted.pdf')),
    'reports/chenzhou-ybj/2022/部门决算.pdf': npc.subarray(0, Math.floor(npc.length / 2)),
    'reports/huaihua-ybzx/2024/部门决算.pdf': readFileSync(join(PDF_FIXTURES, 'scanned.pdf')),
    'reports/shaoyang-beita-ybj/2023/部门整体支出绩效自评报告.pdf': readFileSync(join(PDF_FIXTURES, 'not-budget.pdf')),
    'reports/liling-ybj/2021/预算.pdf': npc,
  });
  return {
    dir,
    errors: [
      ['shaoyang-ybj/2023/部门决算.pdf', 'MZ-PDF-ENCRYPTED'],
      ['chenzhou-ybj/2022/部门决算.pdf', 'MZ-PDF-DAMAGED'],
      ['huaihua-ybzx/2024/部门决算.pdf', 'MZ-PDF-NO-TEXT'],
      ['shaoyang-beita-ybj/2023/部门整体支出绩效自评报告.pdf', 'MZ-PDF-NOT-BUDGET'],
      ['liling-ybj/2021/预算.pdf', 'MZ-PDF-NAME'],
    ],
  };
}
