// Ignore on DisruptionTarget with backoffLimit 0: the evicted pod is not counted and the Job
// goes on; the replacement waits the 10s back-off from the evicted pod's finish (+60s).
export default {
  id: 'policy/evict-ignore-backoff-zero',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "ignore pod failure based on OnPodConditions" and "... ignored failures delays pod recreation"; TestMatchPodFailurePolicy "ignore rule matched for pod conditions"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: e }
spec:
  faults:
  - { at: 1m, evictPod: default/x-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => [p.metadata.name === 'x-bn7wn', h.sec(p.metadata.creationTimestamp), p.status.phase]), [[true, 0, 'Failed'], [false, 70, 'Succeeded']], 'pods');
    const job = h.job('x');
    h.eq([job.status.failed ?? 0, job.status.succeeded], [0, 1], '[failed, succeeded]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 371, 'Complete at +371s');
  },
};
