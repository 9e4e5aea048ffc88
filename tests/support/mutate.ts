// Edits for the property test (tests/core/mutations.test.ts): of lines, of tab-separated cells, and of bytes.

export type Edit = { op: string; at: number; arg: number; text: string };

export const LINE_OPS = ['drop', 'dup', 'swap', 'truncate', 'insert', 'join', 'split'] as const;
export const CELL_OPS = ['blank', 'cell', 'cellSplit', 'cellMerge', 'cellSwap'] as const;

function applyLineEdit(lines: string[], { op, at, arg, text }: Edit): void {
  const i = at % lines.length;
  const j = arg % lines.length;
  if (op === 'drop') lines.splice(i, 1);
  else if (op === 'dup') lines.splice(i, 0, lines[i]);
  else if (op === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
  else if (op === 'truncate') lines[i] = lines[i].slice(0, arg % (lines[i].length + 1));
  else if (op === 'insert') lines.splice(i, 0, text);
  else if (op === 'join') lines.splice(i, 2, lines[i] + (lines[i + 1] ?? ''));
  else if (op === 'split') lines.splice(i, 1, lines[i].slice(0, arg % (lines[i].length + 1)), lines[i].slice(arg % (lines[i].length + 1)));
}

function applyCellEdit(lines: string[], { op, at, arg, text }: Edit): void {
  const i = at % lines.length;
  const cells = lines[i].split('\t');
  const c = arg % cells.length;
  const d = (arg >> 4) % cells.length;
  if (op === 'blank') cells[c] = '';
  else if (op === 'cell') cells[c] = text;
  else if (op === 'cellSplit') cells.splice(c, 1, cells[c].slice(0, 1), cells[c].slice(1));
  else if (op === 'cellMerge') cells.splice(c, 2, cells[c] + (cells[c + 1] ?? ''));
  else [cells[c], cells[d]] = [cells[d], cells[c]];
  lines[i] = cells.join('\t');
}

/** The lines with the edits applied in order, joined with LF. */
export function mutate(lines: readonly string[], edits: Edit[]): string {
  const out = [...lines];
  for (const e of edits) {
    if (out.length === 0) out.push('');
    ((CELL_OPS as readonly string[]).includes(e.op) ? applyCellEdit : applyLineEdit)(out, e);
  }
  return out.join('\n');
}

export const BYTE_OPS = ['flip', 'insert', 'delete', 'truncate', 'nul', 'bom', 'cr'] as const;
export type ByteEdit = { op: string; at: number; byte: number };

/** The bytes with the edits applied in order: bits flipped, bytes inserted or deleted, cut short, NUL, BOM or CR added. */

export function mutateBytes(bytes: Buffer, edits: ByteEdit[]): Buffer {
  let out = bytes;
  for (const { op, at, byte } of edits) {
    const i = out.length === 0 ? 0 : at % out.length;
    const insert = (b: number[]) => Buffer.concat([out.subarray(0, i), Buffer.from(b), out.subarray(i)]);
    if (op === 'flip' && out.length > 0) {
      out = Buffer.from(out);
      out[i] ^= 1 << (byte % 8);
    } else if (op === 'insert') out = insert([byte]);
    else if (op === 'delete') out = Buffer.concat([out.subarray(0, i), out.subarray(i + 1)]);
    else if (op === 'truncate') out = out.subarray(0, i);
    else if (op === 'nul') out = insert([0]);
    else if (op === 'bom') out = insert([0xef, 0xbb, 0xbf]);
    else if (op === 'cr') out = insert([0x0d]);
  }
  return out;
}

