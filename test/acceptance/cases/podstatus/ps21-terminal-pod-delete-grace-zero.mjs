// The TTL controller deletes a finished Job (foreground) 30s after it finished; its Succeeded pod is deleted with
// grace 0 whatever the pod's terminationGracePeriodSeconds (a terminal pod is deleted at once): deletionTimestamp
// is the request time (51s), deletionGracePeriodSeconds 0, generation bumped to 2.
export default {
  id: 'podstatus/terminal-pod-delete-grace-zero',
  source: 'pkg/registry/core/pod/strategy.go podStrategy.CheckGracefulDelete ("if the pod is already terminated, delete immediately": period = 0); staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go BeforeDelete (DeletionTimestamp = now + grace; generation + 1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 2m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: t }
spec:
  ttlSecondsAfterFinished: 30
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      terminationGracePeriodSeconds: 45
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('t')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation], [51, 0, 2], '[deletionTimestamp, deletionGracePeriodSeconds, generation]');
  },
};
