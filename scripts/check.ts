// The editor's command: `npm run check` checks the content folder as the build does and prints what needs
// attention; `npm run check -- --json FILE` prints one report's validated JSON (the public format) to stdout.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkContent } from '../src/load/check-content.ts';
import { displayPath, type ReportFile } from '../src/load/content-files.ts';
import { CONTENT_DIR } from '../src/load/content-dir.ts';
import { errorsAmong, formatProblem } from '../src/load/problems.ts';
import { findingDiagnostic } from '../src/model/diagnostics.ts';
import type { Diagnostic, PublishedReport, Report } from '../src/model/schema.ts';
import { parseReportBytes } from '../src/pipeline/parse-bytes.ts';
import { ContentHistory } from '../src/publish/provenance/content-history.ts';

/** Parser diagnostics, and findings that need a look. */
const reportDiagnostics = (report: Report): Diagnostic[] => [
  ...report.diagnostics,
  ...report.findings.filter((f) => f.status === 'mismatch' || f.status === 'rounding').map(findingDiagnostic),
];

const readAll = async (files: readonly ReportFile[]) => files.map((file) => {
  const report = parseReportBytes(readFileSync(file.path), file.file);
  return { file, report, diagnostics: reportDiagnostics(report) };
});

async function checkAll(): Promise<number> {
  const { reports, problems } = await checkContent(CONTENT_DIR, readAll);
  for (const p of problems) console.log(formatProblem(p));
  const errors = errorsAmong(problems).length;
  const warnings = problems.filter((p) => p.diagnostic.severity === 'warning').length;
  const mismatches = reports.reduce((n, r) => n + r.report.findings.filter((f) => f.status === 'mismatch').length, 0);
  console.log(`\n共检查 ${reports.length} 份报告：${errors} 个错误，${warnings} 个警告（其中 ${mismatches} 处数据不相符）。${errors > 0 ? '请先改正错误再发布。' : '可以发布。'}`);
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
  process.exitCode = await checkAll();
}
