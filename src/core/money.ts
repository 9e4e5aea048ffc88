// The only module that turns amounts into arithmetic. Stored data keeps canonical decimal strings.
import { Decimal } from 'decimal.js';
import type { Amount } from './schema.ts';

const AMOUNT_TEXT = /^[-－]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/** Whitespace of every kind that PDF and Word exports glue to figures, including U+3000. */
const SPACE = /[\s\u3000\u00a0\u2002-\u200b\ufeff]/g;

/** The cell or token with its padding removed. */
export function stripSpace(text: string): string {
  return text.replace(SPACE, '');
}

/** A blank cell or a lone full-width space: what tables print for zero. */
export function isBlank(text: string): boolean {
  return stripSpace(text) === '';
}

/** Exact canonical amount for a printed figure, or null when the text is not a plain amount. */
export function parseAmount(text: string): Amount | null {
  const t = stripSpace(text).replace('－', '-');
  if (!AMOUNT_TEXT.test(t)) return null;
  // Kept as printed (decimals included), so "5.60" stays "5.60"; only separators and signs are normalised.
  const plain = t.replace(/,/g, '').replace(/^(-?)0+(?=\d)/, '$1');
  return /^-0(\.0+)?$/.test(plain) ? plain.slice(1) : plain;
}

function canonical(d: Decimal): Amount {
  return d.isZero() ? '0' : d.toFixed();
}

export function sum(values: readonly Amount[]): Amount {
  return canonical(values.reduce((acc, v) => acc.plus(v), new Decimal(0)));
}

export function minus(a: Amount, b: Amount): Amount {
  return canonical(new Decimal(a).minus(b));
}

export function abs(a: Amount): Amount {
  return canonical(new Decimal(a).abs());
}

export function equal(a: Amount, b: Amount): boolean {
  return new Decimal(a).equals(b);
}

export function lessOrEqual(a: Amount, b: Amount): boolean {
  return new Decimal(a).lessThanOrEqualTo(b);
}

export function isZero(a: Amount): boolean {
  return new Decimal(a).isZero();
}

/** Rounding allowance for an identity over `terms` rounded figures, each off by at most half a unit of `step`. */
export function tolerance(terms: number, step: Amount = '0.01'): Amount {
  return canonical(new Decimal(step).times(0.5).times(Math.max(terms, 1)));
}

/** Converts between 元 and 万元. */
export function convert(a: Amount, from: '元' | '万元', to: '元' | '万元'): Amount {
  if (from === to) return a;
  const d = new Decimal(a);
  return canonical(from === '元' ? d.dividedBy(10000) : d.times(10000));
}

/** Number of decimals a figure was printed with ("418.1" → 1). */
export function decimals(a: Amount): number {
  const i = a.indexOf('.');
  return i < 0 ? 0 : a.length - i - 1;
}

/** Thousands-separated display form, keeping the printed decimals. */
export function format(a: Amount): string {
  const [int, frac] = a.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (a.startsWith('-') ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

export function compare(a: Amount, b: Amount): number {
  return new Decimal(a).comparedTo(b);
}

/**
 * The unit of a figure printed without one, read from a reference figure in 万元: the unit under which the two
 * are within half of each other (元 and 万元 readings differ 10,000-fold, so at most one can). Null if neither.
 */
export function inferUnit(value: Amount, referenceWan: Amount): '元' | '万元' | null {
  const ref = new Decimal(referenceWan);
  const close = (u: '元' | '万元') => {
    const v = new Decimal(convert(value, u, '万元'));
    return ref.isZero() ? v.isZero() : v.minus(ref).abs().lessThanOrEqualTo(ref.abs().times(0.5));
  };
  const units = (['万元', '元'] as const).filter(close);
  return units.length === 1 ? units[0] : null;
}
