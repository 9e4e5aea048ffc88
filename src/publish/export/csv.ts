// CSV as RFC 4180 (CRLF line ends, fields quoted when they hold a quote, comma or line break), UTF-8 with a byte
// order mark: Excel on a Chinese-locale Windows reads a CSV as GBK unless the BOM says UTF-8.
import type { Tabular } from './tabular.ts';

const BOM = '\ufeff';
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** The CSV of a download table: its field names as the header row. */
export const tabularCsv = (t: Tabular) => csvText(t.fields.map((f) => f.name), t.rows);
