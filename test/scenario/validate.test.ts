// API-server validation, table-driven: each case names the upstream rule
// (pkg/apis/batch/validation, pkg/apis/core/validation, apimachinery) and expects its exact text.
import { describe, expect, it } from 'vitest';
import type { CronJob, Job, PriorityClass } from '../../src/api/types.ts';
import { defaultCronJob, defaultJob, defaultPriorityClass } from '../../src/api/defaults.ts';
import {
  errorString,
  couldBeStoreUid,
  jobSpecWarnings,
  metadataBeforeUpdate,
  validateObjectMetaUpdate,
  nameWarnings,
  validateCronJob,
  validateCronJobUpdate,
  validateFinalizers,
  validateIndexesFormat,
  validateJob,
  validateJobUpdate,
  validateOwnerReferences,
  validatePriorityClass,
} from '../../src/scenario/validate.ts';

/** the uid a refused Job named pi would have had (refusedJobUid) */
const uid = '4210c0b8-5e95-4396-b95f-62e86e843060';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A valid, defaulted Job (the seeds' pi example) that each case then changes. */
function job(mut: (j: Any) => void = () => {}): Job {
  const j = defaultJob({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi' },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.34.0' }] } } },
  } as unknown as Job);
  mut(j as unknown as Any);
  return j;
}

/** An Indexed Job with completions 5, parallelism 5. */
function indexed(mut: (j: Any) => void = () => {}): Job {
  return job((j) => {
    j.spec.completionMode = 'Indexed';
    j.spec.completions = 5;
    j.spec.parallelism = 5;
    mut(j);
  });
}

function cronJob(mut: (c: Any) => void = () => {}): CronJob {
  const c = defaultCronJob({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly' },
    spec: {
      schedule: '0 3 * * *',
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'backup', image: 'busybox' }] } } } },
    },
  } as unknown as CronJob);
  mut(c as unknown as Any);
  return c;
}

const strings = (errs: { path: string; message: string }[]) => errs.map(errorString);
const containers = (j: Any) => j.spec.template.spec.containers;
const RFC1123Subdomain =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const RFC1123Label =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const QualifiedNamePart =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LabelValue =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('the baselines are valid', () => {
  it('Job', () => expect(strings(validateJob(job()))).toEqual([]));
  it('Indexed Job', () => expect(strings(validateJob(indexed()))).toEqual([]));
  it('CronJob', () => expect(strings(validateCronJob(cronJob()))).toEqual([]));
});

// reference job-controller.md §1.2
describe('validateJob: JobSpec rules (validateJobSpec)', () => {
  const cases: [string, Job, string[]][] = [
    ['ValidateNonnegativeField(parallelism)', job((j) => (j.spec.parallelism = -1)), ['spec.parallelism: Invalid value: -1: must be greater than or equal to 0']],
    ['ValidateNonnegativeField(completions)', job((j) => (j.spec.completions = -1)), ['spec.completions: Invalid value: -1: must be greater than or equal to 0']],
    ['ValidateNonnegativeField(activeDeadlineSeconds)', job((j) => (j.spec.activeDeadlineSeconds = -1)), ['spec.activeDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0']],
    ['ValidateNonnegativeField(backoffLimit)', job((j) => (j.spec.backoffLimit = -1)), ['spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0']],
    ['ValidateNonnegativeField(ttlSecondsAfterFinished)', job((j) => (j.spec.ttlSecondsAfterFinished = -1)), ['spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0']],
    [
      'ValidateNonnegativeField(backoffLimitPerIndex)',
      indexed((j) => (j.spec.backoffLimitPerIndex = -1)),
      ['spec.backoffLimitPerIndex: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'ValidateNonnegativeField(maxFailedIndexes)',
      indexed((j) => Object.assign(j.spec, { backoffLimitPerIndex: 1, maxFailedIndexes: -1 })),
      ['spec.maxFailedIndexes: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'zero is accepted for every count',
      job((j) => Object.assign(j.spec, { parallelism: 0, completions: 0, activeDeadlineSeconds: 0, backoffLimit: 0, ttlSecondsAfterFinished: 0 })),
      [],
    ],
    [
      'maxFailedIndexes requires backoffLimitPerIndex',
      indexed((j) => (j.spec.maxFailedIndexes = 1)),
      ['spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified'],
    ],
    [
      'completionMode is NonIndexed or Indexed',
      job((j) => (j.spec.completionMode = 'Bogus')),
      ['spec.completionMode: Unsupported value: "Bogus": supported values: "NonIndexed", "Indexed"'],
    ],
    ['Indexed requires completions', indexed((j) => delete j.spec.completions), ['spec.completions: Required value: when completion mode is Indexed']],
    [
      'Indexed parallelism at most maxParallelismForIndexedJob',
      indexed((j) => (j.spec.parallelism = 100001)),
      ['spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed'],
    ],
    [
      'maxFailedIndexes at most completions',
      indexed((j) => Object.assign(j.spec, { backoffLimitPerIndex: 1, maxFailedIndexes: 6 })),
      ['spec.maxFailedIndexes: Invalid value: 6: must be less than or equal to completions'],
    ],
    [
      'maxFailedIndexes at most maxFailedIndexesForIndexedJob, and 10000 above the completions soft limit',
      indexed((j) => Object.assign(j.spec, { completions: 200000, parallelism: 1, backoffLimitPerIndex: 1, maxFailedIndexes: 100001 })),
      [
        'spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 100000',
        'spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index',
      ],
    ],
    [
      'completions above the soft limit with backoffLimitPerIndex require maxFailedIndexes and parallelism <= 10000',
      indexed((j) => Object.assign(j.spec, { completions: 200000, parallelism: 10001, backoffLimitPerIndex: 1 })),
      [
        'spec.maxFailedIndexes: Required value: must be specified when completions is above 100000',
        'spec.parallelism: Invalid value: 10001: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index',
      ],
    ],
    [
      'backoffLimitPerIndex requires Indexed',
      job((j) => (j.spec.backoffLimitPerIndex = 1)),
      ['spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode'],
    ],
    [
      'maxFailedIndexes requires Indexed',
      job((j) => Object.assign(j.spec, { backoffLimitPerIndex: 1, maxFailedIndexes: 1 })),
      ['spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode', 'spec.maxFailedIndexes: Invalid value: 1: requires indexed completion mode'],
    ],
    [
      'IsDomainPrefixedPath(managedBy)',
      job((j) => (j.spec.managedBy = 'nope')),
      ['spec.managedBy: Invalid value: "nope": must be a domain-prefixed path (such as "acme.io/foo")'],
    ],
    ['managedBy at most 63 characters', job((j) => (j.spec.managedBy = `example.com/${'x'.repeat(60)}`)), ['spec.managedBy: Too long: may not be more than 63 bytes']],
    ['managedBy: the built-in controller name is valid', job((j) => (j.spec.managedBy = 'kubernetes.io/job-controller')), []],
    [
      'podReplacementPolicy is Failed or TerminatingOrFailed',
      job((j) => (j.spec.podReplacementPolicy = 'Bogus')),
      ['spec.podReplacementPolicy: Unsupported value: "Bogus": supported values: "Failed", "TerminatingOrFailed"'],
    ],
    [
      'podReplacementPolicy must be Failed with a podFailurePolicy',
      job((j) => {
        j.spec.podFailurePolicy = { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] };
        j.spec.podReplacementPolicy = 'TerminatingOrFailed';
      }),
      ['spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed"'],
    ],
  ];
  it.each(cases)('%s', (_name, j, want) => expect(strings(validateJob(j))).toEqual(want));
});

describe('validateJob: restartPolicy (the pod default Always is rejected)', () => {
  const cases: [string, Job, string[]][] = [
    ['unset', job((j) => delete j.spec.template.spec.restartPolicy), ['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']],
    ['Always', job((j) => (j.spec.template.spec.restartPolicy = 'Always')), ['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']],
    [
      'other value: refused by the pod rule (validateRestartPolicy), then by the Job rule',
      job((j) => (j.spec.template.spec.restartPolicy = 'Sometimes')),
      ['spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"', 'spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "OnFailure", "Never"'],
    ],
    ['OnFailure', job((j) => (j.spec.template.spec.restartPolicy = 'OnFailure')), []],
    [
      'only Never with a podFailurePolicy',
      job((j) => {
        j.spec.template.spec.restartPolicy = 'OnFailure';
        j.spec.podFailurePolicy = { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }] };
        j.spec.podReplacementPolicy = 'Failed';
      }),
      ['spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified'],
    ],
  ];
  it.each(cases)('%s', (_name, j, want) => expect(strings(validateJob(j))).toEqual(want));
});

describe('validateJob: podFailurePolicy (validatePodFailurePolicy)', () => {
  const pfp = (rules: unknown[], mut: (j: Any) => void = () => {}) =>
    job((j) => {
      j.spec.podFailurePolicy = { rules };
      j.spec.podReplacementPolicy = 'Failed';
      mut(j);
    });
  const onExit = (e: unknown) => [{ action: 'FailJob', onExitCodes: e }];
  const p = 'spec.podFailurePolicy.rules[0]';
  const cases: [string, Job, string[]][] = [
    ['valid rules', pfp([{ action: 'FailJob', onExitCodes: { containerName: 'pi', operator: 'In', values: [1, 2, 42] } }, { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }]), []],
    [
      'at most 20 rules',
      pfp(Array.from({ length: 21 }, () => ({ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }))),
      ['spec.podFailurePolicy.rules: Too many: 21: must have at most 20 items'],
    ],
    ['action is required', pfp([{ onExitCodes: { operator: 'In', values: [1] } }]), [`${p}.action: Required value: valid values: ["Count" "FailIndex" "FailJob" "Ignore"]`]],
    [
      'action is one of Count, FailIndex, FailJob, Ignore',
      pfp([{ action: 'Retry', onExitCodes: { operator: 'In', values: [1] } }]),
      [`${p}.action: Unsupported value: "Retry": supported values: "Count", "FailIndex", "FailJob", "Ignore"`],
    ],
    [
      'FailIndex requires backoffLimitPerIndex',
      pfp([{ action: 'FailIndex', onExitCodes: { operator: 'In', values: [1] } }]),
      [`${p}.action: Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set`],
    ],
    [
      'FailIndex with backoffLimitPerIndex on an Indexed Job',
      pfp([{ action: 'FailIndex', onExitCodes: { operator: 'In', values: [1] } }], (j) => Object.assign(j.spec, { completionMode: 'Indexed', completions: 3, parallelism: 3, backoffLimitPerIndex: 1 })),
      [],
    ],
    [
      'not both onExitCodes and onPodConditions',
      pfp([{ action: 'Ignore', onExitCodes: { operator: 'In', values: [1] }, onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }]),
      [`${p}: Invalid value: specifying both OnExitCodes and OnPodConditions is not supported`],
    ],
    ['one of onExitCodes and onPodConditions', pfp([{ action: 'Ignore' }]), [`${p}: Invalid value: specifying one of OnExitCodes and OnPodConditions is required`]],
    ['onExitCodes.operator is required', pfp(onExit({ values: [1] })), [`${p}.onExitCodes.operator: Required value: valid values: ["In" "NotIn"]`]],
    ['onExitCodes.operator is In or NotIn', pfp(onExit({ operator: 'Equals', values: [1] })), [`${p}.onExitCodes.operator: Unsupported value: "Equals": supported values: "In", "NotIn"`]],
    [
      'containerName names a container or init container',
      pfp(onExit({ containerName: 'nope', operator: 'In', values: [1] })),
      [`${p}.onExitCodes.containerName: Invalid value: "nope": must be one of the container or initContainer names in the pod template`],
    ],
    ['values: at least one', pfp(onExit({ operator: 'In', values: [] })), [`${p}.onExitCodes.values: Invalid value: []int32{}: at least one value is required`]],
    [
      'values: at most 255',
      pfp(onExit({ operator: 'NotIn', values: Array.from({ length: 256 }, (_, i) => i) })),
      [`${p}.onExitCodes.values: Too many: 256: must have at most 255 items`],
    ],
    ['values: no duplicates', pfp(onExit({ operator: 'In', values: [1, 1] })), [`${p}.onExitCodes.values[1]: Duplicate value: 1`]],
    ['values: ordered', pfp(onExit({ operator: 'In', values: [2, 1] })), [`${p}.onExitCodes.values: Invalid value: []int32{2, 1}: must be ordered`]],
    ['values: no 0 with In', pfp(onExit({ operator: 'In', values: [0, 1] })), [`${p}.onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator`]],
    ['values: 0 is fine with NotIn', pfp(onExit({ operator: 'NotIn', values: [0] })), []],
    [
      'onPodConditions: at most 20 patterns',
      pfp([{ action: 'Ignore', onPodConditions: Array.from({ length: 21 }, () => ({ type: 'DisruptionTarget', status: 'True' })) }]),
      [`${p}.onPodConditions: Too many: 21: must have at most 20 items`],
    ],
    [
      'onPodConditions: type is a qualified name',
      pfp([{ action: 'Ignore', onPodConditions: [{ type: 'Bad Type', status: 'True' }] }]),
      [`${p}.onPodConditions[0].type: Invalid value: "Bad Type": ${QualifiedNamePart}`],
    ],
    [
      'onPodConditions: status is True, False or Unknown',
      pfp([{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'Maybe' }] }]),
      [`${p}.onPodConditions[0].status: Unsupported value: "Maybe": supported values: "False", "True", "Unknown"`],
    ],
  ];
  it.each(cases)('%s', (_name, j, want) => expect(strings(validateJob(j))).toEqual(want));

  it('onPodConditions status is required when not defaulted (SetDefaults_PodFailurePolicyOnPodConditionsPattern fills True)', () => {
    const j = pfp([{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }]);
    expect(strings(validateJob(j))).toEqual([`${p}.onPodConditions[0].status: Required value: valid values: ["False" "True" "Unknown"]`]);
    expect(strings(validateJob(defaultJob(j)))).toEqual([]);
  });
});

