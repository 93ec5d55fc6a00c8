// Patching only metadata (labels, annotations; a null removes a key) changes no spec: generation
// stays, the labels are merged into the stored ones (the generated job-name / controller-uid labels
// stay), and the running pod is untouched.
export default {
  id: 'timeline/metadata-patch-no-generation',
  source: 'pkg/registry/batch/job/strategy.go PrepareForUpdate (generation only on spec change); RFC 7386 JSON merge patch (null deletes a key); validation.go ValidateObjectMetaUpdate',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: meta}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, metadata: {labels: {team: a, drop: null}, annotations: {note: hello}}}}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: j
  labels: {drop: me, keep: it}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 20s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.metadata.generation, 1, 'generation');
    h.eq(j.metadata.labels, { keep: 'it', team: 'a' }, 'labels merged, drop removed');
    h.eq(j.metadata.annotations?.note, 'hello', 'annotation added');
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'one pod');
    h.eq(h.sec(j.status.completionTime), 21, 'completes as before');
    h.eq(pods[0].metadata.labels.team, undefined, 'pod labels come from the template, not the Job');
  },
};
