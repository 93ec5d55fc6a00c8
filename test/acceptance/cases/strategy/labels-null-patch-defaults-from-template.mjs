// metadata.labels: null in a merge patch removes the Job's labels; decoding the patched object runs
// SetDefaults_Job, which copies the (stored) template labels into the empty metadata.labels: the Job ends
// with exactly {app: b} plus the four generated labels carrying its own uid. Its old label team=x is gone.
// No spec change: generation stays 1.
export default {
  id: 'strategy/labels-null-patch-defaults-from-template',
  source: 'RFC 7386 (null deletes); apiserver patch.go (merge patch applied, then decoded with defaulting); pkg/apis/batch/v1/defaults.go SetDefaults_Job ("labels := obj.Spec.Template.Labels; if labels != nil && len(obj.Labels) == 0 { obj.Labels = labels }"); pkg/registry/batch/job/strategy.go PrepareForUpdate',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: b, metadata: {labels: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: b, labels: {team: x}}
spec:
  template:
    metadata: {labels: {app: b}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('b');
    const sorted = (m) => Object.fromEntries(Object.entries(m ?? {}).sort(([a], [b]) => a.localeCompare(b)));
    const uid = j.metadata.uid;
    h.eq(sorted(j.metadata.labels), { app: 'b', 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'b', 'controller-uid': uid, 'job-name': 'b' }, 'Job labels = template labels');
    h.eq(j.metadata.generation, 1, 'generation');
  },
};
