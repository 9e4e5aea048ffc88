// Diagnostics are raised by code: the catalogue (diagnostic-codes.ts) gives each code its severity and message, so
// a code means the same everywhere and editors and tests can rely on it.
import { DIAGNOSTICS, type DiagnosticCode, type MessageParams } from './diagnostic-codes.ts';
import type { Diagnostic, Finding } from './schema.ts';

/** A line, or a line and column (1-based, as in an editor). */
export type At = number | { line: number; column: number };

export function diagnostic<C extends DiagnosticCode>(code: C, at: At, ...params: MessageParams<C>): Diagnostic {
  const entry = DIAGNOSTICS[code];
  const { line, column } = typeof at === 'number' ? { line: at, column: 1 } : at;
  const message = (entry.message as (...p: MessageParams<C>) => string)(...params);
  return { code, severity: entry.severity, line: Math.max(1, line), column: Math.max(1, column), message };
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  raise<C extends DiagnosticCode>(code: C, at: At, ...params: MessageParams<C>): void {
    this.list.push(diagnostic(code, at, ...params));
  }
}

/** A check that did not hold, told to an editor as a diagnostic at the first line it involves. */
export function findingDiagnostic(f: Finding): Diagnostic {
  const lines = [...f.expected.lines, ...f.actual.lines];
  return { code: f.code, severity: f.severity, line: Math.max(1, f.actual.lines[0] ?? f.expected.lines[0] ?? 1), column: 1, message: `${f.message}（涉及第 ${lines.join('、')} 行）` };
}
