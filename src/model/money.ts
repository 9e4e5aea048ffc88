// The only module that turns amounts into arithmetic. Stored data keeps canonical decimal strings.
import { Decimal } from 'decimal.js';
import type { Amount, Unit } from './schema.ts';

const AMOUNT_TEXT = /^[-－]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/** Whitespace of every kind that PDF and Word exports glue to figures, including U+3000. */
const SPACE = /[\s\u3000\u00a0\u2002-\u200b\ufeff]/g;

/** A figure that parseAmount would return unchanged: digits, no sign, separators, padding or leading zeros. */
const CANONICAL_UNSIGNED = /^(0|[1-9]\d*)(\.\d+)?$/;

/** SPACE as a test: most text has none and is returned as it is. */
const HAS_SPACE = /[\s\u3000\u00a0\u2002-\u200b\ufeff]/;

/** The cell or token with its padding removed. */
export function stripSpace(text: string): string {
  return HAS_SPACE.test(text) ? text.replace(SPACE, '') : text;
}

/** A blank cell or a lone full-width space: what tables print for zero. */
export function isBlank(text: string): boolean {
  return stripSpace(text) === '';
}

/** Exact canonical amount for a printed figure, or null when the text is not a plain amount. */
export function parseAmount(text: string): Amount | null {
  // Most cells are printed canonical already: nothing to normalise.
  if (CANONICAL_UNSIGNED.test(text)) return text;
  const t = stripSpace(text).replace('－', '-');
  if (!AMOUNT_TEXT.test(t)) return null;
  // Kept as printed (decimals included), so "5.60" stays "5.60"; only separators and signs are normalised.
  const plain = t.replace(/,/g, '').replace(/^(-?)0+(?=\d)/, '$1');
  return /^-0(\.0+)?$/.test(plain) ? plain.slice(1) : plain;
}

function canonical(d: Decimal): Amount {
  return d.isZero() ? '0' : d.toFixed();
}

/**
 * The audit adds and compares figures by the thousand: plain figures are worked as BigInt integers scaled to their
 * finest decimal, exact and much cheaper than Decimal objects; anything else goes through Decimal. `signs` gives
 * each term's sign (1 or -1); null when some term is not a plain figure.
 */
function scaledSum(values: readonly Amount[], signs: readonly number[]): { n: bigint; places: number } | null {
  const places = values.reduce((max, v) => Math.max(max, decimals(v)), 0);
  let n = 0n;
  for (const [i, a] of values.entries()) {
    const v = scaledInteger(a, places);
    if (v === null) return null;
    n += signs[i] < 0 ? -v : v;
  }
  return { n, places };
}

/** The canonical form of n × 10^-places, as Decimal's toFixed prints it: no trailing zeros, "0" for zero. */
function fromScaled(n: bigint, places: number): Amount {
  if (n === 0n) return '0';
  const digits = String(n < 0n ? -n : n).padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places).replace(/0+$/, '');
  return (n < 0 ? '-' : '') + int + (frac ? `.${frac}` : '');
}

export function sum(values: readonly Amount[]): Amount {
  const fast = scaledSum(values, values.map(() => 1));
  if (fast) return fromScaled(fast.n, fast.places);
  return canonical(values.reduce((acc, v) => acc.plus(v), new Decimal(0)));
}

export function minus(a: Amount, b: Amount): Amount {
  const fast = scaledSum([a, b], [1, -1]);
  return fast ? fromScaled(fast.n, fast.places) : canonical(new Decimal(a).minus(b));
}

export function abs(a: Amount): Amount {
  const fast = scaledSum([a], [1]);
  return fast ? fromScaled(fast.n < 0n ? -fast.n : fast.n, fast.places) : canonical(new Decimal(a).abs());
}

export function equal(a: Amount, b: Amount): boolean {
  return new Decimal(a).equals(b);
}

export function lessOrEqual(a: Amount, b: Amount): boolean {
  return new Decimal(a).lessThanOrEqualTo(b);
}

export function isZero(a: Amount): boolean {
  const fast = scaledSum([a], [1]);
  return fast ? fast.n === 0n : new Decimal(a).isZero();
}

/** Rounding allowance for an identity over `terms` rounded figures, each off by at most half a unit of `step`. */
export function tolerance(terms: number, step: Amount = '0.01'): Amount {
  // Half of `step` is 5 units of the next decimal place.
  const units = scaledInteger(step, decimals(step));
  if (units !== null) return fromScaled(units * 5n * BigInt(Math.max(terms, 1)), decimals(step) + 1);
  return canonical(new Decimal(step).times(0.5).times(Math.max(terms, 1)));
}

/** Converts between 元 and 万元. */
export function convert(a: Amount, from: Unit, to: Unit): Amount {
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
  const fast = scaledSum([a, b], [1, -1]);
  return fast ? (fast.n > 0n ? 1 : fast.n < 0n ? -1 : 0) : new Decimal(a).comparedTo(b);
}

/** One unit of the given decimal place: 0 → "1", 2 → "0.01" (what 10^-places prints, without arithmetic). */
function unitOf(places: number): Amount {
  return places === 0 ? '1' : `0.${'0'.repeat(places - 1)}1`;
}

/** A unit of the last printed decimal: "418.1" → "0.1", "3" → "1". */
export function lastUnit(a: Amount): Amount {
  return unitOf(decimals(a));
}

/** Half a unit of the last printed decimal: how far a rounded figure can be from what it stands for. */
export function halfUnit(a: Amount): Amount {
  return `0.${'0'.repeat(decimals(a))}5`;
}

