// resource.Quantity parsing and rounding (apimachinery pkg/api/resource/quantity.go).
import { describe, expect, it } from 'vitest';
import { ErrFormatWrong, ErrSuffix, canonicalQuantity, compareQuantities, cpuMilli, isIntegerQuantity, memoryBytes, parseQuantity, quantityError } from '../../src/api/quantity.ts';

describe('parseQuantity: value in base units', () => {
  const cases: [string, string | number, number][] = [
    ['plain integer', '4', 4],
    ['decimal', '0.5', 0.5],
    ['milli', '100m', 0.1],
    ['micro', '5u', 5e-6],
    ['nano', '5n', 5e-9],
    ['kilo (decimal SI)', '1k', 1000],
    ['mega', '2M', 2e6],
    ['giga', '1G', 1e9],
    ['tera', '1T', 1e12],
    ['peta', '1P', 1e15],
    ['exa', '1E', 1e18],
    ['kibi', '1Ki', 1024],
    ['mebi', '128Mi', 128 * 1024 * 1024],
    ['gibi', '16Gi', 16 * 1024 ** 3],
    ['tebi', '1Ti', 1024 ** 4],
    ['pebi', '1Pi', 1024 ** 5],
    ['exbi', '1Ei', 1024 ** 6],
    ['exponent', '1e3', 1000],
    ['capital exponent', '1E3', 1000],
    ['negative exponent', '5e-3', 0.005],
    ['signed exponent', '2e+2', 200],
    ['leading dot', '.5', 0.5],
    ['trailing dot', '1.', 1],
    ['explicit plus', '+3', 3],
    ['negative', '-1', -1],
    ['fractional binary', '1.5Gi', 1.5 * 1024 ** 3],
    ['a YAML number', 110, 110],
    ['a YAML float', 0.25, 0.25],
  ];
  it.each(cases)('%s: %s', (_n, s, want) => {
    expect(parseQuantity(s)).toBeCloseTo(want, 12);
    expect(quantityError(s)).toBeNull();
  });
});

describe('parseQuantity: malformed input is an error with the upstream text', () => {
  const cases: [string, string, string][] = [
    ['empty', '', 'quantities must be non-empty'],
    ['letters only', 'abc', ErrFormatWrong],
    ['unit before number', 'Gi1', ErrFormatWrong],
    ['space', '1 Gi', ErrFormatWrong],
    ['unknown suffix', '1Kb', ErrFormatWrong],
    ['bad suffix letters', '1mm', ErrSuffix],
    ['lowercase binary', '1ki', ErrSuffix],
    ['exponent without digits', '1e', ErrSuffix],
    ['two dots', '1.2.3', 'unable to parse numeric part of quantity'],
    ['only a dot', '.', 'unable to parse numeric part of quantity'],
  ];
  it.each(cases)('%s: %j', (_n, s, msg) => {
    expect(quantityError(s)).toBe(msg);
    expect(() => parseQuantity(s)).toThrow(msg);
  });
});

describe('cpuMilli (Quantity.MilliValue, rounds up)', () => {
  const cases: [string, string | number, number][] = [
    ['whole cores', '2', 2000],
    ['millicores', '250m', 250],
    ['half a core', '0.5', 500],
    ['no float drift on 0.1', '0.1', 100],
    ['sub-milli rounds up', '0.0001', 1],
    ['nano rounds up', '1n', 1],
    ['exponent', '1e-3', 1],
    ['number input', 3, 3000],
  ];
  it.each(cases)('%s: %s', (_n, s, want) => expect(cpuMilli(s)).toBe(want));
});

describe('memoryBytes (Quantity.Value, rounds up)', () => {
  const cases: [string, string, number][] = [
    ['gibibytes', '16Gi', 17179869184],
    ['megabytes', '500M', 500_000_000],
    ['kibibytes', '1Ki', 1024],
    ['milli rounds up to a byte', '100m', 1],
    ['fraction of a kibibyte', '1.5Ki', 1536],
  ];
  it.each(cases)('%s: %s', (_n, s, want) => expect(memoryBytes(s)).toBe(want));
});

describe('helpers', () => {
  it('compareQuantities compares exactly across suffixes', () => {
    expect(compareQuantities('1', '1000m')).toBe(0);
    expect(compareQuantities('1Gi', '1G')).toBe(1);
    expect(compareQuantities('500m', '0.6')).toBe(-1);
    expect(compareQuantities('-1', 0)).toBe(-1);
  });
  it('isIntegerQuantity', () => {
    expect(isIntegerQuantity('2')).toBe(true);
    expect(isIntegerQuantity('1k')).toBe(true);
    expect(isIntegerQuantity('500m')).toBe(false);
    expect(isIntegerQuantity('1.5')).toBe(false);
  });
});

describe('canonicalQuantity (Quantity.String, CanonicalizeBytes)', () => {
  const cases: Array<[string | number, string]> = [
    ['0.5', '500m'],
    [0.5, '500m'],
    ['1.5', '1500m'],
    ['1000m', '1'],
    ['100m', '100m'],
    [1, '1'],
    ['2000000000', '2G'],
    ['1000', '1k'],
    ['1000k', '1M'],
    ['1023', '1023'],
    // BinarySI: the largest binary suffix dividing an integer >= 1024
    ['1.5Gi', '1536Mi'],
    ['1024Mi', '1Gi'],
    ['16Gi', '16Gi'],
    ['1Ki', '1Ki'],
    // below 1024, or not an integer: shown as DecimalSI
    ['0.5Ki', '512'],
    ['1.1Gi', '1181116006400m'],
    // DecimalExponent keeps the exponent form, with an exponent that is a multiple of 3
    ['1e3', '1e3'],
    ['12e2', '1200'],
    ['2.5e-1', '250e-3'],
    // finer than nano rounds up to nano
    ['0.0000000001', '1n'],
    ['0', '0'],
    // ParseQuantity's fast path keeps a string that already reads as canonical, as written
    ['1E3', '1E3'],
    ['+1', '+1'],
    ['+500m', '+500m'],
    ['1.100', '1.100'],
    ['1.', '1.'],
    ['1.G', '1.G'],
    ['0100Mi', '0100Mi'],
    ['+1Gi', '+1Gi'],
    // ...but not one with a leading zero digit, a trailing 000, or a multiple of 8 binary units
    ['0.50', '500m'],
    ['2000m', '2'],
    ['8Mi', '8Mi'],
  ];
  for (const [input, want] of cases) it(`${JSON.stringify(input)} → ${want}`, () => expect(canonicalQuantity(input)).toBe(want));
  it('leaves malformed input as it is', () => expect(canonicalQuantity('1Gix')).toBe('1Gix'));
  it('keeps the value: parsing the canonical form gives the same quantity', () => {
    for (const [input] of cases) if (input !== '0.0000000001') expect(compareQuantities(canonicalQuantity(input), input)).toBe(0);
  });
});
