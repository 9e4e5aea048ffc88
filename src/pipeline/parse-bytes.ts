// A report file as committed (bytes) → Report: a PDF through its extraction stage (parse-pdf.ts), text by decoding
// first, then the parser. The build and `npm run check` read files through parseFileBytes; parseReport(text, file)
// stays the entry point for text already in hand.
import { decodeReport, type Encoding } from '../extract/decode.ts';
import type { FrontMatter } from '../extract/source.ts';
import { diagnostic } from '../model/diagnostics.ts';
import { parsePdfBytes } from './parse-pdf.ts';
import { parseReport, unreadableReport } from './parse-report.ts';
import type { Report } from '../model/schema.ts';

const ENCODING_NAMES: Record<Exclude<Encoding, 'UTF-8'>, string> = {
  'UTF-16LE': 'UTF-16（Unicode）',
  'UTF-16BE': 'UTF-16 BE（Unicode big endian）',
  GB18030: 'GBK/GB18030（ANSI）',
};

/** Picked by the file's name: an editor commits a PDF as `<报告类型>.pdf`; a PDF saved as .txt is refused as binary. */
export const isPdfFile = (file: string) => /\.pdf$/i.test(file);

/** `given`: a PDF's identity from its place in the content folder (text files carry theirs in front matter). */
export async function parseFileBytes(bytes: Uint8Array, file: string, given: FrontMatter | null = null): Promise<Report> {
  return isPdfFile(file) ? parsePdfBytes(bytes, file, given) : parseReportBytes(bytes, file);
}

export function parseReportBytes(bytes: Uint8Array, file: string): Report {
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return unreadableReport(file, [decoded.diagnostic]);
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
