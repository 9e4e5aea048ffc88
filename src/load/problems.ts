// A diagnostic of a content file, and the one way it is written out: by `npm run check`, and by a build that stops.
// Every line starts with the file and position an editor opens ("content/reports/…:12:1"); a message's own line
// breaks are indented so that this stays true.
import type { Diagnostic } from '../model/schema.ts';

export interface FileDiagnostic {
  /** The path as the editor sees it, relative to the working folder ("content/reports/…"). */
  file: string;
  diagnostic: Diagnostic;
}

const SEVERITY_TEXT = { error: '错误', warning: '警告', info: '提示' } as const;

export function formatProblem({ file, diagnostic: d }: FileDiagnostic): string {
  return `${file}:${d.line}:${d.column} ${d.severity} ${SEVERITY_TEXT[d.severity]}：${d.message.replace(/\n/g, '\n    ')} [${d.code}]`;
}

/** By file, then by line. */
export function sortProblems(problems: readonly FileDiagnostic[]): FileDiagnostic[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.diagnostic.line - b.diagnostic.line));
}

export const errorsAmong = (problems: readonly FileDiagnostic[]) => problems.filter((p) => p.diagnostic.severity === 'error');
