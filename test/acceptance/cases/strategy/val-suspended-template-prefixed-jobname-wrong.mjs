// A suspended, never-started Job may change its template labels, but validateGeneratedSelector still
// runs on the update (RequirePrefixedLabels: the stored template has both prefixed labels): a patched
// batch.kubernetes.io/job-name "other" is Invalid, shown with the whole label map (%#v, sorted keys),
// detail "must be 's'". Nothing else is wrong (the selector selects only the controller-uid).
export default {
  id: 'strategy/val-suspended-template-prefixed-jobname-wrong',
  source: 'pkg/registry/batch/job/strategy.go validationOptionsForJob (AllowMutableSchedulingDirectives; RequirePrefixedLabels = old template had batch.kubernetes.io/job-name and controller-uid); validation.go validateGeneratedSelector; core/validation ValidateHasLabel (field.Invalid(..., meta.Labels, "must be \'"+expectedValue+"\'"))',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: s, spec: {template: {metadata: {labels: {batch.kubernetes.io/job-name: other}}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    const re = /^6: Job default\/s: spec\.template\.metadata\.labels\[batch\.kubernetes\.io\/job-name\]: Invalid value: map\[string\]string\{"batch\.kubernetes\.io\/controller-uid":"([0-9a-f-]{36})", "batch\.kubernetes\.io\/job-name":"other", "controller-uid":"([0-9a-f-]{36})", "job-name":"s"\}: must be 's'$/;
    const m = re.exec(lines[0]);
    h.assert(m, `line: ${lines[0]}`);
    h.eq(m[1], m[2], 'both uid labels carry the Job uid');
  },
};
