// A graceful pod deletion bumps metadata.generation (BeforeDelete, generation > 0) and records
// deletionGracePeriodSeconds; with generation 1 at creation (1.33+) the deleted pod ends at generation 2.
export default {
  id: 'defaults/pod-generation-graceful-delete',
  source: 'staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go BeforeDelete ("if objectMeta.GetGeneration() > 0 { objectMeta.SetGeneration(objectMeta.GetGeneration() + 1) }"); pkg/registry/core/pod/strategy.go PrepareForCreate',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 20s
  timeline:
  - {at: 5s, patch: {kind: Job, name: s, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  template:
    metadata:
      annotations: {jobsim/duration: "1h"}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const [p] = h.podsOf('s');
    h.eq(p.metadata.deletionGracePeriodSeconds, 30, 'deletionGracePeriodSeconds');
    h.eq(p.metadata.deletionTimestamp, '2026-01-01T00:00:35Z', 'deletionTimestamp = request + 30s');
    h.eq(p.metadata.generation, 2, 'generation bumped by the graceful deletion');
  },
};