describe('validateJob: successPolicy (validateSuccessPolicy)', () => {
  const sp = (rules: unknown[] | undefined, mut: (j: Any) => void = () => {}) =>
    indexed((j) => {
      j.spec.successPolicy = rules === undefined ? {} : { rules };
      mut(j);
    });
  const r = 'spec.successPolicy.rules[0]';
  const long: number[] = [];
  for (let i = 0; long.join(',').length <= 65536; i += 2) long.push(10000 + i);
  const cases: [string, Job, string[]][] = [
    ['valid', sp([{ succeededIndexes: '0-2,4', succeededCount: 3 }]), []],
    ['requires Indexed', job((j) => (j.spec.successPolicy = { rules: [{ succeededCount: 1 }] })), ['spec.successPolicy: Invalid value: batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{batch.SuccessPolicyRule{SucceededIndexes:(*string)(nil), SucceededCount:(*int32)(0xc000012345)}}}: requires indexed completion mode']],
    ['at least one rule', sp([]), ['spec.successPolicy.rules: Required value: at least one rules must be specified when the successPolicy is specified']],
    ['at most 20 rules', sp(Array.from({ length: 21 }, () => ({ succeededCount: 1 }))), ['spec.successPolicy.rules: Too many: 21: must have at most 20 items']],
    ['a rule needs succeededCount or succeededIndexes', sp([{}]), [`${r}: Required value: at least one of succeededCount or succeededIndexes must be specified`]],
    [
      'succeededIndexes: intervals in increasing order',
      sp([{ succeededIndexes: '3-1' }]),
      [`${r}.succeededIndexes: Invalid value: "3-1": error parsing succeededIndexes: non-increasing order, previous: 3, current: 1`],
    ],
    ['succeededIndexes: within completions', sp([{ succeededIndexes: '0-9' }]), [`${r}.succeededIndexes: Invalid value: "0-9": error parsing succeededIndexes: too large index: "9"`]],
    ['succeededIndexes: integers', sp([{ succeededIndexes: 'a' }]), [`${r}.succeededIndexes: Invalid value: "a": error parsing succeededIndexes: cannot convert string to integer for index: "a"`]],
    [
      'succeededIndexes: at most two parts per interval',
      sp([{ succeededIndexes: '1-2-3' }]),
      [`${r}.succeededIndexes: Invalid value: "1-2-3": error parsing succeededIndexes: the fragment "1-2-3" violates the requirement that an index interval can have at most two parts separated by '-'`],
    ],
    [
      'succeededIndexes: at most 65536 characters',
      sp([{ succeededIndexes: long.join(',') }], (j) => Object.assign(j.spec, { completions: 100000, parallelism: 1 })),
      [`${r}.succeededIndexes: Too long: may not be more than 65536 bytes`],
    ],
    ['succeededCount: not negative', sp([{ succeededCount: -1 }]), [`${r}.succeededCount: Invalid value: -1: must be greater than or equal to 0`]],
    ['succeededCount: at most completions', sp([{ succeededCount: 6 }]), [`${r}.succeededCount: Invalid value: 6: must be less than or equal to 5 (the number of specified completions)`]],
    [
      'succeededCount: at most the size of succeededIndexes',
      sp([{ succeededIndexes: '0,2', succeededCount: 3 }]),
      [`${r}.succeededCount: Invalid value: 3: must be less than or equal to 2 (the number of indexes in the specified succeededIndexes field)`],
    ],
  ];
  it.each(cases)('%s', (_name, j, want) => expect(strings(validateJob(j))).toEqual(want));

  it('validateIndexesFormat counts the indexes', () => {
    expect(validateIndexesFormat('', 5)).toBe(0);
    expect(validateIndexesFormat('0-2,4', 5)).toBe(4);
    expect(validateIndexesFormat('0,0', 5)).toBe('non-increasing order, previous: 0, current: 0');
  });

  // parseIndexInterval: strconv.Atoi errs (ErrRange) past int64 before the "too large index" check
  it.each<[string, string, number | string]>([
    ['int64 max is a number, too large for completions', '9223372036854775807', 'too large index: "9223372036854775807"'],
    ['one past int64 max: Atoi fails', '9223372036854775808', 'cannot convert string to integer for index: "9223372036854775808"'],
    ['twenty nines: Atoi fails', '99999999999999999999', 'cannot convert string to integer for index: "99999999999999999999"'],
    ['the end of an interval past int64: Atoi fails on it', '1-99999999999999999999', 'cannot convert string to integer for index: "99999999999999999999"'],
    ['a leading + is accepted by Atoi', '+1', 1],
  ])('parseIndexInterval: %s', (_name, s, want) => expect(validateIndexesFormat(s, 5)).toBe(want));
});

describe('validateJob: metadata, selector and the Indexed hostname (ValidateJob)', () => {
  const long60 = 'a'.repeat(60);
  const cases: [string, Job, string[]][] = [
    ['name is required', job((j) => delete j.metadata.name), ['metadata.name: Required value: name or generateName is required']],
    ['name is a DNS-1123 subdomain (ValidateReplicationControllerName)', job((j) => (j.metadata.name = 'Pi')), [`metadata.name: Invalid value: "Pi": ${RFC1123Subdomain}`]],
    ['namespace is a DNS-1123 label', job((j) => (j.metadata.namespace = 'Team.A')), [`metadata.namespace: Invalid value: "Team.A": ${RFC1123Label}`]],
    [
      'label keys are qualified names',
      job((j) => (j.metadata.labels = { 'bad key': 'x' })),
      [`metadata.labels: Invalid value: "bad key": ${QualifiedNamePart}`],
    ],
    [
      'label values at most 63 characters',
      job((j) => (j.metadata.labels = { app: 'x'.repeat(64) })),
      [`metadata.labels: Invalid value: "${'x'.repeat(64)}": must be no more than 63 characters`],
    ],
    ['label values are valid', job((j) => (j.metadata.labels = { app: 'a b' })), [`metadata.labels: Invalid value: "a b": ${LabelValue}`]],
    [
      'annotation keys are qualified names',
      job((j) => (j.metadata.annotations = { 'a/b/c': 'x' })),
      [
        `metadata.annotations: Invalid value: "a/b/c": a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
      ],
    ],
    [
      'Indexed: the largest pod hostname must be a DNS label',
      indexed((j) => Object.assign(j, { metadata: { ...j.metadata, name: long60 } }, { spec: { ...j.spec, completions: 1000, parallelism: 1 } })),
      [`metadata.name: Invalid value: "${long60}": will not able to create pod with invalid DNS label: ${long60}-999`],
    ],
    [
      'generated selector: the job-name labels are added, so the name must be a label value',
      job((j) => (j.metadata.name = 'x'.repeat(64))),
      [`spec.template.labels: Invalid value: "${'x'.repeat(64)}": must be no more than 63 characters`],
    ],
    [
      'generated selector: a user selector must still select the generated labels, and (ValidateJobSpec) the pods\' labels',
      job((j) => (j.spec.selector = { matchLabels: { app: 'pi' } })),
      [
        `spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"pi", "batch.kubernetes.io/controller-uid":"${uid}"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: \`selector\` not auto-generated`,
        `spec.template.metadata.labels: Invalid value: map[string]string{"batch.kubernetes.io/controller-uid":"${uid}", "batch.kubernetes.io/job-name":"pi", "controller-uid":"${uid}", "job-name":"pi"}: \`selector\` does not match template \`labels\``,
      ],
    ],
    [
      'generated selector: a user selector the template labels satisfy is only "not auto-generated"',
      job((j) => {
        j.spec.selector = { matchLabels: { app: 'pi' } };
        j.spec.template.metadata = { labels: { app: 'pi' } };
      }),
      [`spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"pi", "batch.kubernetes.io/controller-uid":"${uid}"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: \`selector\` not auto-generated`],
    ],
    ['generated selector: selecting the job name is fine', job((j) => (j.spec.selector = { matchLabels: { 'job-name': 'pi' } })), []],
    [
      'generated selector: template labels must not contradict the generated ones (ValidateHasLabel)',
      job((j) => (j.spec.template.metadata = { labels: { 'job-name': 'other' } })),
      [`spec.template.metadata.labels[job-name]: Invalid value: map[string]string{"batch.kubernetes.io/controller-uid":"${uid}", "batch.kubernetes.io/job-name":"pi", "controller-uid":"${uid}", "job-name":"other"}: must be 'pi'`],
    ],
    [
      'generated selector: a controller-uid label of the user never matches the uid the API server assigns',
      job((j) => (j.spec.template.metadata = { labels: { 'batch.kubernetes.io/controller-uid': 'wrong' } })),
      [
        `spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Invalid value: map[string]string{"batch.kubernetes.io/controller-uid":"wrong", "batch.kubernetes.io/job-name":"pi", "controller-uid":"${uid}", "job-name":"pi"}: must be '${uid}'`,
        `spec.template.metadata.labels: Invalid value: map[string]string{"batch.kubernetes.io/controller-uid":"wrong", "batch.kubernetes.io/job-name":"pi", "controller-uid":"${uid}", "job-name":"pi"}: \`selector\` does not match template \`labels\``,
      ],
    ],
    [
      'manualSelector: the selector is required, and LabelSelectorAsSelector(nil) (labels.Nothing()) matches no template labels (ValidateJobSpec)',
      job((j) => (j.spec.manualSelector = true)),
      ['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`'],
    ],
    [
      'manualSelector: the selector must match the template labels',
      job((j) => {
        j.spec.manualSelector = true;
        j.spec.selector = { matchLabels: { app: 'pi' } };
        j.spec.template.metadata = { labels: { app: 'other' } };
      }),
      ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`'],
    ],
    [
      'selector requirements (ValidateLabelSelectorRequirement)',
      job((j) => {
        j.spec.manualSelector = true;
        j.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In' }, { key: 'b', operator: 'Exists', values: ['x'] }, { key: 'c', operator: 'Near' }] };
      }),
      [
        "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
        "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
        'spec.selector.matchExpressions[2].operator: Invalid value: "Near": not a valid selector operator',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, j, want) => expect(strings(validateJob(j))).toEqual(want));
});

describe('validateJob on create with the uid the store drew (a CronJob\'s Job, validated by the API server)', () => {
  const real = '0a4f9774-99a1-4640-8a82-5b7c27d7da87';
  it.each<[string, (j: Any) => void, string[]]>([
    ['generated labels get the real uid: valid', () => {}, []],
    [
      'a template label controller-uid another than the uid (generateSelector keeps it; validateGeneratedSelector)',
      (j) => (j.spec.template.metadata = { labels: { 'controller-uid': 'foo' } }),
      [`spec.template.metadata.labels[controller-uid]: Invalid value: map[string]string{"batch.kubernetes.io/controller-uid":"${real}", "batch.kubernetes.io/job-name":"pi", "controller-uid":"foo", "job-name":"pi"}: must be '${real}'`],
    ],
  ])('%s', (_n, mut, want) => expect(strings(validateJob(job(mut), 'create', { uid: real }))).toEqual(want));
});

describe('validateJob on update: nothing is generated (PrepareForUpdate), so a removed generated label is Required', () => {
  const stored = (labels: Record<string, string> | undefined) =>
    job((j) => {
      j.spec.template.metadata = labels === undefined ? {} : { labels };
      j.spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
    });
  const all = { 'controller-uid': uid, 'job-name': 'pi', 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'pi' };
  const cases: [string, Job, string[]][] = [
    ['the stored labels intact', stored(all), []],
    [
      'job-name labels removed by a patch (ValidateHasLabel: Required, the expected value as detail)',
      stored({ 'controller-uid': uid, 'batch.kubernetes.io/controller-uid': uid }),
      ['spec.template.metadata.labels[job-name]: Required value: pi', 'spec.template.metadata.labels[batch.kubernetes.io/job-name]: Required value: pi'],
    ],
    [
      'no labels at all: validateGeneratedSelector returns early; the selector no longer matches the pods (ValidateJobSpec)',
      job((j) => {
        j.spec.template.metadata = {};
        j.spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
      }),
      ['spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`'],
    ],
  ];
  it.each(cases)('%s', (_name, j, want) => expect(strings(validateJob(j, 'update'))).toEqual(want));
  it('selector: null: validateGeneratedSelector returns early; ValidateJobSpec: Required, and labels.Nothing() matches no labels', () => {
    const j = stored(all);
    delete (j.spec as Any).selector;
    expect(strings(validateJob(j, 'update'))).toEqual([
      'spec.selector: Required value',
      `spec.template.metadata.labels: Invalid value: map[string]string{"batch.kubernetes.io/controller-uid":"${uid}", "batch.kubernetes.io/job-name":"pi", "controller-uid":"${uid}", "job-name":"pi"}: \`selector\` does not match template \`labels\``,
    ]);
  });
  it.each<[string, boolean, string[]]>([
    [
      'RequirePrefixedLabels false (the old template lacked them): only the legacy labels are Required, the stored selector is not auto-generated',
      false,
      [
        `spec.template.metadata.labels[controller-uid]: Required value: ${uid}`,
        'spec.template.metadata.labels[job-name]: Required value: pi',
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"m"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated',
      ],
    ],
    [
      'RequirePrefixedLabels true: the batch.kubernetes.io/ labels too',
      true,
      [
        `spec.template.metadata.labels[controller-uid]: Required value: ${uid}`,
        'spec.template.metadata.labels[job-name]: Required value: pi',
        `spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Required value: ${uid}`,
        'spec.template.metadata.labels[batch.kubernetes.io/job-name]: Required value: pi',
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"m"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated',
      ],
    ],
  ])('manualSelector true -> false (validationOptionsForJob, validateGeneratedSelector): %s', (_n, requirePrefixedLabels, want) => {
    const j = job((x) => {
      x.spec.template.metadata = { labels: { app: 'm' } };
      x.spec.selector = { matchLabels: { app: 'm' } };
    });
    expect(strings(validateJob(j, 'update', { requirePrefixedLabels }))).toEqual(want);
  });
  it('a create fills the same labels in and finds nothing missing', () => {
    expect(strings(validateJob(stored({ 'controller-uid': uid, 'batch.kubernetes.io/controller-uid': uid })))).toEqual([]);
  });
});

