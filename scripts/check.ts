// The editor's command: `npm run check` parses every report under content/ and prints what needs attention;
// `npm run check -- --json FILE` prints one report's validated JSON (the public format) to stdout.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseReport } from '../src/core/parse-report.ts';
import { ContentHistory } from '../src/core/provenance/content-history.ts';
import { loadRegistry } from '../src/core/registry.ts';
import type { PublishedReport, Report } from '../src/core/schema.ts';

const ROOT = process.cwd();
const CONTENT = resolve(process.env.MZ_CONTENT ?? join(ROOT, 'content'));
const REPORTS = join(CONTENT, 'reports');

function reportFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return reportFiles(path);
    return /\.(txt|md)$/.test(name) ? [path] : [];
  });
}

const SEVERITY_TEXT = { error: '错误', warning: '警告', info: '提示' } as const;

function lines(file: string, report: Report, registryIds: Set<string>): { text: string[]; errors: number; warnings: number } {
  const text: string[] = [];
  let errors = 0;
  let warnings = 0;
  const bureauId = relative(REPORTS, join(ROOT, file)).split(sep)[0];
  const all = [
    ...report.diagnostics,
    ...(registryIds.has(bureauId) ? [] : [{ code: 'MZ-REGISTRY-MISSING', severity: 'error' as const, line: 1, column: 1, message: `单位目录 “${bureauId}” 不在 content/bureaus.yaml 中。请在 bureaus.yaml 里为它加一条（id、name、region、level）。` }]),
    ...report.findings.filter((f) => f.status === 'mismatch' || f.status === 'rounding').map((f) => ({ code: f.code, severity: f.severity, line: f.actual.lines[0] ?? f.expected.lines[0] ?? 1, column: 1, message: `${f.message}（涉及第 ${[...f.expected.lines, ...f.actual.lines].join('、')} 行）` })),
  ].sort((a, b) => a.line - b.line);
  for (const d of all) {
    if (d.severity === 'error') errors++;
    if (d.severity === 'warning') warnings++;
    text.push(`${file}:${d.line}:${d.column} ${d.severity} ${SEVERITY_TEXT[d.severity]}：${d.message} [${d.code}]`);
  }
  return { text, errors, warnings };
}

function checkAll(): number {
  const registry = loadRegistry(readFileSync(join(CONTENT, 'bureaus.yaml'), 'utf8'));
  const ids = new Set(registry.map((b) => b.id));
  let errors = 0;
  let warnings = 0;
  let mismatches = 0;
  const files = reportFiles(REPORTS);
  for (const path of files) {
    const file = relative(ROOT, path).split(sep).join('/');
    const report = parseReport(readFileSync(path, 'utf8'), file);
    const out = lines(file, report, ids);
    for (const l of out.text) console.log(l);
    errors += out.errors;
    warnings += out.warnings;
    mismatches += report.findings.filter((f) => f.status === 'mismatch').length;
  }
  console.log(`\n共检查 ${files.length} 份报告：${errors} 个错误，${warnings} 个警告（其中 ${mismatches} 处数据不相符）。${errors > 0 ? '请先改正错误再发布。' : '可以发布。'}`);
  return errors > 0 ? 1 : 0;
}

/** The report as the site publishes it (data/reports/…/report.json), provenance included. */
function printJson(path: string): number {
  const file = relative(ROOT, path).split(sep).join('/');
  const report = parseReport(readFileSync(path, 'utf8'), file);
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
