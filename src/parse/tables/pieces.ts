// A row laid out with spaces, as pieces: its cells with neighbouring words joined, each with what it can be (a
// code, a whole number such as 行次, an amount, or words) and where it stands on the line.
import { parseAmount, stripSpace } from '../../model/money.ts';
import type { RawRow, Span } from '../../extract/rows.ts';
import { CODE } from './classify.ts';

export interface Piece {
  text: string;
  kind: 'code' | 'int' | 'amount' | 'text';
  span: Span;
}

export const DASH = /^[—–-]+$/;

function kindOf(text: string): Piece['kind'] {
  if (CODE.test(text)) return 'code';
  if (/^\d{1,3}$/.test(text)) return 'int';
  return parseAmount(text) !== null || DASH.test(text) ? 'amount' : 'text';
}

/** The row's cells, with neighbouring words joined: a name can hold spaces, a figure cannot. */
export function piecesOf(raw: RawRow, cells: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  cells.forEach((text, i) => {
    if (text === '') return;
    const span = raw.spans![i];
    const kind = kindOf(stripSpace(text));
    const last = pieces.at(-1);
    if (kind === 'text' && last?.kind === 'text') {
      last.text += ' ' + text;
      last.span = { chars: [last.span.chars[0], span.chars[1]], shown: [last.span.shown[0], span.shown[1]] };
    } else pieces.push({ text, kind, span });
  });
  return pieces;
}
