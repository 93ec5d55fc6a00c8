// Pod failure policy matching, following upstream pkg/controller/job/pod_failure_policy.go
// (reference §5), with the JobBackoffLimitPerIndex gate on.

import { namespaceOf } from '../../api/meta.ts';
import type {
  Condition,
  ContainerStatus,
  JobSpec,
  Pod,
  PodFailurePolicyOnExitCodesRequirement,
  PodFailurePolicyOnPodConditionsPattern,
} from '../../api/types.ts';

export type PodFailurePolicyAction = 'FailJob' | 'FailIndex' | 'Ignore' | 'Count';

export interface PodFailurePolicyMatch {
  /** Only for FailJob: the Job failure message (upstream has no message for FailIndex). */
  message?: string;
  /** False only for Ignore: the failure does not count toward backoffLimit(PerIndex). */
  countFailed: boolean;
  /** The matched rule's action; absent when no rule matched. */
  action?: PodFailurePolicyAction;
}

/**
 * matchPodFailurePolicy: rules in order, the first matching rule decides. A rule with
 * onExitCodes is checked by exit codes only; otherwise by onPodConditions. A rule whose action is
 * not one of the four is skipped. No policy or no match ⇒ counted, no action.
 */
export function matchPodFailurePolicy(policy: JobSpec['podFailurePolicy'], failedPod: Pod): PodFailurePolicyMatch {
  if (!policy) return { countFailed: true };
  // `podFailurePolicy: {}` is valid (no rule is required): a policy that matches nothing
  const rules = policy.rules ?? [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
    // The FailJob message for what matched, built only when needed.
    let failJobMessage: (() => string) | undefined;
    if (rule.onExitCodes) {
      const cs = matchOnExitCodes(failedPod, rule.onExitCodes);
      if (cs) {
        failJobMessage = () =>
          `Container ${cs.name} for pod ${podRef(failedPod)} failed with exit code ${cs.state.terminated!.exitCode} matching FailJob rule at index ${index}`;
      }
    } else if (rule.onPodConditions) {
      const c = matchOnPodConditions(failedPod, rule.onPodConditions);
      if (c) failJobMessage = () => `Pod ${podRef(failedPod)} has condition ${c.type} matching FailJob rule at index ${index}`;
    }
    if (failJobMessage === undefined) continue;
    switch (rule.action) {
      case 'Ignore':
        return { countFailed: false, action: 'Ignore' };
      case 'FailIndex':
        return { countFailed: true, action: 'FailIndex' };
      case 'Count':
        return { countFailed: true, action: 'Count' };
      case 'FailJob':
        return { message: failJobMessage(), countFailed: true, action: 'FailJob' };
      default:
        // Unknown action: the rule is skipped.
        continue;
    }
  }
  return { countFailed: true };
}

function podRef(pod: Pod): string {
  return `${namespaceOf(pod)}/${pod.metadata.name}`;
}

/** matchOnExitCodes: regular containers first, then init containers. */
function matchOnExitCodes(pod: Pod, req: PodFailurePolicyOnExitCodesRequirement): ContainerStatus | undefined {
  return matchingContainer(pod.status.containerStatuses ?? [], req) ?? matchingContainer(pod.status.initContainerStatuses ?? [], req);
}

/**
 * getMatchingContainerFromList: the first terminated container (of containerName, if given)
 * whose non-zero exit code satisfies the operator. Exit code 0 never matches, even with NotIn.
 */
function matchingContainer(statuses: readonly ContainerStatus[], req: PodFailurePolicyOnExitCodesRequirement): ContainerStatus | undefined {
  for (const cs of statuses) {
    const t = cs.state.terminated;
    if (!t) continue;
    if (req.containerName !== undefined && req.containerName !== cs.name) continue;
    if (t.exitCode !== 0 && exitCodeOperatorMatches(t.exitCode, req)) return cs;
  }
  return undefined;
}

/** isOnExitCodesOperatorMatching: In / NotIn; an unknown operator never matches. */
function exitCodeOperatorMatches(exitCode: number, req: PodFailurePolicyOnExitCodesRequirement): boolean {
  switch (req.operator) {
    case 'In':
      return req.values.includes(exitCode);
    case 'NotIn':
      return !req.values.includes(exitCode);
    default:
      return false;
  }
}

/**
 * matchOnPodConditions: the first pod condition (in the pod's order) whose type and status
 * equal any pattern's; a pattern's status defaults to True (API defaulting).
 */
function matchOnPodConditions(pod: Pod, patterns: readonly PodFailurePolicyOnPodConditionsPattern[]): Condition | undefined {
  for (const c of pod.status.conditions ?? []) {
    for (const p of patterns) {
      if (c.type === p.type && c.status === (p.status ?? 'True')) return c;
    }
  }
  return undefined;
}