/** How far a printed figure can be from what it stands for: half its last unit, none for a printed zero (nothing
 * was spent, not a rounded small amount). */
export function printedAllowance(a: Amount): Amount {
  return isZero(a) ? '0' : halfUnit(a);
}

/** The unit of the finest decimal printed among `values` ("0" and "12.34" → "0.01"): a table's rounding step. */
export function stepOf(values: readonly Amount[]): Amount {
  return unitOf(values.reduce((max, v) => Math.max(max, decimals(v)), 0));
}

/** A figure read once for many sum checks: its digits as an integer (null if not a plain figure) and its decimals. */
export interface Scaled {
  amount: Amount;
  n: bigint | null;
  places: number;
}

export function scaled(a: Amount): Scaled {
  return { amount: a, n: scaledInteger(a, decimals(a)), places: decimals(a) };
}

/**
 * Whether `total` = Σ `parts` within the rounding of every term printed to the finest decimal among them: the
 * same as |total − Σ parts| ≤ tolerance(parts.length + 1, stepOf(all)). Row placement asks this for thousands of
 * readings: in integers scaled to the finest decimal, the tolerance is half a unit per term.
 */
export function sumHolds(total: Scaled, parts: readonly Scaled[]): boolean {
  const places = parts.reduce((max, p) => Math.max(max, p.places), total.places);
  let difference = 0n;
  for (const [i, f] of [total, ...parts].entries()) {
    if (f.n === null) return sumHoldsByDecimal(total.amount, parts.map((p) => p.amount));
    const v = f.n * 10n ** BigInt(places - f.places);
    difference += i === 0 ? v : -v;
  }
  const size = difference < 0n ? -difference : difference;
  return 2n * size <= BigInt(parts.length + 1);
}

function sumHoldsByDecimal(total: Amount, parts: readonly Amount[]): boolean {
  return compare(abs(minus(total, sum(parts))), tolerance(parts.length + 1, stepOf([total, ...parts]))) <= 0;
}

const PLAIN_AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

/** The amount × 10^places as an integer, or null when it is not a plain decimal with at most `places` decimals. */
function scaledInteger(a: Amount, places: number): bigint | null {
  const m = PLAIN_AMOUNT.exec(a);
  if (!m || (m[3] ?? '').length > places) return null;
  const n = BigInt(m[2] + (m[3] ?? '').padEnd(places, '0'));
  return m[1] ? -n : n;
}

/**
 * The unit of a figure printed without one, read from a reference figure in 万元: the unit under which the two
 * are within half of each other (元 and 万元 readings differ 10,000-fold, so at most one can). Null if neither.
 */
export function inferUnit(value: Amount, referenceWan: Amount): Unit | null {
  const ref = new Decimal(referenceWan);
  const close = (u: Unit) => {
    const v = new Decimal(convert(value, u, '万元'));
    return ref.isZero() ? v.isZero() : v.minus(ref).abs().lessThanOrEqualTo(ref.abs().times(0.5));
  };
  const units = (['万元', '元'] as const).filter(close);
  return units.length === 1 ? units[0] : null;
}

/** `part` as a percentage of `whole`, rounded to `places` decimals; null when the whole is zero. */
export function percent(part: Amount, whole: Amount, places: number): Amount | null {
  if (new Decimal(whole).isZero()) return null;
  return new Decimal(part).dividedBy(whole).times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

/**
 * Lowest and highest percentage part/whole can be when each was rounded by up to its allowance (numerator and
 * denominator taken at the ends of their ranges). Null when the whole can be zero.
 */
export function percentRange(part: Amount, partAllowance: Amount, whole: Amount, wholeAllowance: Amount): [Amount, Amount] | null {
  const p = new Decimal(part);
  const w = new Decimal(whole);
  const pa = new Decimal(partAllowance);
  const wa = new Decimal(wholeAllowance);
  const ws = [w.minus(wa), w.plus(wa)];
  if (ws[0].isNegative() !== ws[1].isNegative() || ws.some((x) => x.isZero())) return null;
  const values = [p.minus(pa), p.plus(pa)].flatMap((n) => ws.map((d) => n.dividedBy(d).times(100)));
  return [canonical(Decimal.min(...values)), canonical(Decimal.max(...values))];
}

/** True when `value` lies in [low, high]. */
export function within(value: Amount, low: Amount, high: Amount): boolean {
  const v = new Decimal(value);
  return v.greaterThanOrEqualTo(low) && v.lessThanOrEqualTo(high);
}

export function plus(a: Amount, b: Amount): Amount {
  const fast = scaledSum([a, b], [1, 1]);
  return fast ? fromScaled(fast.n, fast.places) : canonical(new Decimal(a).plus(b));
}

export function negate(a: Amount): Amount {
  return canonical(new Decimal(a).negated());
}

/** `a` rounded half-up to `places` decimals. */
export function round(a: Amount, places: number): Amount {
  return canonical(new Decimal(a).toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
}

export function max(a: Amount, b: Amount): Amount {
  return canonical(Decimal.max(a, b));
}

/** `a` (in `unit`) per head of `count` people, in 元 rounded half-up to the yuan: 人均 figures are read as 元,
 * and 万元 to two decimals would round a 三公 figure per head to nothing. */
export function perHeadYuan(a: Amount, unit: Unit, count: number): Amount {
  return canonical(new Decimal(convert(a, unit, '元')).dividedBy(count).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
}
