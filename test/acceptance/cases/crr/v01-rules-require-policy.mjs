// ContainerRestartRules (1.35 beta, on): restartPolicyRules without the container's own restartPolicy is
// refused with Required on restartPolicy, for a regular container and for an init container alike.
const kn = 'Job default/rq';
export default {
  id: 'crr/rules-require-policy',
  source: 'pkg/apis/core/validation/validation.go validateContainers -> validateContainerRestartPolicy (policy == nil && len(rules) > 0: field.Required(restartPolicy, "must specify restartPolicy when restart rules are used")); validateInitContainerRestartPolicy (same Required)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: rq}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: setup
        image: busybox:1.36
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [42]}}
      containers:
      - name: main
        image: busybox:1.36
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [42]}}
`,
  check(r, h) {
    const mine = r.stderr.split('\n').filter((l) => l.includes(` ${kn}: `));
    const want = [
      'spec.template.spec.containers[0].restartPolicy: Required value: must specify restartPolicy when restart rules are used',
      'spec.template.spec.initContainers[0].restartPolicy: Required value: must specify restartPolicy when restart rules are used',
    ];
    for (const m of want) h.assert(mine.some((l) => l.endsWith(`${kn}: ${m}`)), `missing ${m}; got ${JSON.stringify(mine)}`);
    h.eq(mine.length, 2, `problems (${JSON.stringify(mine)})`);
    h.assert(!r.stderr.includes('may not be set for non-init containers'), 'the pre-1.35 Forbidden must be gone');
    h.eq(r.stdout.trim(), '', 'nothing on stdout');
  },
};
