// The only action with RestartAllContainersOnContainerExits off (1.35 alpha, default off) is Restart:
// RestartAllContainers, a misspelt action and a missing one ("") are all NotSupported listing "Restart".
const kn = 'Job default/ac';
export default {
  id: 'crr/action-values',
  source: 'pkg/apis/core/validation/validation.go validateContainerRestartPolicy (allowedActions = supportedContainerRestartRuleActions unless opts.AllowRestartAllContainers; field.NotSupported(action, rule.Action, sets.List(supportedContainerRestartRuleActions))); pkg/api/pod/util.go AllowRestartAllContainers = gate RestartAllContainersOnContainerExits; pkg/features/kube_features.go (1.35 Alpha, false)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ac}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: RestartAllContainers, exitCodes: {operator: In, values: [88]}}
        - {action: restart, exitCodes: {operator: In, values: [42]}}
        - {exitCodes: {operator: In, values: [43]}}
        - {action: Restart, exitCodes: {operator: In, values: [44]}}
`,
  check(r, h) {
    const mine = r.stderr.split('\n').filter((l) => l.includes(` ${kn}: `));
    const p = 'spec.template.spec.containers[0].restartPolicyRules';
    const want = [
      `${p}[0].action: Unsupported value: "RestartAllContainers": supported values: "Restart"`,
      `${p}[1].action: Unsupported value: "restart": supported values: "Restart"`,
      `${p}[2].action: Unsupported value: "": supported values: "Restart"`,
    ];
    for (const m of want) h.assert(mine.some((l) => l.endsWith(`${kn}: ${m}`)), `missing ${m}; got ${JSON.stringify(mine)}`);
    h.eq(mine.length, 3, `problems (${JSON.stringify(mine)})`);
  },
};
