// Table ported in spirit from upstream pkg/controller/job/pod_failure_policy_test.go
// (TestMatchPodFailurePolicy), with JobBackoffLimitPerIndex on (the "disabled" cases do not apply).
import { describe, expect, it } from 'vitest';
import type { JobSpec, Pod, PodFailurePolicyRule } from '../../../src/api/types.ts';
import { matchPodFailurePolicy } from '../../../src/controllers/job/failurepolicy.ts';
import type { PodFailurePolicyMatch } from '../../../src/controllers/job/failurepolicy.ts';
import { buildPod } from '../../fixtures/pods.ts';

const failedPod = () => buildPod('mypod').phase('Failed');
const exitCodes = (action: string, operator: string, values: number[], containerName?: string): PodFailurePolicyRule =>
  ({ action, onExitCodes: { operator, values, ...(containerName === undefined ? {} : { containerName }) } }) as PodFailurePolicyRule;
const podConditions = (action: string, type: string, status?: 'True' | 'False' | 'Unknown'): PodFailurePolicyRule =>
  ({ action, onPodConditions: [status === undefined ? { type } : { type, status }] }) as PodFailurePolicyRule;

const cases: Array<{ name: string; policy: JobSpec['podFailurePolicy']; pod: Pod; want: PodFailurePolicyMatch }> = [
  {
    name: 'unknown action for rule matching by exit codes - skip rule with unknown action',
    policy: { rules: [exitCodes('UnknownAction', 'In', [1, 2]), exitCodes('FailJob', 'In', [2, 3])] },
    pod: failedPod().terminated('main-container', 2).pod,
    want: {
      message: 'Container main-container for pod default/mypod failed with exit code 2 matching FailJob rule at index 1',
      countFailed: true,
      action: 'FailJob',
    },
  },
  {
    name: 'unknown action for rule matching by pod conditions - skip rule with unknown action',
    policy: { rules: [podConditions('UnkonwnAction', 'DisruptionTarget', 'True'), podConditions('Ignore', 'DisruptionTarget', 'True')] },
    pod: failedPod().condition('DisruptionTarget', 'True').pod,
    want: { countFailed: false, action: 'Ignore' },
  },
  {
    name: 'unknown operator - rule with unknown action is skipped for onExitCodes',
    policy: { rules: [exitCodes('Ignore', 'UnknownOperator', [1, 2]), exitCodes('FailJob', 'In', [2, 3])] },
    pod: failedPod().terminated('main-container', 2).pod,
    want: {
      message: 'Container main-container for pod default/mypod failed with exit code 2 matching FailJob rule at index 1',
      countFailed: true,
      action: 'FailJob',
    },
  },
  { name: 'no policy rules', policy: undefined, pod: failedPod().terminated('', 2).pod, want: { countFailed: true } },
  {
    name: 'ignore rule matched for exit codes',
    policy: { rules: [exitCodes('Ignore', 'In', [1, 2, 3])] },
    pod: failedPod().terminated('', 2).pod,
    want: { countFailed: false, action: 'Ignore' },
  },
  {
    name: 'FailJob rule matched for exit codes',
    policy: { rules: [exitCodes('FailJob', 'In', [1, 2, 3])] },
    pod: failedPod().terminated('main-container', 2).pod,
    want: {
      message: 'Container main-container for pod default/mypod failed with exit code 2 matching FailJob rule at index 0',
      countFailed: true,
      action: 'FailJob',
    },
  },
  {
    name: 'successful containers are skipped by the rules',
    policy: { rules: [exitCodes('FailJob', 'NotIn', [111])] },
    pod: failedPod().initTerminated('init-container', 0).terminated('main-container', 111).terminated('suppport-container', 0).pod,
    want: { countFailed: true },
  },
  {
    name: 'FailIndex rule matched for exit codes; JobBackoffLimitPerIndex enabled',
    policy: { rules: [exitCodes('FailIndex', 'In', [1, 2, 3])] },
    pod: failedPod().terminated('', 2).pod,
    want: { countFailed: true, action: 'FailIndex' },
  },
  {
    name: 'pod failure policy with NotIn operator and value 0',
    policy: { rules: [exitCodes('FailJob', 'NotIn', [0])] },
    pod: failedPod().terminated('main-container', 1).terminated('suppport-container', 0).pod,
    want: {
      message: 'Container main-container for pod default/mypod failed with exit code 1 matching FailJob rule at index 0',
      countFailed: true,
      action: 'FailJob',
    },
  },
  {
    name: 'second jobfail rule matched for exit codes',
    policy: { rules: [exitCodes('Count', 'In', [1, 2, 3]), exitCodes('FailJob', 'In', [4, 5, 6])] },
    pod: failedPod().terminated('main-container', 6).pod,
    want: {
      message: 'Container main-container for pod default/mypod failed with exit code 6 matching FailJob rule at index 1',
      countFailed: true,
      action: 'FailJob',
    },
  },
  {
    name: 'count rule matched for exit codes',
    policy: { rules: [exitCodes('Count', 'In', [1, 2, 3])] },
    pod: failedPod().container({ name: 'foo' }).terminated('bar', 2).pod,
    want: { countFailed: true, action: 'Count' },
  },
  {
    name: 'FailIndex rule matched for pod conditions; JobBackoffLimitPerIndex enabled',
    policy: { rules: [podConditions('FailIndex', 'DisruptionTarget', 'True')] },
    pod: failedPod().condition('DisruptionTarget', 'True').pod,
    want: { countFailed: true, action: 'FailIndex' },
  },
  {
    name: 'ignore rule matched for pod conditions',
    policy: { rules: [podConditions('Ignore', 'DisruptionTarget', 'True')] },
    pod: failedPod().condition('DisruptionTarget', 'True').pod,
    want: { countFailed: false, action: 'Ignore' },
  },
  {
    name: 'ignore rule matches by the status=False',
    policy: { rules: [podConditions('Ignore', 'DisruptionTarget', 'False')] },
    pod: failedPod().condition('DisruptionTarget', 'False').pod,
    want: { countFailed: false, action: 'Ignore' },
  },
  {
    name: 'ignore rule matches by the status=Unknown',
    policy: { rules: [podConditions('Ignore', 'DisruptionTarget', 'Unknown')] },
    pod: failedPod().condition('DisruptionTarget', 'Unknown').pod,
    want: { countFailed: false, action: 'Ignore' },
  },
  {
    name: 'ignore rule does not match when status for pattern is False, but actual True',
    policy: { rules: [podConditions('Ignore', 'DisruptionTarget', 'False')] },
    pod: failedPod().condition('DisruptionTarget', 'True').pod,
    want: { countFailed: true },
  },
  {
    name: 'ignore rule does not match when status for pattern is True, but actual False',
    policy: { rules: [podConditions('Ignore', 'DisruptionTarget', 'True')] },
    pod: failedPod().condition('DisruptionTarget', 'False').pod,
    want: { countFailed: true },
  },
  {
    name: 'default - do not match condition with status=False (pattern status defaults to True)',
    policy: { rules: [podConditions('Ignore', 'DisruptionTarget')] },
    pod: failedPod().condition('DisruptionTarget', 'False').pod,
    want: { countFailed: true },
  },
  {
    name: '(added) default pattern status True matches a True condition',
    policy: { rules: [podConditions('Ignore', 'DisruptionTarget')] },
    pod: failedPod().condition('DisruptionTarget', 'True').pod,
    want: { countFailed: false, action: 'Ignore' },
  },
  {
    name: 'job fail rule matched for pod conditions',
    policy: { rules: [podConditions('FailJob', 'DisruptionTarget', 'True')] },
    pod: failedPod().condition('DisruptionTarget', 'True').pod,
    want: { message: 'Pod default/mypod has condition DisruptionTarget matching FailJob rule at index 0', countFailed: true, action: 'FailJob' },
  },
  {
    name: 'count rule matched for pod conditions',
    policy: { rules: [podConditions('Count', 'DisruptionTarget', 'True')] },
    pod: failedPod().condition('DisruptionTarget', 'True').pod,
    want: { countFailed: true, action: 'Count' },
  },
  {
    name: 'no rule matched',
    policy: {
      rules: [
        exitCodes('Count', 'NotIn', [8]),
        exitCodes('Ignore', 'In', [1, 2, 3]),
        exitCodes('FailJob', 'NotIn', [5, 6, 7]),
        podConditions('Count', 'ResourceLimitExceeded', 'True'),
        podConditions('Ignore', 'DisruptionTarget', 'True'),
      ],
    },
    pod: failedPod().terminated('', 32).pod,
    // Upstream's name notwithstanding, the first rule (NotIn [8]) matches exit code 32.
    want: { countFailed: true, action: 'Count' },
  },
  {
    name: '(added) regular containers are checked before init containers',
    policy: { rules: [exitCodes('FailJob', 'In', [3, 4])] },
    pod: failedPod().initTerminated('init', 3).terminated('main', 4).pod,
    want: { message: 'Container main for pod default/mypod failed with exit code 4 matching FailJob rule at index 0', countFailed: true, action: 'FailJob' },
  },
  {
    name: '(added) an init container matches when no regular container does',
    policy: { rules: [exitCodes('FailJob', 'In', [3])] },
    pod: failedPod().initTerminated('init', 3).container({ name: 'main', state: { waiting: { reason: 'PodInitializing' } } }).pod,
    want: { message: 'Container init for pod default/mypod failed with exit code 3 matching FailJob rule at index 0', countFailed: true, action: 'FailJob' },
  },
  {
    name: '(added) containerName restricts the match to that container',
    policy: { rules: [exitCodes('FailJob', 'In', [1], 'sidecar'), exitCodes('Ignore', 'In', [1], 'main')] },
    pod: failedPod().terminated('main', 1).terminated('sidecar', 2).pod,
    want: { countFailed: false, action: 'Ignore' },
  },
  {
    name: '(added) the first pod condition in the pod order is the one reported',
    policy: { rules: [{ action: 'FailJob', onPodConditions: [{ type: 'B' }, { type: 'A' }] }] },
    pod: failedPod().condition('A', 'True').condition('B', 'True').pod,
    want: { message: 'Pod default/mypod has condition A matching FailJob rule at index 0', countFailed: true, action: 'FailJob' },
  },
  {
    name: '(added) a rule with onExitCodes is not matched by its onPodConditions',
    policy: { rules: [{ action: 'Ignore', onExitCodes: { operator: 'In', values: [9] }, onPodConditions: [{ type: 'DisruptionTarget' }] }] },
    pod: failedPod().terminated('main', 1).condition('DisruptionTarget', 'True').pod,
    want: { countFailed: true },
  },
  {
    name: '(added) podFailurePolicy: {} is valid (validatePodFailurePolicy requires no rule): it matches nothing',
    policy: {} as unknown as JobSpec['podFailurePolicy'],
    pod: failedPod().terminated('main', 1).condition('DisruptionTarget', 'True').pod,
    want: { countFailed: true },
  },
];

describe('matchPodFailurePolicy (upstream TestMatchPodFailurePolicy)', () => {
  for (const c of cases) it(c.name, () => expect(matchPodFailurePolicy(c.policy, c.pod)).toEqual(c.want));
});
