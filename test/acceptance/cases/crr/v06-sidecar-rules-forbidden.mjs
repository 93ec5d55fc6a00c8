// A sidecar (init container with restartPolicy Always) may not carry restartPolicyRules unless
// RestartAllContainersOnContainerExits is on (1.35: off): Forbidden on the rules field, once, whatever the rules say.
const kn = 'Job default/sc';
export default {
  id: 'crr/sidecar-rules-forbidden',
  source: 'pkg/apis/core/validation/validation.go validateInitContainerRestartPolicy (case Always: !opts.AllowRestartAllContainers && len(rules) > 0 -> field.Forbidden(restartPolicyRules, "restartPolicyRules are not allowed for init containers with restart policy Always")); pkg/api/pod/util.go ("This also allows restart rules on sidecar containers")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: sc}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: proxy
        image: envoy:1.30
        restartPolicy: Always
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [1]}}
        - {action: RestartAllContainers, exitCodes: {operator: In, values: [88]}}
      containers:
      - {name: main, image: busybox:1.36}
`,
  check(r, h) {
    const mine = r.stderr.split('\n').filter((l) => l.includes(` ${kn}: `));
    const m = 'spec.template.spec.initContainers[0].restartPolicyRules: Forbidden: restartPolicyRules are not allowed for init containers with restart policy Always';
    h.assert(mine.some((l) => l.endsWith(`${kn}: ${m}`)), `missing ${m}; got ${JSON.stringify(mine)}`);
    h.eq(mine.length, 1, `problems (${JSON.stringify(mine)})`);
  },
};
