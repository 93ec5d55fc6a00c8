// podReplacementPolicy: only Failed with a podFailurePolicy; otherwise one of Failed, TerminatingOrFailed.
export default {
  id: 'validation/prp-rules',
  source: 'pkg/apis/batch/validation/validation.go validatePodReplacementPolicy',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: a
spec:
  podReplacementPolicy: TerminatingOrFailed
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{type: DisruptionTarget}]
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: b
spec:
  podReplacementPolicy: Whenever
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    h.assert(lines.some((l) => /:6:\d+: /.test(l) && l.endsWith('Job default/a: spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed"')), r.stderr.slice(0, 400));
    h.assert(lines.some((l) => /:21:\d+: /.test(l) && l.endsWith('Job default/b: spec.podReplacementPolicy: Unsupported value: "Whenever": supported values: "Failed", "TerminatingOrFailed"')), r.stderr.slice(0, 400));
  },
};
