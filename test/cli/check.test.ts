import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactYaml } from '../../src/cli/check.ts';
import { parseDocuments } from '../../src/scenario/parse.ts';

/** What jobsim's own reader makes of a document compactYaml wrote. */
function readBack(obj: unknown): unknown {
  const text = compactYaml(obj);
  const parsed = parseDocuments('counterexample.yaml', text);
  expect(parsed.issues, text).toEqual([]);
  return parsed.docs[0]!.value;
}

// strings made of the pieces of numbers, booleans, nulls, timestamps and YAML syntax, so that
// look-alikes such as 0o17, 1_0.5, 0x1F, 1:30, ~ or yes come up often
const piece = fc.constantFrom(...['0', '0o', '0x', '1', '1_', '7', '9', 'o', 'O', 'x', 'b', '_', '.', 'e', 'E', '-', '+', ':', ' ', 'yes', 'no', 'on', 'y', 'n', 'true', 'null', '~', 'inf', 'nan', 'T', 'Z', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '{', '}', '[', ']', ',', '?']);
const lookAlike = fc.array(piece, { maxLength: 6 }).map((ps) => ps.join(''));
// and numbers in any of go-yaml's forms: sign, base prefix, digits with underscores, dots, exponents
const numberLike = fc
  .tuple(fc.constantFrom('', '-', '+'), fc.constantFrom('', '0', '0o', '0x', '0b', '.'), fc.string({ unit: fc.constantFrom(...'0178_.eE'.split('')), minLength: 1, maxLength: 5 }))
  .map((ps) => ps.join(''));

describe('compactYaml', () => {
  it.each([
    ['an octal env value', { env: [{ name: 'UMASK', value: '0o644' }] }],
    ['an octal annotation', { annotations: { mode: '0o17', hex: '0x1F', clock: '1:30', answer: 'yes', big: '1_000' } }],
    ['a float with underscores', { v: '1_0.5' }],
    ['look-alike keys', { '0o17': 'a', 'yes': 'b' }],
  ])('%s is read back as written', (_name, obj) => {
    expect(readBack(obj)).toEqual(obj);
  });

  it('writes every string so that the scenario reader reads back the same string (property)', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: lookAlike, weight: 3 }, { arbitrary: numberLike, weight: 3 }, fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
        expect(readBack({ value: s, list: [s], [s]: 1 })).toEqual({ value: s, list: [s], [s]: 1 });
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('leaves numbers and booleans as they are', () => {
    const obj = { i: 420, neg: -3, f: 1.5, b: true, z: 0 };
    expect(readBack(obj)).toEqual(obj);
  });
});
