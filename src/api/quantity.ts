// Kubernetes resource quantities (apimachinery `resource.Quantity`): parsing with the upstream
// scanner and error texts, the canonical string the API server keeps and prints, and the rounding
// the API uses (MilliValue and Value round up, SetDefaults_ResourceList rounds up to milli).
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

export type Format = 'DecimalExponent' | 'BinarySI' | 'DecimalSI';

/**
 * A parsed quantity. Parsing leaves every value a whole number of nano-units (the fast path keeps
 * a scale of at least -9, the slow path rounds up to nano), so one integer holds it exactly.
 */
interface Quantity {
  nanos: bigint;
  format: Format;
  /** the string as written, when ParseQuantity's fast path kept it (it already reads as canonical) */
  s: string | null;
  /** the int64Amount scale the fast path gave; null for a value from the inf.Dec path */
  scale: number | null;
}

const NANO = 1_000_000_000n;
const MAX_INT64 = 2n ** 63n - 1n;

const decimalSI: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const binarySI: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

interface Scanned {
  positive: boolean;
  /** the sign and number as written (what the inf.Dec path reads) */
  value: string;
  num: string;
  denom: string;
  suffix: string;
}

/**
 * parseQuantityString: the scanner, not a regular expression. An empty numerator is "0" (so `.`,
 * `-.`, `-` and a bare suffix such as `Mi` scan), and the suffix is any run of suffix letters, one
 * sign, then digits; anything after that is ErrFormatWrong (`1.2.3`, `1kb`).
 */
function scan(str: string): Scanned | string {
  const end = str.length;
  let pos = 0;
  let positive = true;
  if (str[0] === '-' || str[0] === '+') {
    positive = str[0] === '+';
    pos = 1;
  }
  while (pos < end && str[pos] === '0') pos++;
  if (pos === end) return { positive, value: '0', num: '0', denom: '', suffix: '' };
  let i = pos;
  while (isDigit(str[i])) i++;
  if (i === end) return { positive, value: str, num: str.slice(pos), denom: '', suffix: '' };
  const num = str.slice(pos, i) || '0';
  pos = i;
  let denom = '';
  if (str[pos] === '.') {
    i = ++pos;
    while (isDigit(str[i])) i++;
    denom = str.slice(pos, i);
    if (i === end) return { positive, value: str, num, denom, suffix: '' };
    pos = i;
  }
  const value = str.slice(0, pos);
  const suffixStart = pos;
  while (pos < end && 'eEinumkKMGTP'.includes(str[pos]!)) pos++;
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  if (pos < end) return ErrFormatWrong;
  return { positive, value, num, denom, suffix: str.slice(suffixStart) };
}

/** suffixHandler.interpret: the SI tables, else `e`/`E` and an int32 exponent. */
function interpret(suffix: string): { base: 2 | 10; exponent: number; format: Format } | null {
  if (Object.hasOwn(decimalSI, suffix)) return { base: 10, exponent: decimalSI[suffix]!, format: 'DecimalSI' };
  if (Object.hasOwn(binarySI, suffix)) return { base: 2, exponent: binarySI[suffix]!, format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[-+]?[0-9]+$/.test(suffix.slice(1))) {
    const exponent = Number(suffix.slice(1));
    if (Math.abs(exponent) <= 2 ** 31 - 1) return { base: 10, exponent, format: 'DecimalExponent' };
  }
  return null;
}

/** ceil(|n| / d) with n's sign: the rounding away from zero of RoundUp, Value and MilliValue. */
function divAway(n: bigint, d: bigint): bigint {
  const q = n / d;
  if (n % d === 0n) return q;
  return n < 0n ? q - 1n : q + 1n;
}

