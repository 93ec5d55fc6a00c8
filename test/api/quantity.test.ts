// resource.Quantity parsing and rounding (apimachinery pkg/api/resource/quantity.go).
import { describe, expect, it } from 'vitest';
import { ErrFormatWrong, ErrNumeric, ErrSuffix, canonicalQuantity, compareQuantities, cpuMilli, isIntegerQuantity, memoryBytes, newMilliQuantity, newQuantity, parseQuantity, quantityError, resourceListQuantity } from '../../src/api/quantity.ts';

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
    // ParseQuantity: len(str) == 0 is ErrFormatWrong
    ['empty', '', ErrFormatWrong],
    ['only spaces (trimmed to empty)', '  ', ErrFormatWrong],
    ['letters only', 'abc', ErrFormatWrong],
    // the scanner reads `Gi1` as an empty number (0) and the suffix "Gi1", which interpret rejects
    ['unit before number', 'Gi1', ErrSuffix],
    ['space', '1 Gi', ErrFormatWrong],
    ['unknown suffix', '1Kb', ErrFormatWrong],
    ['bad suffix letters', '1mm', ErrSuffix],
    ['lowercase binary', '1ki', ErrSuffix],
    ['exponent without digits', '1e', ErrSuffix],
    // parseQuantityString: a '.' where the suffix must go ends the Suffix loop early (quantity_test "1.1.M")
    ['two dots', '1.2.3', ErrFormatWrong],
    ['two dots before a suffix', '1.1.M', ErrFormatWrong],
    ['sign inside', '1+1.0M', ErrFormatWrong],
    ['exponent sign without digits', '-3.01e-', ErrSuffix],
    // the inf.Dec path (Pi/Ei, or finer than nano) reads no digit from these: ErrNumeric
    ['bare exbi', '.Ei', ErrNumeric],
    ['signed exponent only', '-e-10', ErrNumeric],
  ];
  it.each(cases)('%s: %j', (_n, s, msg) => {
    expect(quantityError(s)).toBe(msg);
    expect(() => parseQuantity(s)).toThrow(msg);
  });
});

describe('parseQuantityString and ParseQuantity edge rules', () => {
  const cases: [string, string | number, string][] = [
    // parseQuantityString: an empty numerator is "0" (TestParseQuantityString lists "." and "-.")
    ['a bare dot is zero', '.', '0'],
    ['a signed bare dot is zero', '-.', '0'],
    ['a lone sign is zero', '-', '0'],
    ['a lone plus is zero', '+', '0'],
    ['a bare binary suffix is zero', 'Mi', '0'],
    ['a bare exponent is zero', 'e3', '0'],
    // Quantity.UnmarshalJSON: ParseQuantity(strings.TrimSpace(...)), unicode.IsSpace
    ['surrounding spaces', ' 1 ', '1'],
    ['trailing space on a binary value', '64Mi ', '64Mi'],
    ['tabs and newlines', '\t500m\n', '500m'],
    ['no-break space (unicode.IsSpace)', '\u00a02', '2'],
    // ParseQuantity: "The max is just a simple cap" for BinarySI (quantity_test {"9Ei", maxAllowed})
    ['9Ei capped at 2^63-1', '9Ei', '9223372036854775807'],
    ['8Ei (2^63) capped', '8Ei', '9223372036854775807'],
    ['a negative binary value capped in magnitude', '-9Ei', '-9223372036854775807'],
    ['9223372036854775807Ki capped', '9223372036854775807Ki', '9223372036854775807'],
    ['7Ei is below the cap', '7Ei', '7Ei'],
    ['decimal values are not capped (12E)', '12E', '12E'],
    ['nor decimal exponents', '1e19', '10e18'],
    // ParseQuantity: a binary value strictly between 0 and 1 becomes DecimalSI
    ['a fraction of a byte', '0.5Ki', '512'],
    ['finer than nano in binary', '.000000000001Ki', '2n'],
    // encoding/json writes a float of 1e21 or more as 1e+21; the fast path keeps that string
    ['a huge YAML float', 1e21, '1e+21'],
    ['a huge negative YAML float', -1.5e22, '-1.5e+22'],
    ['a tiny YAML float (1e-7, DecimalExponent)', 1e-7, '100e-9'],
    ['a YAML int below 1e21', 1e20, '100E'],
    ['a signed exponent string is kept', '1e+21', '1e+21'],
  ];
  it.each(cases)('%s: %j', (_n, s, want) => {
    expect(quantityError(s)).toBeNull();
    expect(canonicalQuantity(s)).toBe(want);
  });
  it('the cap is the value too (Value() of 9Ei is 2^63-1)', () => expect(memoryBytes('9Ei')).toBe(2 ** 63));
});

describe('resourceListQuantity (SetDefaults_ResourceList: RoundUp(-3), then String)', () => {
  const cases: [string, string | number, string][] = [
    // RoundUp keeps Format: DecimalExponent stays in exponent form (constructBytes(10, -3, DecimalExponent))
    ['1e-4 rounds up to 1e-3', '1e-4', '1e-3'],
    ['1e-3 is kept', '1e-3', '1e-3'],
    ['5e-5 rounds up to 1e-3', '5e-5', '1e-3'],
    ['2.5e-4 rounds up to 1e-3', '2.5e-4', '1e-3'],
    // DecimalSI
    ['100u rounds up to 1m', '100u', '1m'],
    ['1500u rounds up to 2m', '1500u', '2m'],
    ['1n rounds up to 1m', '1n', '1m'],
    ['0.0001 rounds up to 1m', '0.0001', '1m'],
    // RoundUp keeps the string when the int64 scale is already milli or coarser
    ['1.100 stays as written', '1.100', '1.100'],
    ['+500m stays as written', '+500m', '+500m'],
    ['1000u is already a whole milli', '1000u', '1m'],
    // BinarySI below 1 is DecimalSI; rounds away from zero
    ['a fraction of a binary unit', '0.0001Ki', '103m'],
    ['negative values round away from zero', '-1e-4', '-1e-3'],
  ];
  it.each(cases)('%s: %j', (_n, s, want) => expect(resourceListQuantity(s)).toBe(want));
  it('leaves malformed input as it is', () => expect(resourceListQuantity('1.2.3')).toBe('1.2.3'));
});

describe('newQuantity / newMilliQuantity (the kubelet\'s node capacity)', () => {
  const cases: [string, () => string, string][] = [
    // CapacityFromMachineInfo: NewQuantity(MemoryCapacity, BinarySI)
    ['16G of memory in Ki', () => newQuantity(16_000_000_000, 'BinarySI'), '15625000Ki'],
    ['8000000000 bytes in Ki', () => newQuantity(8_000_000_000, 'BinarySI'), '7812500Ki'],
    ['16Gi of memory', () => newQuantity(16 * 1024 ** 3, 'BinarySI'), '16Gi'],
    ['below 1024 bytes is DecimalSI', () => newQuantity(1000, 'BinarySI'), '1k'],
    ['an odd byte count stays in bytes', () => newQuantity(16_000_000_001, 'BinarySI'), '16000000001'],
    // NewMilliQuantity(NumCores*1000, DecimalSI); pods NewQuantity(maxPods, DecimalSI)
    ['2 cores', () => newMilliQuantity(2000, 'DecimalSI'), '2'],
    ['1.5 cores', () => newMilliQuantity(1500, 'DecimalSI'), '1500m'],
    ['110 pods', () => newQuantity(110, 'DecimalSI'), '110'],
    ['zero', () => newQuantity(0, 'BinarySI'), '0'],
  ];
  it.each(cases)('%s', (_n, f, want) => expect(f()).toBe(want));
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
