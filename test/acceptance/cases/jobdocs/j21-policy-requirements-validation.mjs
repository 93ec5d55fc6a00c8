// Job concept page, requirements stated in "Pod failure policy", "Success policy", "Backoff limit per index" and
// "Pod replacement policy": a pod failure policy requires restartPolicy Never and allows only podReplacementPolicy
// Failed; successPolicy and backoffLimitPerIndex require the Indexed completion mode. kubectl apply is refused (exit 2)
// with the API server's messages.
export default {
  id: 'jobdocs/j21-policy-requirements-validation',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec (podReplacementPolicy NotSupported ["Failed"] with podFailurePolicy; successPolicy/backoffLimitPerIndex "requires indexed completion mode"), validatePodFailurePolicy (restartPolicy "only \\"Never\\" is supported when podFailurePolicy is specified")',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: prp-pfp
spec:
  podReplacementPolicy: TerminatingOrFailed
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { operator: In, values: [42] }
  template:
    spec:
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: pfp-onfailure
spec:
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    spec:
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: OnFailure
---
apiVersion: batch/v1
kind: Job
metadata:
  name: blpi-nonindexed
spec:
  completions: 2
  backoffLimitPerIndex: 1
  template:
    spec:
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const err = r.stderr;
    for (const s of [
      'Job default/prp-pfp: spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed"',
      'Job default/pfp-onfailure: spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified',
      'Job default/blpi-nonindexed: spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode',
    ]) h.assert(err.includes(s), `stderr lacks: ${s}\n${err}`);
  },
};