describe('validateJob: the pod template (ValidatePodTemplateSpec / ValidatePodSpec)', () => {
  const c0 = 'spec.template.spec.containers[0]';
  const cases: [string, Job, string[]][] = [
    ['containers are required', job((j) => (j.spec.template.spec.containers = [])), ['spec.template.spec.containers: Required value']],
    ['container name is required', job((j) => delete containers(j)[0].name), [`${c0}.name: Required value`]],
    ['container name is a DNS-1123 label', job((j) => (containers(j)[0].name = 'Pi')), [`${c0}.name: Invalid value: "Pi": ${RFC1123Label}`]],
    ['container name has no dots', job((j) => (containers(j)[0].name = 'p.i')), [`${c0}.name: Invalid value: "p.i": must not contain dots`]],
    [
      'container names are unique',
      job((j) => containers(j).push({ ...containers(j)[0] })),
      ['spec.template.spec.containers[1].name: Duplicate value: "pi"'],
    ],
    [
      'init container names are unique among all containers',
      job((j) => (j.spec.template.spec.initContainers = [{ ...containers(j)[0] }])),
      ['spec.template.spec.initContainers[0].name: Duplicate value: "pi"'],
    ],
    ['image is required', job((j) => delete containers(j)[0].image), [`${c0}.image: Required value`]],
    [
      'imagePullPolicy is Always, IfNotPresent or Never',
      job((j) => (containers(j)[0].imagePullPolicy = 'Sometimes')),
      [`${c0}.imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"`],
    ],
    [
      'terminationMessagePolicy is File or FallbackToLogsOnError',
      job((j) => (containers(j)[0].terminationMessagePolicy = 'Log')),
      [`${c0}.terminationMessagePolicy: Unsupported value: "Log": supported values: "File", "FallbackToLogsOnError"`],
    ],
    ['resources: quantities not negative', job((j) => (containers(j)[0].resources = { requests: { cpu: '-1' } })), [`${c0}.resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0`]],
    [
      'resources: requests at most limits',
      job((j) => (containers(j)[0].resources = { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } })),
      // reported on the requests map (reqPath), not the key
      [`${c0}.resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1`],
    ],
    [
      'resources: requests at most limits, quantities printed canonical (Quantity.String)',
      job((j) => (containers(j)[0].resources = { requests: { cpu: '0.5', memory: '1.5Gi' }, limits: { cpu: '250m', memory: '1024Mi' } })),
      [
        `${c0}.resources.requests: Invalid value: "500m": must be less than or equal to cpu limit of 250m`,
        `${c0}.resources.requests: Invalid value: "1536Mi": must be less than or equal to memory limit of 1Gi`,
      ],
    ],
    [
      'resources: names are standard or fully qualified',
      job((j) => (containers(j)[0].resources = { limits: { cpus: '1' } })),
      [`${c0}.resources.limits[cpus]: Invalid value: "cpus": must be a standard resource type or fully qualified`, `${c0}.resources.limits[cpus]: Invalid value: "cpus": must be a standard resource for containers`],
    ],
    [
      'resources: extended resources are whole numbers with request equal to limit',
      job((j) => (containers(j)[0].resources = { requests: { 'example.com/gpu': '1.5' } })),
      // field.Invalid gets the Quantity: ErrorBody prints its String() unquoted
      [`${c0}.resources.requests[example.com/gpu]: Invalid value: 1500m: must be an integer`],
    ],
    [
      // ValidateResourceQuantityValue reports both: the non-negative check (value.String(), quoted) and the integer one
      'resources: a negative fraction of an extended resource',
      job((j) => (containers(j)[0].resources = { requests: { 'example.com/gpu': '-500m' } })),
      [
        `${c0}.resources.requests[example.com/gpu]: Invalid value: "-500m": must be greater than or equal to 0`,
        `${c0}.resources.requests[example.com/gpu]: Invalid value: -500m: must be an integer`,
      ],
    ],
    [
      'resources: extended resources need a limit',
      job((j) => (containers(j)[0].resources = { requests: { 'example.com/gpu': '1' } })),
      [`${c0}.resources.limits: Required value: Limit must be set for non overcommitable resources`],
    ],
    ['resources: malformed quantities', job((j) => (containers(j)[0].resources = { limits: { memory: '1Gix' } })), [`${c0}.resources.limits[memory]: Invalid value: "1Gix": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`]],
    ['ports: containerPort is required', job((j) => (containers(j)[0].ports = [{ protocol: 'TCP' }])), [`${c0}.ports[0].containerPort: Required value`]],
    ['ports: containerPort in range', job((j) => (containers(j)[0].ports = [{ containerPort: 70000, protocol: 'TCP' }])), [`${c0}.ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive`]],
    ['ports: protocol', job((j) => (containers(j)[0].ports = [{ containerPort: 80, protocol: 'HTTP' }])), [`${c0}.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"`]],
    ['env: name is required', job((j) => (containers(j)[0].env = [{ value: 'x' }])), [`${c0}.env[0].name: Required value`]],
    ['volumeMounts: the volume must exist', job((j) => (containers(j)[0].volumeMounts = [{ name: 'data', mountPath: '/data' }])), [`${c0}.volumeMounts[0].name: Not found: "data"`]],
    ['volumeMounts: with the volume', job((j) => {
      containers(j)[0].volumeMounts = [{ name: 'data', mountPath: '/data' }];
      j.spec.template.spec.volumes = [{ name: 'data', emptyDir: {} }];
    }), []],
    [
      'dnsPolicy',
      job((j) => (j.spec.template.spec.dnsPolicy = 'Google')),
      ['spec.template.spec.dnsPolicy: Unsupported value: "Google": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"'],
    ],
    ['pod activeDeadlineSeconds is at least 1', job((j) => (j.spec.template.spec.activeDeadlineSeconds = 0)), ['spec.template.spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive']],
    ['nodeSelector labels', job((j) => (j.spec.template.spec.nodeSelector = { pool: 'a b' })), [`spec.template.spec.nodeSelector: Invalid value: "a b": ${LabelValue}`]],
    [
      'template labels (upstream prints spec.template.labels)',
      job((j) => (j.spec.template.metadata = { labels: { app: 'a b' } })),
      [`spec.template.labels: Invalid value: "a b": ${LabelValue}`],
    ],
    [
      'tolerations: an empty key needs Exists',
      job((j) => (j.spec.template.spec.tolerations = [{ operator: 'Equal', value: 'x' }])),
      ['spec.template.spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"'],
    ],
    [
      'tolerations: tolerationSeconds needs NoExecute',
      job((j) => (j.spec.template.spec.tolerations = [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 5 }])),
      ["spec.template.spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set"],
    ],
    [
      'tolerations: Exists takes no value (the value is printed, since kubernetes#128119, 1.32)',
      job((j) => (j.spec.template.spec.tolerations = [{ key: 'k', operator: 'Exists', value: 'v' }])),
      ['spec.template.spec.tolerations[0].operator: Invalid value: "v": value must be empty when `operator` is \'Exists\''],
    ],
    [
      'tolerations: effect',
      job((j) => (j.spec.template.spec.tolerations = [{ key: 'k', operator: 'Exists', effect: 'Evict' }])),
      ['spec.template.spec.tolerations[0].effect: Unsupported value: "Evict": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"'],
    ],
    [
      'node affinity: at least one term',
      job((j) => (j.spec.template.spec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } })),
      ['spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term'],
    ],
    [
      'node affinity: Gt takes one value',
      job((j) => (j.spec.template.spec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'cpu', operator: 'Gt', values: ['1', '2'] }] }] } } })),
      ["spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified single value when `operator` is 'Lt' or 'Gt'"],
    ],
    [
      'validateInitContainerRestartPolicy: Always (a sidecar), Never or OnFailure (1.35: a plain init container restarting by its own policy), nothing else',
      job((j) => (j.spec.template.spec.initContainers = [{ ...containers(j)[0], name: 'side', restartPolicy: 'Sometimes' }, { ...containers(j)[0], name: 'setup', restartPolicy: 'OnFailure' }])),
      ['spec.template.spec.initContainers[0].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"'],
    ],
    ['a sidecar (restartPolicy Always) is valid, with probes and lifecycle', job((j) => (j.spec.template.spec.initContainers = [{ ...containers(j)[0], name: 'side', restartPolicy: 'Always', readinessProbe: { exec: { command: ['ok'] } }, lifecycle: {} }])), []],
    [
      'validateInitContainers: probes and lifecycle are Forbidden without restartPolicy Always',
      job((j) => (j.spec.template.spec.initContainers = [{ ...containers(j)[0], name: 'init', startupProbe: { exec: { command: ['ok'] } }, lifecycle: {} }])),
      ['spec.template.spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always', 'spec.template.spec.initContainers[0].startupProbe: Forbidden: may not be set for init containers without restartPolicy=Always'],
    ],
    ['validateContainerRestartPolicy (ContainerRestartRules, 1.35): a regular container may have a policy of its own', job((j) => (containers(j)[0].restartPolicy = 'Always')), []],
    [
      'validateContainerRestartPolicy: rules need a policy; the policy is one of three; each rule a Restart action and In/NotIn exit codes',
      job((j) => {
        containers(j)[0].restartPolicyRules = [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }];
        containers(j).push({ ...containers(j)[0], name: 'b', restartPolicy: 'Sometimes', restartPolicyRules: [{ action: 'RestartAllContainers', exitCodes: { operator: 'Equals', values: [1] } }, { exitCodes: undefined }] });
      }),
      [
        `${c0}.restartPolicy: Required value: must specify restartPolicy when restart rules are used`,
        'spec.template.spec.containers[1].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"',
        'spec.template.spec.containers[1].restartPolicyRules[0].action: Unsupported value: "RestartAllContainers": supported values: "Restart"',
        'spec.template.spec.containers[1].restartPolicyRules[0].exitCodes.operator: Unsupported value: "Equals": supported values: "In", "NotIn"',
        'spec.template.spec.containers[1].restartPolicyRules[1].action: Unsupported value: "": supported values: "Restart"',
        'spec.template.spec.containers[1].restartPolicyRules[1].exitCodes: Required value: must be specified',
      ],
    ],
    [
      'validateContainerRestartPolicy: at most 20 rules of at most 255 values each; the values themselves are not checked',
      job((j) => {
        containers(j)[0].restartPolicy = 'Never';
        containers(j)[0].restartPolicyRules = Array.from({ length: 21 }, (_, i) => ({ action: 'Restart', exitCodes: { operator: 'NotIn', values: i === 0 ? Array.from({ length: 256 }, (_x, k) => k - 3) : [] } }));
      }),
      [`${c0}.restartPolicyRules: Too many: 21: must have at most 20 items`, `${c0}.restartPolicyRules[0].exitCodes.values: Too many: 256: must have at most 255 items`],
    ],
    [
      'validateInitContainerRestartPolicy: a sidecar has no rules; a plain init container may restart on failure; rules without a policy are said once',
      job((j) => {
        j.spec.template.spec.initContainers = [
          { ...containers(j)[0], name: 'side', restartPolicy: 'Always', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [1] } }] },
          { ...containers(j)[0], name: 'setup', restartPolicy: 'OnFailure' },
          { ...containers(j)[0], name: 'bare', restartPolicyRules: [{ action: 'Bogus' }] },
        ];
      }),
      [
        'spec.template.spec.initContainers[0].restartPolicyRules: Forbidden: restartPolicyRules are not allowed for init containers with restart policy Always',
        'spec.template.spec.initContainers[2].restartPolicy: Required value: must specify restartPolicy when restart rules are used',
      ],
    ],
    [
      'validateTopologySpreadConstraints: maxSkew, topologyKey, whenUnsatisfiable, minDomains, node inclusion policies',
      job((j) => (j.spec.template.spec.topologySpreadConstraints = [{ maxSkew: 0, topologyKey: '', whenUnsatisfiable: 'Maybe', minDomains: 0, nodeTaintsPolicy: 'Always' }])),
      [
        'spec.template.spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero',
        'spec.template.spec.topologySpreadConstraints[0].topologyKey: Required value: can not be empty',
        'spec.template.spec.topologySpreadConstraints[0].whenUnsatisfiable: Unsupported value: "Maybe": supported values: "DoNotSchedule", "ScheduleAnyway"',
        'spec.template.spec.topologySpreadConstraints[0].minDomains: Invalid value: 0: must be greater than zero',
        'spec.template.spec.topologySpreadConstraints[0].minDomains: Invalid value: 0: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not Maybe',
        'spec.template.spec.topologySpreadConstraints[0].nodeTaintsPolicy: Unsupported value: "Always": supported values: "Honor", "Ignore"',
      ],
    ],
    [
      'ValidateSpreadConstraintNotRepeat: one constraint per {topologyKey, whenUnsatisfiable}',
      job((j) => (j.spec.template.spec.topologySpreadConstraints = [1, 2].map((maxSkew) => ({ maxSkew, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { a: 'b' } } })))),
      ['spec.template.spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{zone, DoNotSchedule}"'],
    ],
    [
      'validateMatchLabelKeysInTopologySpread: needs a labelSelector, and a key not in it',
      job(
        (j) =>
          (j.spec.template.spec.topologySpreadConstraints = [
            { maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', matchLabelKeys: ['run'] },
            { maxSkew: 1, topologyKey: 'host', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { run: 'x' } }, matchLabelKeys: ['run'] },
          ]),
      ),
      ['spec.template.spec.topologySpreadConstraints[0].matchLabelKeys: Forbidden: must not be specified when labelSelector is not set', 'spec.template.spec.topologySpreadConstraints[1].matchLabelKeys[0]: Invalid value: "run": exists in both matchLabelKeys and labelSelector'],
    ],
    [
      'validatePodAffinityTerm: an empty topologyKey is Required, and ValidateLabelName still runs on it',
      job((j) => (j.spec.template.spec.affinity = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: '', labelSelector: { matchLabels: { a: 'b' } } }] } })),
      [
        'spec.template.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty',
        'spec.template.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value: "": name part must be non-empty',
        `spec.template.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value: "": ${QualifiedNamePart}`,
      ],
    ],
    [
      'validateProbe / validateHandler: one handler, non-negative timings, liveness successThreshold 1',
      job((j) => (containers(j)[0].livenessProbe = { exec: { command: ['ok'] }, httpGet: { port: 80 }, periodSeconds: -1, successThreshold: 2 })),
      [`${c0}.livenessProbe.httpGet: Forbidden: may not specify more than 1 handler type`, `${c0}.livenessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0`, `${c0}.livenessProbe.successThreshold: Invalid value: 2: must be 1`],
    ],
    ['validateHandler: no handler', job((j) => (containers(j)[0].readinessProbe = { periodSeconds: 5 })), [`${c0}.readinessProbe: Required value: must specify a handler type`]],
    [
      'validateHTTPGetAction / validateTCPSocketAction: ports and scheme; a readiness probe has no terminationGracePeriodSeconds',
      job((j) => (containers(j)[0].readinessProbe = { httpGet: { path: '/', port: 0, scheme: 'FTP' }, terminationGracePeriodSeconds: 5 })),
      [`${c0}.readinessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive`, `${c0}.readinessProbe.httpGet.scheme: Unsupported value: "FTP": supported values: "HTTP", "HTTPS"`, `${c0}.readinessProbe.terminationGracePeriodSeconds: Invalid value: 5: must not be set for readinessProbes`],
    ],
    ['validateExecAction: a command is required', job((j) => (containers(j)[0].startupProbe = { exec: {} })), [`${c0}.startupProbe.exec.command: Required value`]],
    ['valid probes (validation sees them defaulted: httpGet path /, scheme HTTP)', job((j) => Object.assign(containers(j)[0], { livenessProbe: { httpGet: { path: '/', port: 'http', scheme: 'HTTP' } }, readinessProbe: { tcpSocket: { port: 8080 }, initialDelaySeconds: 5 }, startupProbe: { grpc: { port: 9000 } } })), []],
    ['a sidecar’s probes are validated like a container’s', job((j) => (j.spec.template.spec.initContainers = [{ ...containers(j)[0], name: 'side', restartPolicy: 'Always', startupProbe: { exec: { command: ['ok'] }, successThreshold: 3 } }])), ['spec.template.spec.initContainers[0].startupProbe.successThreshold: Invalid value: 3: must be 1']],
    [
      'ValidateHostAliases: IsValidIP (ParseIPSloppy) for IPv4 and IPv6',
      job((j) => (j.spec.template.spec.hostAliases = ['10.0.0.1', '010.001.0.1', '2001:db8::ffff', '::1', '::ffff:10.0.0.1', '1.2.3', '256.0.0.1', 'fe80::1::2', '1:2:3:4:5:6:7:8:9'].map((ip) => ({ ip, hostnames: ['a.example'] })))),
      [5, 6, 7, 8].map((i) => `spec.template.spec.hostAliases[${i}].ip: Invalid value: "${['1.2.3', '256.0.0.1', 'fe80::1::2', '1:2:3:4:5:6:7:8:9'][i - 5]}": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`),
    ],
    [
      'validateVolumeSource: hostPath path, secret and configMap names, modes and item paths, PVC claim name (ValidateLocalNonReservedPath)',
      job((j) => (j.spec.template.spec.volumes = [{ name: 'h', hostPath: { path: '' } }, { name: 's', secret: { secretName: 's', defaultMode: 512 } }, { name: 'c', configMap: { name: 'c', items: [{ key: 'k', path: '..x' }] } }, { name: 'p', persistentVolumeClaim: { claimName: '' } }])),
      [
        'spec.template.spec.volumes[0].hostPath.path: Required value',
        'spec.template.spec.volumes[1].secret.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive',
        "spec.template.spec.volumes[2].configMap.items[0].path: Invalid value: \"..x\": must not start with '..'",
        'spec.template.spec.volumes[3].persistentVolumeClaim.claimName: Required value',
      ],
    ],
    [
      'validateProjectionSources: a required secret name, one kind per source, duplicate paths across sources named on projected with the later source, token lifetime bounds, the token path on projected.path',
      job((j) => (j.spec.template.spec.volumes = [
        {
          name: 'p',
          projected: {
            defaultMode: 420,
            sources: [
              { secret: { items: [{ key: 'k', path: 'a' }] } },
              { configMap: { name: 'cm', items: [{ key: 'k', path: 'a' }] }, downwardAPI: { items: [{ path: 'b', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } }] } },
              { downwardAPI: { items: [{ path: 'b', fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } }] } },
              { serviceAccountToken: { path: '/abs', expirationSeconds: 2 ** 32 + 1 } },
              { serviceAccountToken: { path: '', expirationSeconds: 599 } },
            ],
          },
        },
      ])),
      [
        'spec.template.spec.volumes[0].projected.sources[0].secret.name: Required value',
        'spec.template.spec.volumes[0].projected: Invalid value: "cm": conflicting duplicate paths',
        'spec.template.spec.volumes[0].projected.sources[1]: Forbidden: may not specify more than 1 volume type',
        'spec.template.spec.volumes[0].projected.sources[2].downwardAPI.fieldRef.fieldPath: Unsupported value: "spec.nodeName": supported values: "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"',
        'spec.template.spec.volumes[0].projected: Invalid value: "b": conflicting duplicate paths',
        'spec.template.spec.volumes[0].projected.sources[3].serviceAccountToken.expirationSeconds: Invalid value: 4294967297: may not specify a duration larger than 2^32 seconds',
        'spec.template.spec.volumes[0].projected.path: Invalid value: "/abs": must be a relative path',
        'spec.template.spec.volumes[0].projected.sources[4].serviceAccountToken.expirationSeconds: Invalid value: 599: may not specify a duration less than 10 minutes',
        'spec.template.spec.volumes[0].projected.path: Required value',
      ],
    ],
    [
      'validateProjectedVolumeSource: defaultMode range; a valid token, configMap and downwardAPI projection',
      job((j) => (j.spec.template.spec.volumes = [
        { name: 'bad', projected: { defaultMode: 1024, sources: [] } },
        { name: 'ok', projected: { defaultMode: 420, sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3600, audience: 'vault' } }, { configMap: { name: 'ca', items: [{ key: 'ca.crt', path: 'ca.crt' }] } }, { downwardAPI: { items: [{ path: 'ns', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } }] } },
      ])),
      ['spec.template.spec.volumes[0].projected.defaultMode: Invalid value: 1024: must be a number between 0 and 0777 (octal), both inclusive'],
    ],
    [
      'validatePodSpecSecurityContext and ValidateSecurityContext: id ranges, sysctls on host namespaces',
      job((j) => {
        j.spec.template.spec.hostNetwork = true;
        j.spec.template.spec.securityContext = { runAsUser: -1, sysctls: [{ name: 'net.core.somaxconn', value: '1' }] };
        containers(j)[0].securityContext = { runAsGroup: 2147483648 };
      }),
      [
        `${c0}.securityContext.runAsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive`,
        'spec.template.spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
        "spec.template.spec.securityContext.sysctls[0].name: Invalid value: \"net.core.somaxconn\": may not be specified when 'hostNetwork' is true",
      ],
    ],
    ['a valid spread constraint', job((j) => (j.spec.template.spec.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'ScheduleAnyway', minDomains: undefined, labelSelector: { matchLabels: { a: 'b' } } }])), []],
    [
      'preemptionPolicy: supported values in ValidatePreemptionPolicy\'s order',
      job((j) => (j.spec.template.spec.preemptionPolicy = 'Always')),
      ['spec.template.spec.preemptionPolicy: Unsupported value: "Always": supported values: "PreemptLowerPriority", "Never"'],
    ],
    [
      'validateEnvVarValueFrom: a value beside two sources is reported alone (else-if chain)',
      job((j) => (containers(j)[0].env = [{ name: 'V', value: 'x', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } }])),
      [`${c0}.env[0].valueFrom: Invalid value: "": may not be specified when \`value\` is not empty`],
    ],
    [
      'validateEnvVarValueFrom: two sources without a value',
      job((j) => (containers(j)[0].env = [{ name: 'V', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } }])),
      [`${c0}.env[0].valueFrom: Invalid value: "": may not have more than one field specified at a time`],
    ],
    [
      'validateHTTPGetAction: header names are HTTP tokens, named on the list',
      job((j) => (containers(j)[0].readinessProbe = { httpGet: { path: '/', port: 80, scheme: 'HTTP', httpHeaders: [{ name: 'X-Ok', value: 'a' }, { name: 'bad_header', value: 'b' }] } })),
      [`${c0}.readinessProbe.httpGet.httpHeaders: Invalid value: "bad_header": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')`],
    ],
    [
      'ValidateVolumeDevices: block mode needs a PVC or ephemeral volume; unknown, empty, repeated and backstepping paths',
      job((j) => {
        j.spec.template.spec.volumes = [{ name: 'scratch', emptyDir: {} }, { name: 'data', persistentVolumeClaim: { claimName: 'pvc' } }];
        containers(j)[0].volumeDevices = [
          { name: 'scratch', devicePath: '/dev/a' },
          { name: 'nope', devicePath: '' },
          { name: 'data', devicePath: '/dev/a' },
          { name: 'data', devicePath: '/dev/../x' },
        ];
      }),
      [
        `${c0}.volumeDevices[0].name: Invalid value: "scratch": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode`,
        `${c0}.volumeDevices[1].name: Not found: "nope"`,
        `${c0}.volumeDevices[1].devicePath: Required value`,
        `${c0}.volumeDevices[2].devicePath: Invalid value: "/dev/a": must be unique`,
        `${c0}.volumeDevices[3].name: Invalid value: "data": must be unique`,
        `${c0}.volumeDevices[3].devicePath: Invalid value: "/dev/../x": can not contain backsteps ('..')`,
      ],
    ],
    [
      'ValidateVolumeMounts / ValidateVolumeDevices: a volume is mounted or a device, and paths are not shared',
      job((j) => {
        j.spec.template.spec.volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'pvc' } }];
        containers(j)[0].volumeMounts = [{ name: 'data', mountPath: '/dev/xvda' }];
        containers(j)[0].volumeDevices = [{ name: 'data', devicePath: '/dev/xvda' }];
      }),
      [
        `${c0}.volumeMounts[0].name: Invalid value: "data": must not already exist in volumeDevices`,
        `${c0}.volumeMounts[0].mountPath: Invalid value: "/dev/xvda": must not already exist as a path in volumeDevices`,
        `${c0}.volumeDevices[0].name: Invalid value: "data": must not already exist in volumeMounts`,
        `${c0}.volumeDevices[0].devicePath: Invalid value: "/dev/xvda": must not already exist as a path in volumeMounts`,
      ],
    ],
    [
      'ValidateVolumeMounts: a second empty mountPath is also not unique',
      job((j) => {
        j.spec.template.spec.volumes = [{ name: 'v', emptyDir: {} }];
        containers(j)[0].volumeMounts = [{ name: 'v', mountPath: '' }, { name: 'v', mountPath: '' }];
      }),
      [`${c0}.volumeMounts[0].mountPath: Required value`, `${c0}.volumeMounts[1].mountPath: Required value`, `${c0}.volumeMounts[1].mountPath: Invalid value: "": must be unique`],
    ],
    [
      'validatePodDNSConfig: at most 32 search paths, and 2048 characters with the spaces',
      job((j) => (j.spec.template.spec.dnsConfig = { searches: Array.from({ length: 33 }, (_, i) => `${'s'.repeat(60)}${i}.example.com`) })),
      [
        `spec.template.spec.dnsConfig.searches: Invalid value: []string{${Array.from({ length: 33 }, (_, i) => JSON.stringify(`${'s'.repeat(60)}${i}.example.com`)).join(', ')}}: must not have more than 32 search paths`,
        `spec.template.spec.dnsConfig.searches: Invalid value: []string{${Array.from({ length: 33 }, (_, i) => JSON.stringify(`${'s'.repeat(60)}${i}.example.com`)).join(', ')}}: must not have more than 2048 characters (including spaces) in the search list`,
      ],
    ],
    [
      'validatePodDNSConfig: search domains may hold underscores and end in a dot; "." alone is allowed',
      job((j) => (j.spec.template.spec.dnsConfig = { searches: ['.', '_srv._tcp.example.com.', 'bad..domain', 'UPPER.example.com'] })),
      [
        "spec.template.spec.dnsConfig.searches[2]: Invalid value: \"bad..domain\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*')",
        "spec.template.spec.dnsConfig.searches[3]: Invalid value: \"UPPER.example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
    [
      'validatePodAffinityTerm: a bad namespace is named on `namespace`, without an index',
      job((j) => (j.spec.template.spec.affinity = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'zone', namespaces: ['ok', 'Bad_NS'] }] } })),
      [`spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespace: Invalid value: "Bad_NS": ${RFC1123Label}`],
    ],
    [
      'validateWeightedPodAffinityTerms: a preferred term without podAffinityTerm is the empty struct, whose topologyKey is required',
      job((j) => (j.spec.template.spec.affinity = { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 3 } as never] } })),
      [
        'spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey: Required value: can not be empty',
        'spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey: Invalid value: "": name part must be non-empty',
        `spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey: Invalid value: "": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
      ],
    ],
    [
      'ValidateNodeSelectorRequirement: required node affinity values are label values, preferred ones are not checked',
      job((j) => (j.spec.template.spec.affinity = {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a', 'bad value!'] }] }] },
          preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['also bad!'] }] } }],
        },
      })),
      [`spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values[1]: Invalid value: "bad value!": ${LabelValue}`],
    ],
    [
      'validateInitContainers: each init container\'s host ports alone, named initContainers[0] (checkHostPortConflicts on one container)',
      job((j) => {
        j.spec.template.spec.initContainers = [
          { name: 'i0', image: 'busybox', terminationMessagePolicy: 'File', imagePullPolicy: 'Always', ports: [{ containerPort: 80, hostPort: 8080, protocol: 'TCP' }] },
          { name: 'i1', image: 'busybox', terminationMessagePolicy: 'File', imagePullPolicy: 'Always', ports: [{ containerPort: 80, hostPort: 8080, protocol: 'TCP' }, { containerPort: 81, hostPort: 8080, protocol: 'TCP' }] },
        ];
      }),
      ['spec.template.spec.initContainers[0].ports[1].hostPort: Duplicate value: "TCP//8080"'],
    ],
    [
      'validateWindows: shareProcessNamespace and hostUsers may not be set at all',
      job((j) => Object.assign(j.spec.template.spec, { os: { name: 'windows' }, shareProcessNamespace: false, hostUsers: true })),
      ['spec.template.spec.hostUsers: Forbidden: cannot be set for a windows pod', 'spec.template.spec.shareProcessNamespace: Forbidden: cannot be set for a windows pod'],
    ],
    ['ValidateRuntimeClassName: a DNS subdomain', job((j) => (j.spec.template.spec.runtimeClassName = 'Bad_RC')), [`spec.template.spec.runtimeClassName: Invalid value: "Bad_RC": ${RFC1123Subdomain}`]],
    [
      'validateSupplementalGroupsPolicy: Merge or Strict',
      job((j) => (j.spec.template.spec.securityContext = { supplementalGroupsPolicy: 'Loose' })),
      ['spec.template.spec.securityContext.supplementalGroupsPolicy: Unsupported value: "Loose": supported values: "Merge", "Strict"'],
    ],
    [
      'ValidateSeccompPodAnnotations: the deprecated annotations name a valid profile, the key a child of annotations',
      job((j) => (j.spec.template.metadata = { annotations: {
        'seccomp.security.alpha.kubernetes.io/pod': 'bogus',
        'container.seccomp.security.alpha.kubernetes.io/pi': 'localhost/../p.json',
        'container.seccomp.security.alpha.kubernetes.io/other': 'runtime/default',
      } })),
      [
        'spec.template.annotations.seccomp.security.alpha.kubernetes.io/pod: Invalid value: "bogus": must be a valid seccomp profile',
        "spec.template.annotations.container.seccomp.security.alpha.kubernetes.io/pi: Invalid value: \"../p.json\": must not contain '..'",
      ],
    ],
    [
      'ValidateAppArmorPodAnnotations: a container of the pod and a valid profile name',
      job((j) => (j.spec.template.metadata = { annotations: { 'container.apparmor.security.beta.kubernetes.io/ghost': 'strict' } })),
      [
        'spec.template.annotations[container.apparmor.security.beta.kubernetes.io/ghost]: Invalid value: "ghost": container not found',
        'spec.template.annotations[container.apparmor.security.beta.kubernetes.io/ghost]: Invalid value: "strict": invalid AppArmor profile name: "strict"',
      ],
    ],
    [
      'validateWindowsSecurityContextOptions: gmsaCredentialSpecName, gmsaCredentialSpec, runAsUserName (pod and container)',
      job((j) => {
        j.spec.template.spec.securityContext = { windowsOptions: { gmsaCredentialSpecName: 'Bad_Name', gmsaCredentialSpec: '' } };
        containers(j)[0].securityContext = { windowsOptions: { runAsUserName: 'a\\b\\c' } };
      }),
      [
        `${c0}.securityContext.windowsOptions.runAsUserName: Invalid value: "a\\\\b\\\\c": runAsUserName cannot contain more than one backslash`,
        `spec.template.spec.securityContext.windowsOptions.gmsaCredentialSpecName: Invalid value: "Bad_Name": ${RFC1123Subdomain}`,
        'spec.template.spec.securityContext.windowsOptions.gmsaCredentialSpec: Invalid value: "": gmsaCredentialSpec cannot be an empty string',
      ],
    ],
    [
      'validateWindowsSecurityContextOptions: runAsUserName domain and user rules',
      job((j) => (containers(j)[0].securityContext = { windowsOptions: { runAsUserName: '.dom\\ ..' } })),
      [
        `${c0}.securityContext.windowsOptions.runAsUserName: Invalid value: ".dom\\\\ ..": runAsUserName's Domain doesn't match the NetBios nor the DNS format`,
        `${c0}.securityContext.windowsOptions.runAsUserName: Invalid value: ".dom\\\\ ..": runAsUserName's User cannot contain only periods or spaces`,
      ],
    ],
  ];
  it.each(cases)('%s', (_name, j, want) => expect(strings(validateJob(j))).toEqual(want));
});

