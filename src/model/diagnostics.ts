// Diagnostic codes are stable: editors and tests rely on them. Messages are Chinese and say what to do.
import type { Diagnostic } from './schema.ts';

export type Severity = Diagnostic['severity'];

export function diag(code: string, severity: Severity, line: number, message: string, column = 1): Diagnostic {
  return { code, severity, line: Math.max(1, line), column: Math.max(1, column), message };
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  error(code: string, line: number, message: string, column = 1): void {
    this.list.push(diag(code, 'error', line, message, column));
  }
  warning(code: string, line: number, message: string, column = 1): void {
    this.list.push(diag(code, 'warning', line, message, column));
  }
  info(code: string, line: number, message: string, column = 1): void {
    this.list.push(diag(code, 'info', line, message, column));
  }
}
