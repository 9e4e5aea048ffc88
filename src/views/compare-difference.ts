// 差额 between two chosen bureaus in the comparison table, which the browser adds for the bureaus a reader picks
// (the page cannot know them in advance): each amount of the first bureau less the same amount of the other, exact,
// to the decimals printed. Read back from the table as shown, so it is the figures the reader sees, linked above.
import type { Amount } from '../model/schema.ts';
import { changeText } from './format.ts';

/** A figure as the table shows it ("15,621.1123", "-3.60") as a decimal string; null for a dash or other text. */
export function shownAmount(text: string): Amount | null {
  const plain = text.trim().replaceAll(',', '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? plain : null;
}

/** first − other as shown in a 差额 row: "+3.60", "0", or "—" when either bureau has no such figure. */
export const differenceText = (first: string, other: string): string => changeText(shownAmount(first), shownAmount(other));