describe('validateJob: pod-level resources (validatePodResources, PodLevelResources on in 1.34-1.35)', () => {
  const podLevel = (resources: object, containerResources?: object) =>
    job((j) => {
      (j.spec.template.spec as { resources?: object }).resources = resources;
      if (containerResources) containers(j)[0].resources = containerResources as never;
    });
  const r = 'spec.template.spec.resources';
  it.each<[string, Job, string[]]>([
    ['validatePodResourceName: huge pages are a pod-level resource (SupportedPodLevelResources, since 1.33)', podLevel({ requests: { memory: '1Gi', 'hugepages-2Mi': '4Mi' }, limits: { memory: '1Gi', 'hugepages-2Mi': '4Mi' } }), []],
    ['validatePodResourceName: anything else is NotSupported, listing cpu, the hugepages- prefix and memory', podLevel({ requests: { 'ephemeral-storage': '1Gi' } }), [`${r}.requests[ephemeral-storage]: Unsupported value: "ephemeral-storage": supported values: "cpu", "hugepages-", "memory"`]],
    ['validateResourceRequirements: pod-level huge pages, as a container\'s, need a limit equal to the request', podLevel({ requests: { memory: '1Gi', 'hugepages-2Mi': '4Mi' } }), [`${r}.limits: Required value: Limit must be set for non overcommitable resources`]],
    ['validatePodResourceConsistency: pod-level huge pages cover the containers\' aggregate, and no container limits more', podLevel({ requests: { memory: '1Gi', 'hugepages-2Mi': '2Mi' }, limits: { memory: '1Gi', 'hugepages-2Mi': '2Mi' } }, { requests: { memory: '1Mi', 'hugepages-2Mi': '4Mi' }, limits: { 'hugepages-2Mi': '4Mi' } }), [`${r}.requests[hugepages-2Mi]: Invalid value: "2Mi": must be greater than or equal to aggregate container requests of 4Mi`, `${r}.containers[0][hugepages-2Mi].limits: Invalid value: "4Mi": must be less than or equal to pod limits of 2Mi`]],
    ['validatePodResourceConsistency: a container limit above the pod limit, at resources.containers[i][name].limits', podLevel({ limits: { cpu: '1' } }, { limits: { cpu: '2' } }), [`${r}.containers[0][cpu].limits: Invalid value: "2": must be less than or equal to pod limits of 1`]],
    ['validatePodResourceConsistency: a container limit equal to the pod limit is fine', podLevel({ limits: { cpu: '1' } }, { limits: { cpu: '1000m' } }), []],
    ['validatePodResourceConsistency: a container limit the pod does not limit is not compared', podLevel({ limits: { cpu: '1' } }, { limits: { memory: '8Gi' } }), []],
    ['validatePodResourceConsistency: a resource the pod does not request is not compared (kubernetes#132449)', podLevel({ requests: { cpu: '1' } }, { requests: { memory: '8Gi' } }), []],
  ])('%s', (_name, j, want) => expect(strings(validateJob(j))).toEqual(want));
});

