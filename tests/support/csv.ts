// A strict RFC 4180 reader for the tests, written apart from the writer in src/: records end in CRLF, quotes only
// around whole fields, doubled inside. Anything else throws, so a malformed download fails the test.
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const field = (): string => {
    if (text[i] !== '"') {
      const start = i;
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        i++;
      }
      return text.slice(start, i);
    }
    let value = '';
    i++;
    for (;;) {
      if (i >= text.length) throw new Error('unterminated quoted field');
      if (text[i] === '"' && text[i + 1] === '"') { value += '"'; i += 2; continue; }
      if (text[i] === '"') { i++; return value; }
      value += text[i++];
    }
  };
  while (i < text.length) {
    row.push(field());
    if (text[i] === ',') { i++; continue; }
    if (text.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; continue; }
    throw new Error(`record not ended by CRLF at ${i}: ${JSON.stringify(text.slice(i, i + 10))}`);
  }
  if (row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

/** How a spreadsheet takes a cell typed in: a number, a formula, or text. */
export type SheetCell = { kind: 'number'; value: number } | { kind: 'formula'; text: string } | { kind: 'text'; text: string };

/**
 * A cell as Excel reads it from a CSV, by Excel's rule and not by the writer's: what parses as a number is a number;
 * what else begins with = + - or @ (after any leading tab or carriage return, which Excel drops) is a formula; a
 * leading single quote marks text and is not part of it.
 */
export function sheetCell(cell: string): SheetCell {
  if (cell.trim() !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cell)) return { kind: 'number', value: Number(cell) };
  if (/^[\t\r]*[=+\-@]/.test(cell)) return { kind: 'formula', text: cell };
  return { kind: 'text', text: cell.startsWith("'") ? cell.slice(1) : cell };
}
