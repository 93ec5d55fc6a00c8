// SetDefaults_Job copies the template labels into an unlabelled Job's metadata.labels at create (the
// generated labels land there too). A later template-label patch of the suspended, never-started Job
// (app: a -> b) changes only the template: the Job's own labels keep app=a (metadata.labels is not
// empty at the update, so nothing is copied again), the pods get app=b. Two spec patches: generation 3.
export default {
  id: 'strategy/template-labels-patch-job-labels-unchanged',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job ("if labels != nil && len(obj.Labels) == 0 { obj.Labels = labels }"); pkg/registry/batch/job/strategy.go PrepareForCreate (generateSelector), validationOptionsForJob (AllowMutableSchedulingDirectives: labels), PrepareForUpdate (generation)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: s, spec: {template: {metadata: {labels: {app: b}}}}}}
  - {at: 20s, patch: {kind: Job, name: s, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  template:
    metadata: {labels: {app: a}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('s');
    const sorted = (m) => Object.fromEntries(Object.entries(m ?? {}).sort(([a], [b]) => a.localeCompare(b)));
    h.eq(sorted(j.metadata.labels), sorted({ app: 'a', 'batch.kubernetes.io/controller-uid': j.metadata.uid, 'batch.kubernetes.io/job-name': 's', 'controller-uid': j.metadata.uid, 'job-name': 's' }), 'Job labels');
    h.eq(j.spec.template.metadata.labels.app, 'b', 'template label');
    h.eq(j.metadata.generation, 3, 'generation');
    const pods = h.podsOf('s');
    h.eq(pods.length, 1, 'one pod');
    h.eq(pods[0].metadata.labels.app, 'b', 'pod label');
    h.eq(pods[0].metadata.creationTimestamp, '2026-01-01T00:00:20Z', 'pod created at resume');
  },
};