describe('validateJob: the pod template\'s annotations, host namespaces, claims and volumes (ValidatePodTemplateSpec)', () => {
  const t = 'spec.template';
  const s = 'spec.template.spec';
  const annotated = (a: Record<string, string>, mut: (j: Any) => void = () => {}) =>
    job((j) => {
      j.spec.template.metadata = { annotations: a };
      mut(j);
    });
  const tol = 'scheduler.alpha.kubernetes.io/tolerations';
  const cost = 'controller.kubernetes.io/pod-deletion-cost';
  const vol = (source: object) => job((j) => (j.spec.template.spec.volumes = [{ name: 'v', ...source }]));
  it.each<[string, Job, string[]]>([
    // ValidatePodTemplateSpec
    ['ephemeral containers are Forbidden in a template', job((j) => (j.spec.template.spec.ephemeralContainers = [{ name: 'dbg', image: 'busybox' }])), [`${s}.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template`]],
    // ValidatePodSpecificAnnotations: GetDeletionCostFromPodAnnotations (validFirstDigit, ParseInt(v, 10, 32))
    ['pod-deletion-cost: a negative int32 is fine', annotated({ [cost]: '-2147483648' }), []],
    ['pod-deletion-cost: "0" is fine', annotated({ [cost]: '0' }), []],
    ['pod-deletion-cost: not a number', annotated({ [cost]: 'abc' }), [`${t}.annotations[${cost}]: Invalid value: "abc": must be a 32bit integer`]],
    ['pod-deletion-cost: a leading + (validFirstDigit)', annotated({ [cost]: '+10' }), [`${t}.annotations[${cost}]: Invalid value: "+10": must be a 32bit integer`]],
    ['pod-deletion-cost: a leading zero (validFirstDigit)', annotated({ [cost]: '08' }), [`${t}.annotations[${cost}]: Invalid value: "08": must be a 32bit integer`]],
    ['pod-deletion-cost: empty', annotated({ [cost]: '' }), [`${t}.annotations[${cost}]: Invalid value: "": must be a 32bit integer`]],
    ['pod-deletion-cost: past int32', annotated({ [cost]: '2147483648' }), [`${t}.annotations[${cost}]: Invalid value: "2147483648": must be a 32bit integer`]],
    // ValidateTolerationsInPodAnnotations
    ['tolerations annotation: valid tolerations pass', annotated({ [tol]: '[{"key":"foo","operator":"Exists","effect":"NoExecute","tolerationSeconds":60}]' }), []],
    ['tolerations annotation: validated as spec.tolerations, named under the key', annotated({ [tol]: '[{"key":"foo","operator":"Foo","value":"bar"}]' }), [`${t}.annotations.${tol}[0].operator: Unsupported value: "Foo": supported values: "Equal", "Exists"`]],
    ['tolerations annotation: field names match case-insensitively (encoding/json)', annotated({ [tol]: '[{"Key":"foo","OPERATOR":"Foo"}]' }), [`${t}.annotations.${tol}[0].operator: Unsupported value: "Foo": supported values: "Equal", "Exists"`]],
    ['tolerations annotation: not a list, the decoding error on the annotations', annotated({ [tol]: '{"key":"foo"}' }), [`${t}.annotations: Invalid value: "${tol}": json: cannot unmarshal object into Go value of type []core.Toleration`]],
    ['tolerations annotation: a field of the wrong type', annotated({ [tol]: '[{"key":1}]' }), [`${t}.annotations: Invalid value: "${tol}": json: cannot unmarshal number into Go struct field Toleration.key of type string`]],
    ['tolerations annotation: empty is not looked at', annotated({ [tol]: '' }), []],
    // validateSeccompAnnotationsAndFields (TestValidatePod "must match seccomp profile type and pod annotation")
    ['seccomp: pod annotation unconfined beside a RuntimeDefault field', annotated({ 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' }, (j) => (j.spec.template.spec.securityContext = { seccompProfile: { type: 'RuntimeDefault' } })), [`${s}.securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match`]],
    ['seccomp: docker/default matches RuntimeDefault', annotated({ 'seccomp.security.alpha.kubernetes.io/pod': 'docker/default' }, (j) => (j.spec.template.spec.securityContext = { seccompProfile: { type: 'RuntimeDefault' } })), []],
    ['seccomp: a container\'s annotation names its Localhost profile', annotated({ 'container.seccomp.security.alpha.kubernetes.io/pi': 'localhost/a.json' }, (j) => (containers(j)[0].securityContext = { seccompProfile: { type: 'Localhost', localhostProfile: 'b.json' } })), [`${s}.containers[0].securityContext.seccompProfile.localhostProfile: Forbidden: seccomp profile in annotation and field must match`]],
    ['seccomp: an annotation without a field is not compared', annotated({ 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' }), []],
    // validateHostUsers
    ['hostUsers false: hostNetwork, hostPID and hostIPC are Forbidden (upstream capitalises the last two)', job((j) => Object.assign(j.spec.template.spec, { hostUsers: false, hostNetwork: true, hostPID: true, hostIPC: true })), [`${s}.hostNetwork: Forbidden: when \`pod.Spec.HostUsers\` is false`, `${s}.HostPID: Forbidden: when \`pod.Spec.HostUsers\` is false`, `${s}.HostIPC: Forbidden: when \`pod.Spec.HostUsers\` is false`]],
    ['hostUsers true: host namespaces are fine', job((j) => Object.assign(j.spec.template.spec, { hostUsers: true, hostPID: true })), []],
    // ValidatePodSpec has no schedulerName rule
    ['schedulerName: any string', job((j) => (j.spec.template.spec.schedulerName = 'My_Scheduler')), []],
    // validateResourceClaimNames
    ['claims: a name the pod does not declare, the pod declaring none', job((j) => (containers(j)[0].resources = { claims: [{ name: 'gpu' }] })), [`${s}.containers[0].resources.claims[0]: Not found: "gpu": must be one of the names in pod.spec.resourceClaims which is empty`]],
    ['claims: the pod\'s names listed sorted', job((j) => { j.spec.template.spec.resourceClaims = [{ name: 'b', resourceClaimName: 'x' }, { name: 'a', resourceClaimName: 'y' }]; containers(j)[0].resources = { claims: [{ name: 'gpu' }] }; }), [`${s}.containers[0].resources.claims[0]: Not found: "gpu": must be one of the names in pod.spec.resourceClaims: a, b`]],
    ['claims: a declared name once is fine, twice Duplicate', job((j) => { j.spec.template.spec.resourceClaims = [{ name: 'gpu', resourceClaimName: 'x' }]; containers(j)[0].resources = { claims: [{ name: 'gpu' }, { name: 'gpu' }] }; }), [`${s}.containers[0].resources.claims[1]: Duplicate value: "gpu"`]],
    ['claims: the whole claim after one of its requests is Duplicate', job((j) => { j.spec.template.spec.resourceClaims = [{ name: 'gpu', resourceClaimName: 'x' }]; containers(j)[0].resources = { claims: [{ name: 'gpu', request: 'r1' }, { name: 'gpu' }] }; }), [`${s}.containers[0].resources.claims[1]: Duplicate value: "gpu"`]],
    ['claims: an empty name is Required', job((j) => (containers(j)[0].resources = { claims: [{ name: '' }] })), [`${s}.containers[0].resources.claims[0]: Required value`]],
    // validateVolumeSource: the legacy sources
    ['nfs: server and an absolute path', vol({ nfs: { server: '', path: 'rel/dir' } }), [`${s}.volumes[0].nfs.server: Required value`, `${s}.volumes[0].nfs.path: Invalid value: "rel/dir": must be an absolute path`]],
    ['nfs: an empty path is Required and not absolute', vol({ nfs: { server: 'nfs' } }), [`${s}.volumes[0].nfs.path: Required value`, `${s}.volumes[0].nfs.path: Invalid value: "": must be an absolute path`]],
    ['nfs: valid', vol({ nfs: { server: 'nfs.example.com', path: '/exports' } }), []],
    ['iscsi: valid (the iqn regex)', vol({ iscsi: { targetPortal: '10.0.0.1:3260', iqn: 'iqn.2015-02.example.com:test', lun: 0 } }), []],
    ['iscsi: targetPortal and iqn Required, lun 0-255', vol({ iscsi: { lun: 256 } }), [`${s}.volumes[0].iscsi.targetPortal: Required value`, `${s}.volumes[0].iscsi.iqn: Required value`, `${s}.volumes[0].iscsi.lun: Invalid value: 256: must be between 0 and 255, inclusive`]],
    ['iscsi: iqn starts with iqn, eui or naa', vol({ iscsi: { targetPortal: 'p', iqn: 'foo' } }), [`${s}.volumes[0].iscsi.iqn: Invalid value: "foo": must be valid format starting with iqn, eui, or naa`]],
    ['iscsi: an eui iqn has 16 alphanumerics', vol({ iscsi: { targetPortal: 'p', iqn: 'eui.123' } }), [`${s}.volumes[0].iscsi.iqn: Invalid value: "eui.123": must be valid format`]],
    ['iscsi: CHAP needs a secretRef; initiatorname is named in lower case', vol({ iscsi: { targetPortal: 'p', iqn: 'naa.' + 'a'.repeat(32), chapAuthSession: true, initiatorName: 'x' } }), [`${s}.volumes[0].iscsi.secretRef: Required value`, `${s}.volumes[0].iscsi.initiatorname: Invalid value: "x": must be valid format starting with iqn, eui, or naa`]],
    ['gcePersistentDisk: pdName, and the partition message says 1-255 for a range of 0-255', vol({ gcePersistentDisk: { partition: 256 } }), [`${s}.volumes[0].gcePersistentDisk.pdName: Required value`, `${s}.volumes[0].gcePersistentDisk.partition: Invalid value: 256: must be between 1 and 255, inclusive`]],
    ['awsElasticBlockStore: volumeID', vol({ awsElasticBlockStore: { partition: 0 } }), [`${s}.volumes[0].awsElasticBlockStore.volumeID: Required value`]],
    ['gitRepo: repository, and a relative directory', vol({ gitRepo: { directory: '/abs' } }), [`${s}.volumes[0].gitRepo.repository: Required value`, `${s}.volumes[0].gitRepo.directory: Invalid value: "/abs": must be a relative path`]],
    ['glusterfs: endpoints and path', vol({ glusterfs: {} }), [`${s}.volumes[0].glusterfs.endpoints: Required value`, `${s}.volumes[0].glusterfs.path: Required value`]],
  ])('%s', (_name, j, want) => expect(strings(validateJob(j))).toEqual(want));
});

// reference job-controller.md §1.3
describe('validateJobUpdate: immutable fields (ValidateJobSpecUpdate)', () => {
  const cases: [string, Job, Job, { startedBefore?: boolean }, string[]][] = [
    ['completions (NonIndexed)', job(), job((j) => Object.assign(j.spec, { completions: 5 })), {}, ['spec.completions: Invalid value: 5: field is immutable']],
    ['completions: elastic Indexed Jobs change it together with parallelism', indexed(), indexed((j) => Object.assign(j.spec, { completions: 7, parallelism: 7 })), {}, []],
    [
      'completions: elastic Indexed Jobs, not in tandem',
      indexed(),
      indexed((j) => Object.assign(j.spec, { completions: 7 })),
      {},
      ['spec.completions: Invalid value: 7: can only be modified in tandem with spec.parallelism'],
    ],
    ['selector', job(), job((j) => (j.spec.selector = { matchLabels: { 'job-name': 'pi' } })), {}, ['spec.selector: Invalid value: "object": field is immutable']],
    ['template', job(), job((j) => (containers(j)[0].image = 'perl:5.36')), {}, ['spec.template: Invalid value: "object": field is immutable']],
    ['completionMode', job(), job((j) => (j.spec.completionMode = 'Indexed')), {}, ['spec.completionMode: Invalid value: "Indexed": field is immutable']],
    [
      'podFailurePolicy',
      job(),
      job((j) => (j.spec.podFailurePolicy = { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] })),
      {},
      ['spec.podFailurePolicy: Invalid value: "object": field is immutable'],
    ],
    [
      'backoffLimitPerIndex',
      indexed((j) => (j.spec.backoffLimitPerIndex = 1)),
      indexed((j) => (j.spec.backoffLimitPerIndex = 2)),
      {},
      ['spec.backoffLimitPerIndex: Invalid value: 2: field is immutable'],
    ],
    ['managedBy', job(), job((j) => (j.spec.managedBy = 'example.com/mine')), {}, ['spec.managedBy: Invalid value: "example.com/mine": field is immutable']],
    [
      'successPolicy',
      indexed(),
      indexed((j) => (j.spec.successPolicy = { rules: [{ succeededCount: 1 }] })),
      {},
      ['spec.successPolicy: Invalid value: "object": field is immutable'],
    ],
    ['metadata.name', job(), job((j) => (j.metadata.name = 'other')), {}, ['metadata.name: Invalid value: "other": field is immutable']],
    [
      'metadata.uid (ValidateObjectMetaUpdate)',
      job((j) => (j.metadata.uid = uid)),
      job((j) => (j.metadata.uid = '11111111-2222-3333-4444-555555555555')),
      {},
      ['metadata.uid: Invalid value: "11111111-2222-3333-4444-555555555555": field is immutable'],
    ],
    [
      'mutable: parallelism, backoffLimit, activeDeadlineSeconds, suspend, ttlSecondsAfterFinished, podReplacementPolicy',
      job(),
      job((j) => Object.assign(j.spec, { parallelism: 3, backoffLimit: 1, activeDeadlineSeconds: 60, suspend: true, ttlSecondsAfterFinished: 10, podReplacementPolicy: 'Failed' })),
      {},
      [],
    ],
    [
      'mutable: maxFailedIndexes',
      indexed((j) => Object.assign(j.spec, { backoffLimitPerIndex: 1, maxFailedIndexes: 1 })),
      indexed((j) => Object.assign(j.spec, { backoffLimitPerIndex: 1, maxFailedIndexes: 2 })),
      {},
      [],
    ],
  ];
  it.each(cases)('%s', (_name, oldJ, newJ, opts, want) => expect(strings(validateJobUpdate(oldJ, newJ, opts))).toEqual(want));

  describe('a suspended Job that never started may change its scheduling directives (AllowMutableSchedulingDirectives)', () => {
    const suspended = (mut: (j: Any) => void = () => {}) =>
      job((j) => {
        j.spec.suspend = true;
        mut(j);
      });
    const directives = (j: Any) => {
      const s = j.spec.template.spec;
      s.nodeSelector = { pool: 'gpu' };
      s.tolerations = [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }];
      s.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] } } };
      s.schedulingGates = [{ name: 'wait' }];
      j.spec.template.metadata = { labels: { team: 'a' }, annotations: { note: 'x' } };
    };
    it('allowed while suspended and never started', () => expect(strings(validateJobUpdate(suspended(), suspended(directives), { startedBefore: false }))).toEqual([]));
    it('not for other template fields', () =>
      expect(strings(validateJobUpdate(suspended(), suspended((j) => (containers(j)[0].image = 'x')), { startedBefore: false }))).toEqual(['spec.template: Invalid value: "object": field is immutable']));
    it('not once the Job has started', () =>
      expect(strings(validateJobUpdate(suspended(), suspended(directives), { startedBefore: true }))).toEqual(['spec.template: Invalid value: "object": field is immutable']));
    it('by default, started means the old Job has status.startTime', () =>
      expect(strings(validateJobUpdate(suspended((j) => (j.status = { startTime: '2026-01-01T00:00:00Z' })), suspended(directives)))).toEqual(['spec.template: Invalid value: "object": field is immutable']));
    it('not when the old Job was not suspended', () => expect(strings(validateJobUpdate(job(), suspended(directives), { startedBefore: false }))).toEqual(['spec.template: Invalid value: "object": field is immutable']));
  });
});

