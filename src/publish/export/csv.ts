// CSV as RFC 4180 (CRLF line ends, fields quoted when they hold a quote, comma or line break), UTF-8 with a byte
// order mark: Excel on a Chinese-locale Windows reads a CSV as GBK unless the BOM says UTF-8.
import type { Tabular } from './tabular.ts';

const BOM = '\ufeff';
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Spreadsheets (Excel, WPS, LibreOffice) run a cell that begins with = + - @, or with a tab or carriage return, as a
 * formula: a report's row name or a bureau's name could make a reader's spreadsheet compute or fetch something. Such
 * a text cell gets a leading single quote (OWASP's advice on CSV injection), which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const textCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** The CSV of a download table: its field names as the header row (names from a document's header are
 * neutralised where they are made, so that datapackage.json names the same fields). Text cells are neutralised;
 * numbers, integers and lists of line numbers are written as they are, so "-3.5" stays the number it is. */
export function tabularCsv(t: Tabular): string {
  const text = t.fields.map((f) => f.type === 'string');
  return csvText(t.fields.map((f) => f.name), t.rows.map((r) => r.map((v, j) => (text[j] ? textCell(v) : v))));
}
