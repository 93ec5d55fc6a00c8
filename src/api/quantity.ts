// Kubernetes resource quantities (apimachinery `resource.Quantity`): parsing with the upstream
// grammar and error texts, and the rounding the API uses (MilliValue and Value round up).
//
//   <quantity>        ::= <signedNumber><suffix>
//   <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI>
//   <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei
//   <decimalSI>       ::= n | u | m | "" | k | M | G | T | P | E
//   <decimalExponent> ::= "e" <signedNumber> | "E" <signedNumber>

/** resource.ErrFormatWrong */
export const ErrFormatWrong = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
/** resource.ErrSuffix */
export const ErrSuffix = "unable to parse quantity's suffix";
/** resource.ErrNumeric */
export const ErrNumeric = 'unable to parse numeric part of quantity';

/** An exact value: sign × digits × 10^exp10 × 2^exp2 (digits is a decimal integer). */
interface Exact {
  negative: boolean;
  digits: bigint;
  exp10: number;
  exp2: number;
}

const decimalSI: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const binarySI: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

const shape = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

/** Parses a quantity exactly, or returns the upstream error text. */
function parseExact(input: string | number): Exact | string {
  const s = typeof input === 'number' ? numberToString(input) : input;
  if (typeof s !== 'string' || s.length === 0) return 'quantities must be non-empty';
  const m = shape.exec(s);
  if (!m) return ErrFormatWrong;
  let num = m[1]!;
  const suffix = m[2]!;
  let negative = false;
  if (num[0] === '+' || num[0] === '-') {
    negative = num[0] === '-';
    num = num.slice(1);
  }
  const parts = num.split('.');
  if (parts.length > 2 || (parts[0] === '' && (parts[1] ?? '') === '')) return ErrNumeric;
  const intPart = parts[0]!;
  const fracPart = parts[1] ?? '';
  let exp10 = -fracPart.length;
  let exp2 = 0;
  if (Object.hasOwn(decimalSI, suffix)) exp10 += decimalSI[suffix]!;
  else if (Object.hasOwn(binarySI, suffix)) exp2 = binarySI[suffix]!;
  else {
    const e = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
    if (!e) return ErrSuffix;
    exp10 += Number(e[1]);
  }
  // a bound on the exponent keeps the exact arithmetic cheap; no real resource comes near it
  if (Math.abs(exp10) > 300 || intPart.length + fracPart.length > 300) return ErrNumeric;
  const digits = BigInt((intPart + fracPart).replace(/^0+(?=.)/, '') || '0');
  return { negative: negative && digits !== 0n, digits, exp10, exp2 };
}

function numberToString(n: number): string {
  if (!Number.isFinite(n)) return 'NaN';
  // YAML numbers (pods: 110, cpu: 0.5) are quantities too; write them without a float exponent.
  return Number.isInteger(n) ? BigInt(n).toString() : String(n).replace(/e\+?/, 'e');
}

/** ceil(value × 10^scale10) as a plain number (the rounding of Quantity.ScaledValue). */
function scaledCeil(q: Exact, scale10: number): number {
  let num = q.digits * 2n ** BigInt(q.exp2);
  let den = 1n;
  const e = q.exp10 + scale10;
  if (e >= 0) num *= 10n ** BigInt(e);
  else den = 10n ** BigInt(-e);
  // round away from zero, as upstream's infDecAmount rounding to a scale does
  let v = num / den;
  if (num % den !== 0n) v += 1n;
  return Number(q.negative ? -v : v);
}

/**
 * ParseQuantity's fast path keeps the string as written when it already reads as a canonical
 * value (the string then survives storage and is what the API shows): an int64 value whose
 * decimal digits have no leading zero and no trailing 000 at a scale that is a multiple of 3, or
 * a binary value that is not a multiple of 8 units (`1.100`, `1E3`, `+1`, `0100Mi` stay).
 */
function keptAsWritten(str: string): boolean {
  if (str === '0') return true;
  const m = /^[+-]?0*([0-9]*)(?:\.([0-9]*))?(.*)$/.exec(str);
  if (!m) return false;
  const num = m[1] === '' ? '0' : m[1]!;
  const denom = m[2] ?? '';
  const suffix = m[3]!;
  let binary = false;
  let exponent: number;
  if (Object.hasOwn(decimalSI, suffix)) exponent = decimalSI[suffix]!;
  else if (Object.hasOwn(binarySI, suffix)) {
    binary = true;
    exponent = binarySI[suffix]!;
  } else if (/^[eE][-+]?[0-9]+$/.test(suffix)) exponent = Number(suffix.slice(1));
  else return false;
  const precision = binary ? (denom === '' ? 15 - num.length - Math.trunc((exponent * 3) / 10) - 1 : -1) : 18 - num.length - denom.length;
  if (precision < 0) return false;
  const scale = (binary ? 0 : exponent) - denom.length;
  if (scale < -9) return false;
  const shifted = num + denom;
  const value = BigInt(shifted);
  if (value * (binary ? 2n ** BigInt(exponent) : 1n) > 2n ** 63n - 1n) return false;
  if (binary) return exponent % 10 === 0 && (value & 7n) !== 0n;
  return scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
}

