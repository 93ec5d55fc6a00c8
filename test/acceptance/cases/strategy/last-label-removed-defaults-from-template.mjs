// Removing the only label of a Job ({team: null}) leaves metadata.labels empty; SetDefaults_Job (run
// when the patched object is decoded) then copies the stored template labels: the four generated ones,
// with the Job's uid.
export default {
  id: 'strategy/last-label-removed-defaults-from-template',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job ("if labels != nil && len(obj.Labels) == 0 { obj.Labels = labels }"); apiserver patch.go jsonPatcher.applyPatchToCurrentObject (DecodeInto with the defaulting codec)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: a, metadata: {labels: {team: null}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a, labels: {team: x}}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('a');
    const sorted = (m) => Object.fromEntries(Object.entries(m ?? {}).sort(([a], [b]) => a.localeCompare(b)));
    const uid = j.metadata.uid;
    h.eq(sorted(j.metadata.labels), { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'a', 'controller-uid': uid, 'job-name': 'a' }, 'Job labels = template labels');
    h.eq(j.metadata.generation, 1, 'generation');
  },
};
