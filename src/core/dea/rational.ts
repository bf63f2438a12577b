/**
 * Exact rational numbers on BigInt, for the exact simplex: n/d in lowest terms with d > 0.
 * Every finite double is a rational (mantissa·2^exponent), so LP data converts without loss.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** 0 and 1. */
export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function make(n: bigint, d: bigint): Rational {
  if (n === 0n) return ZERO;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

/** The exact value of a finite double. */
export function fromNumber(v: number): Rational {
  if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  if (Number.isInteger(v)) return { n: BigInt(v), d: 1n };
  // Multiply by 2 until integral: at most 1074 steps, each exact in floating point.
  let e = 0;
  let m = v;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return make(BigInt(m), 1n << BigInt(e));
}

// Exact arithmetic; every result is in lowest terms. div throws RangeError on division by zero.
export const add = (a: Rational, b: Rational): Rational =>
  a.d === b.d ? make(a.n + b.n, a.d) : make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational =>
  a.d === b.d ? make(a.n - b.n, a.d) : make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational =>
  a.n === 0n || b.n === 0n ? ZERO : make(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => {
  if (b.n === 0n) throw new RangeError('division by zero');
  return make(a.n * b.d, a.d * b.n);
};
export const neg = (a: Rational): Rational => (a.n === 0n ? ZERO : { n: -a.n, d: a.d });
export const sign = (a: Rational): number => (a.n > 0n ? 1 : a.n < 0n ? -1 : 0);
export const compare = (a: Rational, b: Rational): number => sign(sub(a, b));

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** The double nearest to a/b (to within one unit in the last place for huge terms). */
export function toNumber(a: Rational): number {
  const { n, d } = a;
  const limit = 1n << 53n;
  const absN = n < 0n ? -n : n;
  if (absN < limit && d < limit) return Number(n) / Number(d);
  // Keep 64 significant bits of the quotient, then scale back by a power of two.
  const shift = bitLength(d) - bitLength(absN) + 64;
  const q = shift >= 0 ? (n << BigInt(shift)) / d : n / (d << BigInt(-shift));
  // Two steps, so that neither power of two underflows or overflows on its own.
  const half = Math.trunc(shift / 2);
  return Number(q) * 2 ** -half * 2 ** -(shift - half);
}
