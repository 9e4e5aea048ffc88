// A report file as committed (bytes) → Report: decoding first, then the parser. The build and `npm run check` read
// files through here; parseReport(text, file) stays the entry point for text already in hand.
import { decodeReport, type Encoding } from '../extract/decode.ts';
import { diagnostic } from '../model/diagnostics.ts';
import { parseReport } from './parse-report.ts';
import type { Diagnostic, Report } from '../model/schema.ts';

const ENCODING_NAMES: Record<Exclude<Encoding, 'UTF-8'>, string> = {
  'UTF-16LE': 'UTF-16（Unicode）',
  'UTF-16BE': 'UTF-16 BE（Unicode big endian）',
  GB18030: 'GBK/GB18030（ANSI）',
};

export function parseReportBytes(bytes: Uint8Array, file: string): Report {
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return unreadable(file, decoded.diagnostic);
  const report = parseReport(decoded.text, file);
  const { lines, bodyStart } = report.source;
  if (lines.slice(bodyStart - 1).every((l) => l.trim() === '')) {
    return { ...report, diagnostics: [diagnostic('MZ-INPUT-BLANK', bodyStart - 1, true)] };
  }
  if (decoded.encoding !== 'UTF-8') {
    const note = diagnostic('MZ-ENC-CONVERTED', 1, ENCODING_NAMES[decoded.encoding]);
    report.diagnostics = [note, ...report.diagnostics];
  }
  return report;
}

/** A file that is not readable text: no content is published, the one diagnostic says why. */
function unreadable(file: string, diagnostic: Diagnostic): Report {
  return { ...parseReport('', file), diagnostics: [diagnostic], source: { lines: [], bodyStart: 1 } };
}
