// A Job whose pods fail (exit 1) is deleted while it waits out the pod-failure backoff (failures at 10s and 30s; the
// third pod would start at 30 + 20 = 50s): deleted at 40s, nothing more is created. Its two Failed pods are terminal,
// so the garbage collector deletes them with grace 0 (deletionTimestamp 40s).
export default {
  id: 'deletion/delete-job-mid-backoff',
  source: 'job_controller.go syncJob (Job not found: delete expectations and backoff record, nothing created); pod strategy CheckGracefulDelete (terminal phase: 0); reference job §3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  timeline:
  - {at: 40s, delete: {kind: Job, name: f}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('f');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20], 'pods created at 0s and 20s (10s backoff after the 10s failure)');
    h.eq(pods.map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]), [['Failed', 40, 0], ['Failed', 40, 0]], 'Failed pods collected with grace 0');
    h.eq(h.job('f').status.failed, 2, 'failed count as last written');
    h.eq(h.events({ reason: 'SuccessfulCreate', name: 'f' }).length, 2, 'no pod after the deletion');
  },
};