/** ParseQuantity. */
function parseString(str: string): Quantity | string {
  if (str.length === 0) return ErrFormatWrong;
  if (str === '0') return { nanos: 0n, format: 'DecimalSI', s: str, scale: 0 };
  const sc = scan(str);
  if (typeof sc === 'string') return sc;
  const suf = interpret(sc.suffix);
  if (!suf) return ErrSuffix;
  const { num, denom } = sc;
  let format = suf.format;
  // a bound on the exponent keeps the exact arithmetic cheap; no real resource comes near it
  if (Math.abs(suf.base === 10 ? suf.exponent : 0) > 300 || num.length + denom.length > 300) return ErrNumeric;

  // the int64 fast path; a value already written canonically keeps its string
  let precision: number;
  let scale = 0;
  let mantissa = 1n;
  if (suf.base === 10) {
    scale = suf.exponent;
    precision = 18 - (num.length + denom.length);
  } else if (denom.length === 0) {
    mantissa = 1n << BigInt(suf.exponent);
    // 1Mi (2^20) has ~6 decimal digits, so exponent*3/10 stands for the digits the suffix takes
    precision = 15 - num.length - Math.trunc((suf.exponent * 3) / 10) - 1;
  } else precision = -1;
  if (precision >= 0) {
    scale -= denom.length;
    if (scale >= -9) {
      const shifted = num + denom;
      const value = BigInt(shifted);
      const result = value * mantissa;
      if (result <= MAX_INT64) {
        const kept = format === 'BinarySI' ? (value & 7n) !== 0n : scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
        const nanos = (sc.positive ? result : -result) * 10n ** BigInt(scale + 9);
        return { nanos, format, s: kept ? str : null, scale };
      }
    }
  }

  // the inf.Dec path: it needs a digit to read (`.Ei` and `-e-10` have none)
  const m = /^[+-]?([0-9]*)\.?([0-9]*)$/.exec(sc.value);
  if (!m || m[1]! + m[2]! === '') return ErrNumeric;
  let amount = BigInt(m[1]! + m[2]!);
  let exp10 = -m[2]!.length;
  if (suf.base === 10) exp10 += suf.exponent;
  else amount <<= BigInt(suf.exponent);
  // non-zero values finer than nano round up to 1n: asking for some gets some
  let nanos = exp10 + 9 >= 0 ? amount * 10n ** BigInt(exp10 + 9) : divAway(amount, 10n ** BigInt(-(exp10 + 9)));
  // "The max is just a simple cap", for binary quantities only (9Ei and 8Ei become 2^63-1)
  if (format === 'BinarySI' && nanos > MAX_INT64 * NANO) nanos = MAX_INT64 * NANO;
  // a binary value strictly between 0 and 1 would have to round: it is decimal instead
  if (format === 'BinarySI' && nanos > 0n && nanos < NANO) format = 'DecimalSI';
  return { nanos: sc.positive ? nanos : -nanos, format, s: null, scale: null };
}

/**
 * Quantity.UnmarshalJSON trims white space (strings.TrimSpace, Go's unicode.IsSpace) before
 * ParseQuantity; every quantity jobsim reads arrives that way, ParseQuantity itself does not trim.
 */
const goSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/** A YAML number reaches the API server as the JSON number Go's encoding/json writes for it. */
function numberToString(n: number): string {
  if (!Number.isFinite(n)) return 'NaN';
  // a YAML int is written in full; JSON floats use exponent form from 1e21 up (`1e+21`) and below
  // 1e-6 (`1e-7`), as JavaScript's own number formatting does
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n);
}

/** The written text of a decoded value (trimmed, as UnmarshalJSON does), or undefined for a non-quantity. */
function decodedText(input: string | number): string | undefined {
  if (typeof input === 'number') return numberToString(input);
  if (typeof input !== 'string') return undefined;
  return input.replace(goSpace, '');
}

function decode(input: string | number): Quantity | string {
  const s = decodedText(input);
  return s === undefined ? ErrFormatWrong : parseString(s);
}

function decodeOrThrow(input: string | number): Quantity {
  const q = decode(input);
  if (typeof q === 'string') throw new Error(`${JSON.stringify(String(input))}: ${q}`);
  return q;
}

const decimalSuffixOf = new Map<number, string>(Object.entries(decimalSI).map(([s, e]) => [e, s]));
const binarySuffixOf = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/**
 * CanonicalizeBytes. A binary value of magnitude 1024 or more that is a whole number takes the
 * largest binary suffix dividing it (`1.5Gi` → `1536Mi`), otherwise it is shown as decimal; a
 * decimal one takes an exponent that is a multiple of 3 (`0.5` → `500m`), as an SI suffix, or as
 * `e<n>` for DecimalExponent and for a DecimalSI exponent past `E` (upstream's fallback).
 */
