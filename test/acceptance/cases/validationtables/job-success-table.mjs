// TestValidateJob successCases, as a user would write them (the API server generates the selector
// unless manualSelector is true): all accepted, exit 0.
const T = (name, spec, opts = {}) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
${opts.meta ?? ''}spec:
${spec}  template:
${opts.tmeta ?? ''}    spec:
      restartPolicy: ${opts.restart ?? 'OnFailure'}
      containers: [{name: abc, image: image${opts.ports ? ', ports: [{containerPort: 12345, protocol: TCP}]' : ''}}]
      initContainers: [{name: def, image: image}]
${opts.ps ?? ''}`;
const docs = [
  T('success-policy', '  completionMode: Indexed\n  completions: 10\n  successPolicy:\n    rules: [{succeededCount: 1, succeededIndexes: "0,2,4"}, {succeededIndexes: "1,3,5-9"}]\n', { restart: 'Never' }),
  T('pod-failure-policy', `  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget, status: "True"}]}
    - {action: FailJob, onPodConditions: [{type: CustomConditionType, status: "False"}]}
    - {action: Count, onExitCodes: {containerName: abc, operator: In, values: [1, 2, 3]}}
    - {action: Ignore, onExitCodes: {containerName: def, operator: In, values: [4]}}
    - {action: FailJob, onExitCodes: {operator: NotIn, values: [5, 6, 7]}}
`, { restart: 'Never' }),
  T('fail-index', '  completionMode: Indexed\n  completions: 2\n  backoffLimitPerIndex: 1\n  manualSelector: true\n  selector:\n    matchLabels: {a: b}\n  podFailurePolicy:\n    rules: [{action: FailIndex, onExitCodes: {operator: In, values: [10]}}]\n', { restart: 'Never', tmeta: '    metadata:\n      labels: {a: b}\n' }),
  T('manual', '  manualSelector: true\n  selector:\n    matchLabels: {a: c}\n', { meta: '  annotations: {foo: bar}\n', tmeta: '    metadata:\n      labels: {a: c}\n' }),
  T('generated', ''),
  T('replace-tof', '  podReplacementPolicy: TerminatingOrFailed\n'),
  T('replace-failed', '  podReplacementPolicy: Failed\n'),
  T('hostnet', '', { ps: '      hostNetwork: true\n', ports: true }),
  T('nonindexed', '  completionMode: NonIndexed\n'),
  T('indexed', '  completionMode: Indexed\n  completions: 2\n  parallelism: 100000\n'),
  T('managed', '  managedBy: example.com/foo\n'),
];
export default {
  id: 'validationtables/job-success-table',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob successCases (valid success policy, valid pod failure policy, ... with FailIndex, valid manual selector, valid generated selector, valid pod replacement (+ with failed), valid hostnet, valid NonIndexed/Indexed completion mode, valid managedBy field)',
  args: ['--duration', '3m'],
  scenario: docs.join('---\n'),
  check(r, h) {
    for (const n of ['success-policy', 'pod-failure-policy', 'fail-index', 'manual', 'generated', 'replace-tof', 'replace-failed', 'hostnet', 'nonindexed', 'indexed', 'managed']) h.job(n);
    h.hasCond(h.job('success-policy'), 'Complete', 'SuccessPolicy');
    h.hasCond(h.job('indexed'), 'Complete');
    h.eq(h.podsOf('indexed').length, 2, 'parallelism 100000, completions 2: two pods');
    h.eq(h.job('managed').status.active ?? 0, 0, 'managedBy another controller: left alone');
    h.eq(h.job('manual').spec.selector, { matchLabels: { a: 'c' } }, 'manual selector kept as written');
  },
};