// reference cronjob-and-friends.md §1.1
describe('validateCronJob (ValidateCronJobCreate)', () => {
  const jt = 'spec.jobTemplate.spec';
  const cases: [string, CronJob, (string | RegExp)[]][] = [
    ['schedule is required', cronJob((c) => (c.spec.schedule = '')), ['spec.schedule: Required value']],
    ['schedule must parse (cron.ParseStandard)', cronJob((c) => (c.spec.schedule = '0 25 * * *')), [/^spec\.schedule: Invalid value: "0 25 \* \* \*": .+/]],
    ['schedule must have five fields', cronJob((c) => (c.spec.schedule = '* * * *')), [/^spec\.schedule: Invalid value: "\* \* \* \*": .+/]],
    ['descriptors parse', cronJob((c) => (c.spec.schedule = '@hourly')), []],
    [
      'TZ in the schedule is rejected on create',
      cronJob((c) => (c.spec.schedule = 'TZ=UTC 0 3 * * *')),
      ['spec.schedule: Invalid value: "TZ=UTC 0 3 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead'],
    ],
    [
      'CRON_TZ in the schedule is rejected on create',
      cronJob((c) => (c.spec.schedule = 'CRON_TZ=UTC 0 3 * * *')),
      ['spec.schedule: Invalid value: "CRON_TZ=UTC 0 3 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead'],
    ],
    ['timeZone: an IANA zone', cronJob((c) => (c.spec.timeZone = 'Europe/Rome')), []],
    ['timeZone: not empty', cronJob((c) => (c.spec.timeZone = '')), ['spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string']],
    ['timeZone: no `..` part', cronJob((c) => (c.spec.timeZone = '../etc/passwd')), ['spec.timeZone: Invalid value: "../etc/passwd": unknown time zone ../etc/passwd']],
    ['timeZone: no part starting with -', cronJob((c) => (c.spec.timeZone = 'America/-x')), ['spec.timeZone: Invalid value: "America/-x": unknown time zone America/-x']],
    ['timeZone: parts at most 14 characters', cronJob((c) => (c.spec.timeZone = 'America/Abcdefghijklmno')), ['spec.timeZone: Invalid value: "America/Abcdefghijklmno": unknown time zone America/Abcdefghijklmno']],
    ['timeZone: not Local', cronJob((c) => (c.spec.timeZone = 'Local')), ['spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones']],
    [
      // validateTimeZone goes on to time.LoadLocation, which knows only "Local" itself
      'timeZone: local in another case is also no zone at all',
      cronJob((c) => (c.spec.timeZone = 'local')),
      ['spec.timeZone: Invalid value: "local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones', 'spec.timeZone: Invalid value: "local": unknown time zone local'],
    ],
    ['timeZone: must load', cronJob((c) => (c.spec.timeZone = 'Mars/Olympus')), [/^spec\.timeZone: Invalid value: "Mars\/Olympus": .+/]],
    ['startingDeadlineSeconds not negative', cronJob((c) => (c.spec.startingDeadlineSeconds = -1)), ['spec.startingDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0']],
    ['startingDeadlineSeconds may be 0', cronJob((c) => (c.spec.startingDeadlineSeconds = 0)), []],
    ['concurrencyPolicy is required (defaulted to Allow)', cronJob((c) => (c.spec.concurrencyPolicy = '')), ['spec.concurrencyPolicy: Required value']],
    [
      'concurrencyPolicy is Allow, Forbid or Replace',
      cronJob((c) => (c.spec.concurrencyPolicy = 'Sometimes')),
      ['spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"'],
    ],
    ['successfulJobsHistoryLimit not negative', cronJob((c) => (c.spec.successfulJobsHistoryLimit = -1)), ['spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0']],
    ['failedJobsHistoryLimit not negative', cronJob((c) => (c.spec.failedJobsHistoryLimit = -1)), ['spec.failedJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0']],
    ['history limits may be 0', cronJob((c) => Object.assign(c.spec, { successfulJobsHistoryLimit: 0, failedJobsHistoryLimit: 0 })), []],
    ['jobTemplate: the selector is generated', cronJob((c) => (c.spec.jobTemplate.spec.selector = { matchLabels: { a: 'b' } })), [`${jt}.selector: Invalid value: "object": \`selector\` will be auto-generated`]],
    ['jobTemplate: manualSelector is nil or false', cronJob((c) => (c.spec.jobTemplate.spec.manualSelector = true)), [`${jt}.manualSelector: Unsupported value: true: supported values: "nil", "false"`]],
    ['jobTemplate: restartPolicy Never or OnFailure', cronJob((c) => delete c.spec.jobTemplate.spec.template.spec.restartPolicy), [`${jt}.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"`]],
    ['jobTemplate: the Job rules apply', cronJob((c) => (c.spec.jobTemplate.spec.parallelism = -1)), [`${jt}.parallelism: Invalid value: -1: must be greater than or equal to 0`]],
    ['name at most 52 characters (63 minus the -<minutes> suffix)', cronJob((c) => (c.metadata.name = 'n'.repeat(53))), [`metadata.name: Invalid value: "${'n'.repeat(53)}": must be no more than 52 characters`]],
    ['a 52-character name is fine', cronJob((c) => (c.metadata.name = 'n'.repeat(52))), []],
    ['name is a DNS-1123 subdomain', cronJob((c) => (c.metadata.name = 'Nightly')), [`metadata.name: Invalid value: "Nightly": ${RFC1123Subdomain}`]],
  ];
  it.each(cases)('%s', (_name, c, want) => {
    const got = strings(validateCronJob(c));
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => (typeof w === 'string' ? expect(got[i]).toBe(w) : expect(got[i]).toMatch(w)));
  });
});

