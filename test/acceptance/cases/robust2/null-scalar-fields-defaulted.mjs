// `null`, `~` and an empty value are JSON null: the API server's decoder leaves a pointer field nil, and the
// defaults apply as if the field were absent. Job nd: parallelism and completions both nil -> both 1,
// backoffLimit 6, suspend false. Job w: completions null with parallelism 3 is a work-queue Job
// (completions stays unset), which completes when its pods succeed.
export default {
  id: 'robust2/null-scalar-fields-defaulted',
  source: 'encoding/json (null leaves a pointer nil); pkg/apis/batch/v1/defaults.go SetDefaults_Job (both nil -> 1 and 1; backoffLimit 6; suspend false)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: nd}
spec:
  parallelism: null
  completions: ~
  backoffLimit:
  suspend: null
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: w}
spec:
  parallelism: 3
  completions: null
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const n = h.job('nd');
    h.eq([n.spec.parallelism, n.spec.completions, n.spec.backoffLimit, n.spec.suspend], [1, 1, 6, false], 'n defaults');
    h.hasCond(n, 'Complete');
    const w = h.job('w');
    h.eq([w.spec.parallelism, w.spec.completions], [3, undefined], 'w parallelism, completions');
    h.eq(h.podsOf('w').length, 3, 'w pods');
    h.hasCond(w, 'Complete');
    h.eq(w.status.succeeded, 3, 'w succeeded');
  },
};
