// Table ported in spirit from upstream pkg/controller/job/success_policy_test.go
// (TestMatchSuccessPolicy), with JobSuccessPolicy on. Upstream's ordered intervals are written
// here as interval strings and expanded; the two cases whose succeeded intervals reach index 10
// with completions 10 keep that out-of-range index, as upstream does.
import { describe, expect, it } from 'vitest';
import type { JobSpec } from '../../../src/api/types.ts';
import { matchSuccessPolicy } from '../../../src/controllers/job/successpolicy.ts';

/** Expands `"0-2,4-7"` without clipping (succeeded indexes are given, not parsed). */
function expand(s: string): number[] {
  if (s === '') return [];
  return s.split(',').flatMap((f) => {
    const [a, b] = f.split('-').map(Number) as [number, number | undefined];
    return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i);
  });
}

const rule = (succeededIndexes?: string, succeededCount?: number) => ({
  ...(succeededIndexes === undefined ? {} : { succeededIndexes }),
  ...(succeededCount === undefined ? {} : { succeededCount }),
});

const cases: Array<{ name: string; policy: JobSpec['successPolicy']; succeeded: string; want: string | null }> = [
  { name: 'successPolicy is null', policy: undefined, succeeded: '0', want: null },
  { name: 'any rules are nothing', policy: { rules: [] }, succeeded: '0', want: null },
  { name: 'rules.succeededIndexes is invalid format', policy: { rules: [rule('invalid-form')] }, succeeded: '0', want: null },
  { name: 'rules.succeededIndexes is specified; succeededIndexes matched rules', policy: { rules: [rule('0-2')] }, succeeded: '0-2,4-7', want: 'Matched rules at index 0' },
  { name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules", policy: { rules: [rule('3')] }, succeeded: '0-2', want: null },
  { name: 'rules.succeededCount is specified; succeededIndexes matched rules', policy: { rules: [rule(undefined, 2)] }, succeeded: '0-2', want: 'Matched rules at index 0' },
  { name: "rules.succeededCount is specified; succeededIndexes didn't match rules", policy: { rules: [rule(undefined, 4)] }, succeeded: '0-2', want: null },
  {
    name: 'multiple rules; rules.succeededIndexes is specified; succeededIndexes met one of rules',
    policy: { rules: [rule('9'), rule('4,6')] },
    succeeded: '0-2,4-7',
    want: 'Matched rules at index 1',
  },
  {
    name: 'multiple rules; rules.succeededIndexes is specified; succeededIndexes met all rules',
    policy: { rules: [rule('0,1'), rule('5')] },
    succeeded: '0-2,4-7',
    want: 'Matched rules at index 0',
  },
  {
    name: 'rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes met all rules',
    policy: { rules: [rule('3-6', 2)] },
    succeeded: '0-2,4-7',
    want: 'Matched rules at index 0',
  },
  {
    name: "rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes didn't match rules",
    policy: { rules: [rule('3-6', 2)] },
    succeeded: '0-2,6-7',
    want: null,
  },
  { name: 'rules.succeededIndexes is specified; succeededIndexes are nothing', policy: { rules: [rule(undefined, 4)] }, succeeded: '', want: null },
  {
    name: 'rules.succeededIndexes is specified; succeededIndexes matched rules; rules is proper subset of succeededIndexes',
    policy: { rules: [rule('2-4,6-8')] },
    succeeded: '1-5,6-9',
    want: 'Matched rules at index 0',
  },
  {
    name: 'rules.succeededIndexes is specified; succeededIndexes matched rules; rules equals succeededIndexes',
    policy: { rules: [rule('2-4,6-9')] },
    succeeded: '2-4,6-9',
    want: 'Matched rules at index 0',
  },
  {
    name: 'rules.succeededIndexes is specified; succeededIndexes matched rules; rules is subset of succeededIndexes',
    policy: { rules: [rule('2-4,8-12')] },
    succeeded: '2-5,7-15',
    want: 'Matched rules at index 0',
  },
  {
    name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules is an empty set",
    policy: { rules: [rule('')] },
    succeeded: '1-3',
    want: null,
  },
  {
    name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules; succeededIndexes is an empty set",
    policy: { rules: [rule('')] },
    succeeded: '',
    want: null,
  },
  {
    name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules; all elements of rules.succeededIndexes aren't included in succeededIndexes",
    policy: { rules: [rule('10-12,14-16')] },
    succeeded: '1-3,5-7',
    want: null,
  },
  {
    name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules overlaps succeededIndexes at first",
    policy: { rules: [rule('1-3,5-7')] },
    succeeded: '2-4,6-8',
    want: null,
  },
  {
    name: 'rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules overlaps succeededIndexes at first',
    policy: { rules: [rule('1-3,5-7', 4)] },
    succeeded: '2-4,6-8',
    want: 'Matched rules at index 0',
  },
  {
    name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules overlaps succeededIndexes at last",
    policy: { rules: [rule('2-4,6-9')] },
    succeeded: '1-3,5-7',
    want: null,
  },
  {
    name: 'rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules overlaps succeededIndexes at last',
    policy: { rules: [rule('2-4,6-9', 4)] },
    succeeded: '1-3,5-7',
    want: 'Matched rules at index 0',
  },
  {
    name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules completely overlaps succeededIndexes",
    policy: { rules: [rule('0-4,6-9')] },
    succeeded: '1-3,7-8',
    want: null,
  },
  {
    name: 'rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules completely overlaps succeededIndexes',
    policy: { rules: [rule('0-4,6-9', 5)] },
    succeeded: '1-3,7-8',
    want: 'Matched rules at index 0',
  },
  {
    name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules overlaps multiple succeededIndexes at last",
    policy: { rules: [rule('0-6,8-9')] },
    succeeded: '1-3,5-9',
    want: null,
  },
  {
    name: 'rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules overlaps multiple succeededIndexes at last',
    policy: { rules: [rule('0-6,8-9', 7)] },
    succeeded: '1-3,5-9',
    want: 'Matched rules at index 0',
  },
  {
    name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules overlaps succeededIndexes at first, and rules equals succeededIndexes at last",
    policy: { rules: [rule('0-5,7-9')] },
    succeeded: '1-5,7-10',
    want: null,
  },
  {
    name: 'rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules overlaps succeededIndexes at first, and rules equals succeededIndexes at last',
    policy: { rules: [rule('0-5,7-9', 8)] },
    succeeded: '1-5,7-10',
    want: 'Matched rules at index 0',
  },
  {
    name: "rules.succeededIndexes is specified; succeededIndexes didn't match rules; the first rules overlaps succeededIndexes at first",
    policy: { rules: [rule('0-3,6-9')] },
    succeeded: '1-10',
    want: null,
  },
  {
    name: 'rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; the first rules overlaps succeededIndexes at first',
    policy: { rules: [rule('0-3,6-9', 7)] },
    succeeded: '1-10',
    want: 'Matched rules at index 0',
  },
  {
    name: '(added) an unparsable first rule is skipped and the second one decides',
    policy: { rules: [rule('x', 1), rule(undefined, 1)] },
    succeeded: '4',
    want: 'Matched rules at index 1',
  },
  {
    name: '(added) rule indexes are clipped to completions before matching',
    policy: { rules: [rule('8-20')] },
    succeeded: '8,9',
    want: 'Matched rules at index 0',
  },
];

describe('matchSuccessPolicy (upstream TestMatchSuccessPolicy, completions 10)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = matchSuccessPolicy(c.policy, 10, expand(c.succeeded));
      expect(got).toEqual(c.want === null ? null : { reason: 'SuccessPolicy', message: c.want });
    });
  }
});
