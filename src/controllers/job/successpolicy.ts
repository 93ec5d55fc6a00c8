// Success policy matching (Indexed jobs), following upstream
// pkg/controller/job/success_policy.go (reference §7).

import type { JobSpec } from '../../api/types.ts';
import { parseIndexes } from './indexes.ts';

/** batch.JobReasonSuccessPolicy. */
export const JobReasonSuccessPolicy = 'SuccessPolicy';

/**
 * matchSuccessPolicy: rules in order, the first match wins, message `Matched rules at index <i>`.
 * With no succeeded index nothing matches. A rule with succeededIndexes (parsed leniently against
 * completions; unparsable or empty ⇒ the rule is skipped) matches when all listed indexes
 * succeeded, or, with succeededCount, when at least that many of them did. A rule with only
 * succeededCount matches when the number of succeeded indexes reaches it.
 */
export function matchSuccessPolicy(
  policy: JobSpec['successPolicy'],
  completions: number,
  succeededIndexes: readonly number[],
): { reason: typeof JobReasonSuccessPolicy; message: string } | null {
  if (!policy || succeededIndexes.length === 0) return null;
  let succeeded: Set<number> | undefined;
  for (let index = 0; index < policy.rules.length; index++) {
    const rule = policy.rules[index]!;
    let matched = false;
    if (rule.succeededIndexes !== undefined) {
      const required = parseIndexes(rule.succeededIndexes, completions);
      if (required.length === 0) continue;
      succeeded ??= new Set(succeededIndexes);
      matched = matchSucceededIndexesRule(required, succeeded, rule.succeededCount);
    } else if (rule.succeededCount !== undefined) {
      matched = succeededIndexes.length >= rule.succeededCount;
    }
    if (matched) return { reason: JobReasonSuccessPolicy, message: `Matched rules at index ${index}` };
  }
  return null;
}

/** matchSucceededIndexesRule: all required indexes succeeded, or at least succeededCount of them. */
function matchSucceededIndexesRule(required: readonly number[], succeeded: ReadonlySet<number>, succeededCount: number | undefined): boolean {
  let contains = 0;
  for (const ix of required) if (succeeded.has(ix)) contains++;
  return contains === required.length || (succeededCount !== undefined && contains >= succeededCount);
}
