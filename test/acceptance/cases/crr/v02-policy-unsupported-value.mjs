// A container-level restartPolicy takes Always, Never or OnFailure (sets.List order) on a regular container
// and on an init container (with the gate on, an init container's non-Always value goes through
// validateContainerRestartPolicy, so it lists all three, not only "Always").
const kn = 'Job default/pv';
export default {
  id: 'crr/policy-unsupported-value',
  source: 'pkg/apis/core/validation/validation.go supportedContainerRestartPolicies = sets.New(Always, Never, OnFailure); validateContainerRestartPolicy field.NotSupported(restartPolicy, *policy, sets.List(...)); validateInitContainerRestartPolicy (AllowContainerRestartPolicyRules: default -> validateContainerRestartPolicy)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: pv}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - {name: setup, image: busybox:1.36, restartPolicy: Sometimes}
      containers:
      - {name: main, image: busybox:1.36, restartPolicy: always}
`,
  check(r, h) {
    const mine = r.stderr.split('\n').filter((l) => l.includes(` ${kn}: `));
    const want = [
      'spec.template.spec.containers[0].restartPolicy: Unsupported value: "always": supported values: "Always", "Never", "OnFailure"',
      'spec.template.spec.initContainers[0].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"',
    ];
    for (const m of want) h.assert(mine.some((l) => l.endsWith(`${kn}: ${m}`)), `missing ${m}; got ${JSON.stringify(mine)}`);
    h.eq(mine.length, 2, `problems (${JSON.stringify(mine)})`);
  },
};
