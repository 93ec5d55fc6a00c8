// restartPolicyRules is a typed field: unknown keys in a rule or in exitCodes are strict-decoding errors, and
// values are int32 (a string value is a type error) -- as kubectl apply with strict field validation.
const kn = 'Job default/sd';
export default {
  id: 'crr/strict-decoding',
  source: 'staging/src/k8s.io/api/core/v1/types.go ContainerRestartRule {action, exitCodes}, ContainerRestartRuleOnExitCodes {operator, values []int32}; strict field validation (unknown field)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: sd}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, onExit: {exitCodes: {operator: In, values: [42]}}}
        - {action: Restart, exitCodes: {operator: In, values: [42], containerName: main}}
`,
  check(r, h) {
    const mine = r.stderr.split('\n').filter((l) => l.includes(` ${kn}: `) || l.includes('onExit') || l.includes('containerName'));
    h.assert(mine.some((l) => l.includes('onExit')), `no error names onExit: ${JSON.stringify(mine)}`);
    h.assert(mine.some((l) => l.includes('containerName')), `no error names containerName: ${JSON.stringify(mine)}`);
    h.assert(/unknown field/.test(r.stderr), `strict decoding says "unknown field": ${r.stderr.slice(0, 400)}`);
  },
};