function canonicalize(nanos: bigint, format: Format): string {
  if (nanos === 0n) return '0';
  const sign = nanos < 0n ? '-' : '';
  const abs = nanos < 0n ? -nanos : nanos;
  if (format === 'BinarySI') {
    if (abs >= 1024n * NANO && abs % NANO === 0n) {
      let n = abs / NANO;
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
  let m = abs;
  let e = -9;
  while (m % 10n === 0n) {
    m /= 10n;
    e++;
  }
  const r = ((e % 3) + 3) % 3;
  if (r !== 0) {
    m *= r === 1 ? 10n : 100n;
    e -= r;
  }
  if (format === 'DecimalSI') {
    const suffix = decimalSuffixOf.get(e);
    if (suffix !== undefined) return `${sign}${m}${suffix}`;
  }
  return `${sign}${m}${e === 0 ? '' : `e${e}`}`;
}

/** Quantity.String(): the kept string, or the canonical form. */
const stringOf = (q: Quantity) => q.s ?? canonicalize(q.nanos, q.format);

/** The error text for a malformed quantity, or null when it parses. */
export function quantityError(s: string | number): string | null {
  const r = decode(s);
  return typeof r === 'string' ? r : null;
}

/** The quantity's value in base units (cores, bytes, count) as a float; throws on malformed input. */
export function parseQuantity(s: string | number): number {
  const { nanos } = decodeOrThrow(s);
  // whole part and fraction apart, so that a whole value (1Ei) comes back exact
  return Number(nanos / NANO) + Number(nanos % NANO) / 1e9;
}

/** Quantity.MilliValue: the value in thousandths, rounded up (`100m` → 100, `0.5` → 500, `1` → 1000). */
export function cpuMilli(s: string | number): number {
  return Number(divAway(decodeOrThrow(s).nanos, 1_000_000n));
}

/** Quantity.Value: the value in base units rounded up to an integer (`1Gi` → 1073741824, `1k` → 1000). */
export function memoryBytes(s: string | number): number {
  return Number(divAway(decodeOrThrow(s).nanos, NANO));
}

/** Is the quantity a whole number (MilliValue() % 1000 == 0: pods, hugepages counts, extended resources)? */
export function isIntegerQuantity(s: string | number): boolean {
  const r = decode(s);
  return typeof r !== 'string' && divAway(r.nanos, 1_000_000n) % 1000n === 0n;
}

/** Compares two valid quantities (Quantity.Cmp, on the parsed values): -1, 0 or 1. */
export function compareQuantities(a: string | number, b: string | number): number {
  const x = decode(a);
  const y = decode(b);
  if (typeof x === 'string' || typeof y === 'string') throw new Error('compareQuantities: malformed quantity');
  return x.nanos < y.nanos ? -1 : x.nanos > y.nanos ? 1 : 0;
}

/**
 * Quantity.String() of a decoded quantity: the form the API server stores and prints. Values
 * ParseQuantity's fast path keeps stay as written: an int64 value whose decimal digits have no
 * leading zero and no trailing 000 at a scale that is a multiple of 3, or a binary value that is
 * not a multiple of 8 units (`1.100`, `1E3`, `+1`, `0100Mi`, `1e+21`). Malformed input comes back
 * unchanged.
 */
export function canonicalQuantity(input: string | number): string {
  const q = decode(input);
  return typeof q === 'string' ? String(input) : stringOf(q);
}

/**
 * A container resource list entry as stored: SetDefaults_ResourceList calls RoundUp(-3), which
 * keeps the format (`1e-4` → `1e-3`, `100u` → `1m`) and keeps the written string only for an
 * int64 value already at milli scale or coarser. Malformed input comes back unchanged.
 */
export function resourceListQuantity(input: string | number): string {
  const q = decode(input);
  if (typeof q === 'string') return String(input);
  if (q.scale !== null && q.scale >= -3) return stringOf(q);
  return canonicalize(divAway(q.nanos, 1_000_000n) * 1_000_000n, q.format);
}

/** resource.NewQuantity(value, format).String() (the kubelet's node capacity: memory in BinarySI). */
export function newQuantity(value: number | bigint, format: Format): string {
  return canonicalize(BigInt(value) * NANO, format);
}

/** resource.NewMilliQuantity(value, format).String() (the kubelet's cpu capacity, DecimalSI). */
export function newMilliQuantity(milli: number | bigint, format: Format): string {
  return canonicalize(BigInt(milli) * 1_000_000n, format);
}

/**
 * Quantity.Add on two valid quantities: the sum, in the format of the first (the one added to),
 * printed canonically (Add drops the kept string). As the resource helpers' addResourceList sums.
 */
export function addQuantities(a: string | number, b: string | number): string {
  const x = decodeOrThrow(a);
  const y = decodeOrThrow(b);
  return canonicalize(x.nanos + y.nanos, x.format);
}