/** The error text for a malformed quantity, or null when it parses. */
export function quantityError(s: string | number): string | null {
  const r = parseExact(s);
  return typeof r === 'string' ? r : null;
}

/** The quantity's value in base units (cores, bytes, count) as a float; throws on malformed input. */
export function parseQuantity(s: string | number): number {
  const r = parseExact(s);
  if (typeof r === 'string') throw new Error(`${JSON.stringify(String(s))}: ${r}`);
  const v = Number(r.digits) * 10 ** r.exp10 * 2 ** r.exp2;
  return r.negative ? -v : v;
}

/** Quantity.MilliValue: the value in thousandths, rounded up (`100m` → 100, `0.5` → 500, `1` → 1000). */
export function cpuMilli(s: string | number): number {
  const r = parseExact(s);
  if (typeof r === 'string') throw new Error(`${JSON.stringify(String(s))}: ${r}`);
  return scaledCeil(r, 3);
}

/** Quantity.Value: the value in base units rounded up to an integer (`1Gi` → 1073741824, `1k` → 1000). */
export function memoryBytes(s: string | number): number {
  const r = parseExact(s);
  if (typeof r === 'string') throw new Error(`${JSON.stringify(String(s))}: ${r}`);
  return scaledCeil(r, 0);
}

/** Is the quantity a whole number (integer resources: pods, hugepages counts, extended resources)? */
export function isIntegerQuantity(s: string | number): boolean {
  const r = parseExact(s);
  if (typeof r === 'string') return false;
  return scaledCeil(r, 0) * 1000 === scaledCeil(r, 3);
}

/** Compares two valid quantities exactly: -1, 0 or 1. */
export function compareQuantities(a: string | number, b: string | number): number {
  const x = parseExact(a);
  const y = parseExact(b);
  if (typeof x === 'string' || typeof y === 'string') throw new Error('compareQuantities: malformed quantity');
  const toRational = (q: Exact): [bigint, bigint] => {
    let num = q.digits * 2n ** BigInt(q.exp2);
    let den = 1n;
    if (q.exp10 >= 0) num *= 10n ** BigInt(q.exp10);
    else den = 10n ** BigInt(-q.exp10);
    return [q.negative ? -num : num, den];
  };
  const [xn, xd] = toRational(x);
  const [yn, yd] = toRational(y);
  const l = xn * yd;
  const r = yn * xd;
  return l < r ? -1 : l > r ? 1 : 0;
}

const decimalSuffixOf = new Map<number, string>(Object.entries(decimalSI).map(([s, e]) => [e, s]));
const binarySuffixOf = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/**
 * Quantity.String(): the canonical form the API server stores and prints (CanonicalizeBytes).
 * The suffix family is kept: a binary quantity that is an integer of at least 1024 takes the
 * largest binary suffix that divides it (`1.5Gi` → `1536Mi`, `1024Mi` → `1Gi`), else it is shown
 * as decimal; a decimal one takes an exponent that is a multiple of 3 (`0.5` → `500m`,
 * `2000000000` → `2G`); `1e3` stays in exponent form. Malformed input comes back unchanged.
 */
export function canonicalQuantity(input: string | number): string {
  const q = parseExact(input);
  if (typeof q === 'string') return String(input);
  const written = typeof input === 'number' ? numberToString(input) : input;
  if (keptAsWritten(written)) return written;
  if (q.digits === 0n) return '0';
  const sign = q.negative ? '-' : '';
  const s = typeof input === 'number' ? '' : input;
  let format: 'BinarySI' | 'DecimalSI' | 'DecimalExponent' = /[KMGTPE]i$/.test(s) ? 'BinarySI' : /[eE][-+]?[0-9]+$/.test(s) ? 'DecimalExponent' : 'DecimalSI';
  let num = q.digits * 2n ** BigInt(q.exp2);
  if (format === 'BinarySI') {
    // an exact integer of magnitude 1024 or more keeps its binary form
    const den = q.exp10 < 0 ? 10n ** BigInt(-q.exp10) : 1n;
    const whole = q.exp10 >= 0 ? num * 10n ** BigInt(q.exp10) : num / den;
    if ((q.exp10 >= 0 || num % den === 0n) && whole >= 1024n) {
      let n = whole;
      let e = 0;
      while (e < binarySuffixOf.length - 1 && n % 1024n === 0n) {
        n /= 1024n;
        e++;
      }
      return `${sign}${n}${binarySuffixOf[e]}`;
    }
    format = 'DecimalSI';
  }
  // base 10: strip trailing zeros, then bring the exponent down to a multiple of 3
  let e = q.exp10;
  while (num % 10n === 0n) {
    num /= 10n;
    e++;
  }
  // more precise than nano rounds up to nano, as parsing does
  if (e < -9) {
    const d = 10n ** BigInt(-9 - e);
    num = num / d + (num % d === 0n ? 0n : 1n);
    e = -9;
  }
  const r = ((e % 3) + 3) % 3;
  if (r === 1) {
    num *= 10n;
    e -= 1;
  } else if (r === 2) {
    num *= 100n;
    e -= 2;
  }
  if (format === 'DecimalSI') {
    const suffix = decimalSuffixOf.get(e);
    if (suffix !== undefined) return `${sign}${num}${suffix}`;
  }
  return `${sign}${num}${e === 0 ? '' : `e${e}`}`;
}