describe('validateCronJobUpdate (ValidateCronJobUpdate)', () => {
  const cases: [string, CronJob, CronJob, string[]][] = [
    ['TZ stays allowed when the old schedule had it', cronJob((c) => (c.spec.schedule = 'TZ=UTC 0 3 * * *')), cronJob((c) => (c.spec.schedule = 'TZ=UTC 0 4 * * *')), []],
    [
      'TZ cannot be added on update',
      cronJob(),
      cronJob((c) => (c.spec.schedule = 'TZ=UTC 0 4 * * *')),
      ['spec.schedule: Invalid value: "TZ=UTC 0 4 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead'],
    ],
    [
      'grandfathered TZ cannot be combined with timeZone',
      cronJob((c) => (c.spec.schedule = 'TZ=UTC 0 3 * * *')),
      cronJob((c) => Object.assign(c.spec, { schedule: 'TZ=UTC 0 3 * * *', timeZone: 'UTC' })),
      ['spec.schedule: Invalid value: "TZ=UTC 0 3 * * *": cannot use both timeZone field and TZ or CRON_TZ in schedule'],
    ],
    ['timeZone is checked only when it changes', cronJob((c) => (c.spec.timeZone = 'local')), cronJob((c) => Object.assign(c.spec, { timeZone: 'local', suspend: true })), []],
    ['the 52-character limit is not checked on update', cronJob((c) => (c.metadata.name = 'n'.repeat(60))), cronJob((c) => Object.assign(c, { metadata: { ...c.metadata, name: 'n'.repeat(60) } })), []],
    [
      'metadata.uid is immutable (ValidateObjectMetaUpdate)',
      cronJob((c) => (c.metadata.uid = uid)),
      cronJob((c) => (c.metadata.uid = '11111111-2222-3333-4444-555555555555')),
      ['metadata.uid: Invalid value: "11111111-2222-3333-4444-555555555555": field is immutable'],
    ],
  ];
  it.each(cases)('%s', (_name, o, n, want) => expect(strings(validateCronJobUpdate(o, n))).toEqual(want));
});

describe('validatePriorityClass (ValidatePriorityClass)', () => {
  const pc = (mut: (p: Any) => void = () => {}): PriorityClass => {
    const p = defaultPriorityClass({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000 } as unknown as PriorityClass);
    mut(p as unknown as Any);
    return p;
  };
  const cases: [string, PriorityClass, string[]][] = [
    ['valid', pc(), []],
    ['value at most HighestUserDefinablePriority', pc((p) => (p.value = 1_000_000_001)), ['value: Forbidden: maximum allowed value of a user defined priority is 1000000000']],
    [
      "the 'system-' prefix is reserved",
      pc((p) => (p.metadata.name = 'system-mine')),
      ["metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-mine is not a known system priority class"],
    ],
    ['a known system class with its value', pc((p) => Object.assign(p, { metadata: { name: 'system-cluster-critical' }, value: 2000000000 })), []],
    // the built-in classes exist in every cluster: applying one is an update (ValidatePriorityClassUpdate)
    ['a known system class with another value (value may not change in an update)', pc((p) => Object.assign(p, { metadata: { name: 'system-node-critical' }, value: 5 })), ['value: Forbidden: may not be changed in an update.']],
    ['a known system class with another preemption policy (immutable)', pc((p) => Object.assign(p, { metadata: { name: 'system-node-critical' }, value: 2000001000, preemptionPolicy: 'Never' })), ['preemptionPolicy: Invalid value: "Never": field is immutable']],
    ['a known system class made the global default (allowed in an update)', pc((p) => Object.assign(p, { metadata: { name: 'system-cluster-critical' }, value: 2000000000, globalDefault: true })), []],
    ['preemptionPolicy', pc((p) => (p.preemptionPolicy = 'Sometimes')), ['preemptionPolicy: Unsupported value: "Sometimes": supported values: "PreemptLowerPriority", "Never"']],
    ['name is a DNS-1123 subdomain', pc((p) => (p.metadata.name = 'High')), [`metadata.name: Invalid value: "High": ${RFC1123Subdomain}`]],
  ];
  it.each(cases)('%s', (_name, p, want) => expect(strings(validatePriorityClass(p))).toEqual(want));
});

