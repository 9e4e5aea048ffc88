// The editor's command: `npm run check` parses every report under content/ and prints what needs attention;
// `npm run check -- --json FILE` prints one report's validated JSON (the public format) to stdout.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { checkCorpus, placeReport, type FileDiagnostic } from '../src/load/corpus.ts';
import { decodeReport } from '../src/extract/decode.ts';
import { diag } from '../src/model/diagnostics.ts';
import { parseReportBytes } from '../src/pipeline/parse-bytes.ts';
import { ContentHistory } from '../src/publish/provenance/content-history.ts';
import { loadRegistry } from '../src/load/registry.ts';
import type { Diagnostic, PublishedReport, Report } from '../src/model/schema.ts';

const ROOT = process.cwd();
const CONTENT = resolve(process.env.MZ_CONTENT ?? join(ROOT, 'content'));
const REPORTS = join(CONTENT, 'reports');
const REPORT_FILE = /\.(txt|md)$/i;

/** Every file under dir (hidden files aside), sorted: reports, and anything else an editor put there. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

const SEVERITY_TEXT = { error: '错误', warning: '警告', info: '提示' } as const;

const displayPath = (path: string) => relative(ROOT, path).split(sep).join('/');

/** Parser diagnostics, and findings that need a look, as diagnostics. */
function reportDiagnostics(report: Report): Diagnostic[] {
  return [
    ...report.diagnostics,
    ...report.findings.filter((f) => f.status === 'mismatch' || f.status === 'rounding').map((f) => diag(f.code, f.severity, f.actual.lines[0] ?? f.expected.lines[0] ?? 1, `${f.message}（涉及第 ${[...f.expected.lines, ...f.actual.lines].join('、')} 行）`)),
  ];
}

/** A file the build does not read (not .txt/.md): say so, and what it is when it is not text. */
function ignoredFile(path: string): Diagnostic {
  const decoded = decodeReport(readFileSync(path));
  const what = decoded.ok ? '如果它是报告，请改名为 .txt。' : decoded.diagnostic.message;
  return diag('MZ-INPUT-IGNORED', 'warning', 1, `文件扩展名不是 .txt 或 .md，构建时不会读取它。${what}`);
}

function checkAll(): number {
  const registry = loadRegistry(readFileSync(join(CONTENT, 'bureaus.yaml'), 'utf8'));
  const found: FileDiagnostic[] = [];
  const placed = [];
  let reports = 0;
  let mismatches = 0;
  for (const path of allFiles(REPORTS)) {
    const file = displayPath(path);
    if (!REPORT_FILE.test(path)) {
      found.push({ file, diagnostic: ignoredFile(path) });
      continue;
    }
    const report = parseReportBytes(readFileSync(path), file);
    reports++;
    mismatches += report.findings.filter((f) => f.status === 'mismatch').length;
    found.push(...reportDiagnostics(report).map((diagnostic) => ({ file, diagnostic })));
    placed.push(placeReport(relative(REPORTS, path).split(sep).join('/'), report));
  }
  found.push(...checkCorpus(placed, new Set(registry.map((b) => b.id))));
  const ordered = found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.diagnostic.line - b.diagnostic.line));
  for (const { file, diagnostic: d } of ordered) console.log(`${file}:${d.line}:${d.column} ${d.severity} ${SEVERITY_TEXT[d.severity]}：${d.message} [${d.code}]`);
  const errors = found.filter((f) => f.diagnostic.severity === 'error').length;
  const warnings = found.filter((f) => f.diagnostic.severity === 'warning').length;
  console.log(`\n共检查 ${reports} 份报告：${errors} 个错误，${warnings} 个警告（其中 ${mismatches} 处数据不相符）。${errors > 0 ? '请先改正错误再发布。' : '可以发布。'}`);
  return errors > 0 ? 1 : 0;
}

/** The report as the site publishes it (data/reports/…/report.json), provenance included. */
function printJson(path: string): number {
  const file = displayPath(resolve(path));
  const report = parseReportBytes(readFileSync(path), file);
  const published: PublishedReport = { ...report, provenance: new ContentHistory(dirname(resolve(path))).provenance(file, report.identity.sourceUrl) };
  process.stdout.write(JSON.stringify(published, null, 2) + '\n');
  return 0;
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0) {
  const target = args[jsonAt + 1];
  if (!target) {
    console.error('用法：npm run check -- --json 文件路径');
    process.exit(2);
  }
  // exitCode, not exit(): a large JSON written to a pipe must be flushed before the process ends.
  process.exitCode = printJson(target);
} else {
  process.exitCode = checkAll();
}