describe('generateName (the store generates the name before upstream validation runs)', () => {
  it('a Job with only generateName is valid', () => expect(strings(validateJob(job((j) => (j.metadata = { generateName: 'pi-', namespace: 'default' }))))).toEqual([]));
  // ValidateObjectMetaAccessor checks generateName, then the name generated from it: both errors
  it('generateName follows the name rules, and so does the name generated from it', () =>
    expect(strings(validateJob(job((j) => (j.metadata = { generateName: 'Pi-', namespace: 'default' }))))).toEqual([`metadata.generateName: Invalid value: "Pi-": ${RFC1123Subdomain}`, `metadata.name: Invalid value: "Pi-xxxxx": ${RFC1123Subdomain}`]));
  it('a generated name is checked whole: "ab.-" passes as a prefix (its trailing dash masked) but not as a name', () =>
    expect(strings(validateJob(job((j) => (j.metadata = { generateName: 'ab.-', namespace: 'default' }))))).toEqual([`metadata.name: Invalid value: "ab.-xxxxx": ${RFC1123Subdomain}`]));
  it('a generated name keeps 58 characters of a longer prefix (names.SimpleNameGenerator)', () =>
    expect(strings(validateJob(job((j) => (j.metadata = { generateName: 'g'.repeat(70), namespace: 'default' }))))).toEqual([]));
  it('a CronJob generateName counts toward the 52 characters', () =>
    expect(strings(validateCronJob(cronJob((c) => (c.metadata = { generateName: 'n'.repeat(50), namespace: 'default' }))))).toEqual([
      `metadata.name: Invalid value: "${'n'.repeat(50)}xxxxx": must be no more than 52 characters`,
    ]));
});

describe('object metadata: ValidateOwnerReferences and ValidateFinalizers (apimachinery objectmeta.go)', () => {
  const ref = (o: Any) => ({ apiVersion: 'batch/v1', kind: 'CronJob', name: 'cj', uid: 'u1', ...o });
  const cases: [string, unknown, string[]][] = [
    ['a complete reference is fine', [ref({ controller: true })], []],
    [
      'a zero reference: every part must be set (the path has no index)',
      [{}],
      [
        'metadata.ownerReferences.apiVersion: Invalid value: "": version must not be empty',
        'metadata.ownerReferences.kind: Invalid value: "": must not be empty',
        'metadata.ownerReferences.name: Invalid value: "": must not be empty',
        'metadata.ownerReferences.uid: Invalid value: "": must not be empty',
      ],
    ],
    ['an apiVersion with two slashes has no version', [ref({ apiVersion: 'a/b/c' })], ['metadata.ownerReferences.apiVersion: Invalid value: "a/b/c": version must not be empty']],
    [
      'an Event cannot own (BannedOwners)',
      [ref({ apiVersion: 'v1', kind: 'Event', name: 'e' })],
      ['metadata.ownerReferences: Invalid value: v1.OwnerReference{APIVersion:"v1", Kind:"Event", Name:"e", UID:"u1", Controller:(*bool)(nil), BlockOwnerDeletion:(*bool)(nil)}: /v1, Kind=Event is disallowed from being an owner'],
    ],
    [
      'at most one controller',
      [ref({ controller: true }), ref({ name: 'other', uid: 'u2', controller: true })],
      [
        'metadata.ownerReferences: Invalid value: []v1.OwnerReference{v1.OwnerReference{APIVersion:"batch/v1", Kind:"CronJob", Name:"cj", UID:"u1", Controller:(*bool)(0xc000012345), BlockOwnerDeletion:(*bool)(nil)}, v1.OwnerReference{APIVersion:"batch/v1", Kind:"CronJob", Name:"other", UID:"u2", Controller:(*bool)(0xc000012345), BlockOwnerDeletion:(*bool)(nil)}}: Only one reference can have Controller set to true. Found "true" in references for CronJob/cj and CronJob/other',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, refs, want) => expect(validateOwnerReferences(refs, 'metadata.ownerReferences').map(errorString)).toEqual(want));

  it.each([
    ['qualified names are fine', ['example.com/hold', 'orphan'], []],
    ['a name that is not a qualified name', ['Bad Name!'], ["metadata.finalizers: Invalid value: \"Bad Name!\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"]],
    ['orphan and foregroundDeletion together', ['orphan', 'foregroundDeletion'], ['metadata.finalizers: Invalid value: []string{"orphan", "foregroundDeletion"}: finalizer orphan and foregroundDeletion cannot be both set']],
  ] as [string, string[], string[]][])('finalizers: %s', (_name, f, want) => expect(validateFinalizers(f, 'metadata.finalizers').map(errorString)).toEqual(want));
});

describe('jobSpecWarnings (WarningsForJobSpec, then GetWarningsForPodTemplate)', () => {
  const tpl = (spec: Any) => ({ spec: { containers: [{ name: 'c', image: 'x' }], ...spec } });
  it.each<[string, Any, string[]]>([
    ['nothing to say', { template: tpl({}) }, []],
    ['negative terminationGracePeriodSeconds', { template: tpl({ terminationGracePeriodSeconds: -5 }) }, ['spec.template.spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1']],
    [
      'deprecated node labels: nodeSelector (keys sorted), required and preferred node affinity, spread topology keys',
      {
        template: tpl({
          nodeSelector: { 'failure-domain.beta.kubernetes.io/zone': 'a', 'beta.kubernetes.io/arch': 'amd64', 'kubernetes.io/os': 'linux' },
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'beta.kubernetes.io/os', operator: 'In', values: ['linux'] }] }] },
              preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [{ key: 'zone', operator: 'Exists' }, { key: 'beta.kubernetes.io/instance-type', operator: 'Exists' }] } }],
            },
          },
          topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'failure-domain.beta.kubernetes.io/region', whenUnsatisfiable: 'DoNotSchedule' }],
        }),
      },
      [
        'spec.template.spec.nodeSelector[beta.kubernetes.io/arch]: deprecated since v1.14; use "kubernetes.io/arch" instead',
        'spec.template.spec.nodeSelector[failure-domain.beta.kubernetes.io/zone]: deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
        'spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].key: beta.kubernetes.io/os is deprecated since v1.14; use "kubernetes.io/os" instead',
        'spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[1].key: beta.kubernetes.io/instance-type is deprecated since v1.17; use "node.kubernetes.io/instance-type" instead',
        'spec.template.spec.topologySpreadConstraints[0].topologyKey: failure-domain.beta.kubernetes.io/region is deprecated since v1.17; use "topology.kubernetes.io/region" instead',
      ],
    ],
    ['Indexed past both soft limits', { completionMode: 'Indexed', completions: 100_001, parallelism: 10_001, template: tpl({}) }, ['spec: In Indexed Jobs with a number of completions higher than 10^5 and a parallelism higher than 10^4, Kubernetes might not be able to track completedIndexes when a big number of indexes fail']],
    ['Indexed at the soft limits: no warning', { completionMode: 'Indexed', completions: 100_000, parallelism: 10_000, template: tpl({}) }, []],
    ['NonIndexed past them: no warning', { completions: 200_000, parallelism: 20_000, template: tpl({}) }, []],
  ])('%s', (_n, spec, want) => expect(jobSpecWarnings(spec, 'spec').map(errorString)).toEqual(want));
});

describe('nameWarnings (WarningsOnCreate of the Job and CronJob strategies: IsDNS1123Label of the name)', () => {
  const warn = (msgs: string) => `metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [${msgs}]`;
  it.each<[string, unknown, string[]]>([
    ['a DNS label: nothing to say', 'nightly-backup', []],
    ['dots (a valid subdomain): must not contain dots', 'my.job', [warn('must not contain dots')]],
    ['longer than 63, no dots: the length message', 'a'.repeat(64), [warn('must be no more than 63 characters')]],
    ['longer than 63 with dots: both messages, space-separated as Go prints a []string', `${'a'.repeat(40)}.${'b'.repeat(40)}`, [warn('must be no more than 63 characters must not contain dots')]],
    ['no name (generateName not yet applied): nothing', undefined, []],
  ])('%s', (_n, name, want) => expect(nameWarnings(name).map(errorString)).toEqual(want));
});

describe('metadataBeforeUpdate (apiserver rest BeforeUpdate on the updated object)', () => {
  const old = { name: 'a', uid, generation: 3, creationTimestamp: '2026-01-01T00:00:00Z' };
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a generation in the request is reset to the stored one', { ...old, generation: 10 }, old],
    ['a removed generation comes back', { name: 'a', uid, creationTimestamp: old.creationTimestamp }, old],
    ['a creationTimestamp in the request is ignored ("ignore changes to timestamp")', { ...old, creationTimestamp: '2020-01-01T00:00:00Z' }, old],
    ['an empty uid is the stored one ("Use the existing UID if none is provided")', { ...old, uid: '' }, old],
    ['another uid is kept, for ValidateObjectMetaUpdate to refuse', { ...old, uid: 'other' }, { ...old, uid: 'other' }],
  ])('%s', (_n, next, want) => expect(metadataBeforeUpdate(next, old)).toEqual(want));
  const deleting = { ...old, deletionTimestamp: '2026-01-01T00:01:00Z', deletionGracePeriodSeconds: 30 };
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['"an update can never remove/change grace period seconds": a removed one is the stored one', { ...old, deletionTimestamp: deleting.deletionTimestamp }, deleting],
    ['a null one (a merge patch) too', { ...old, deletionTimestamp: deleting.deletionTimestamp, deletionGracePeriodSeconds: null }, deleting],
    ['another one is kept, for ValidateObjectMetaUpdate to refuse', { ...deleting, deletionGracePeriodSeconds: 5 }, { ...deleting, deletionGracePeriodSeconds: 5 }],
    ['the stored deletionTimestamp written in another offset is the stored value (metav1.Time is stored in UTC)', { ...deleting, deletionTimestamp: '2026-01-01T01:01:00+01:00' }, deleting],
  ])('%s', (_n, next, want) => expect(metadataBeforeUpdate(next, deleting)).toEqual(want));
});

describe('validateObjectMetaUpdate (ValidateObjectMetaAccessorUpdate: the deletion fields are immutable)', () => {
  const live = { name: 'a', uid };
  const deleting = { ...live, deletionTimestamp: '2026-01-01T00:01:00Z', deletionGracePeriodSeconds: 0 };
  it.each<[string, Record<string, unknown>, Record<string, unknown>, string[]]>([
    ['a live object stays live: nothing to say', live, live, []],
    ['a deletionTimestamp written on a live object: shown as Go prints a time.Time', { ...live, deletionTimestamp: '2026-01-01T00:00:00Z' }, live, ['metadata.deletionTimestamp: Invalid value: 2026-01-01 00:00:00 +0000 UTC: field is immutable']],
    ['fractions of a second are printed, trailing zeros dropped', { ...live, deletionTimestamp: '2026-01-01T00:00:00.250Z' }, live, ['metadata.deletionTimestamp: Invalid value: 2026-01-01 00:00:00.25 +0000 UTC: field is immutable']],
    ['the same instant in another offset is no change', { ...deleting, deletionTimestamp: '2026-01-01T01:01:00+01:00' }, deleting, []],
    ['a deletionTimestamp taken away: "null"', { ...live, deletionGracePeriodSeconds: 0 }, deleting, ['metadata.deletionTimestamp: Invalid value: "null": field is immutable']],
    ['a grace period written on a live object', { ...live, deletionGracePeriodSeconds: 5 }, live, ['metadata.deletionGracePeriodSeconds: Invalid value: 5: field is immutable']],
    ['uid before the deletion fields, in upstream order', { ...live, uid: 'other', deletionTimestamp: '2026-01-01T00:00:00Z', deletionGracePeriodSeconds: 5 }, live, [
      'metadata.uid: Invalid value: "other": field is immutable',
      'metadata.deletionTimestamp: Invalid value: 2026-01-01 00:00:00 +0000 UTC: field is immutable',
      'metadata.deletionGracePeriodSeconds: Invalid value: 5: field is immutable',
    ]],
  ])('%s', (_n, next, prev, want) => expect(validateObjectMetaUpdate(next, prev).map(errorString)).toEqual(want));
});

describe('couldBeStoreUid (the version-4 uuids the store draws)', () => {
  it.each<[string, boolean]>([
    [uid, true],
    ['11111111-2222-3333-4444-555555555555', false],
    ['11111111-2222-4333-c444-555555555555', false],
    ['11111111-2222-4333-8444-555555555555', true],
    ['not-a-uid', false],
  ])('%s: %s', (u, want) => expect(couldBeStoreUid(u)).toBe(want));
});
