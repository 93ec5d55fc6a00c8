// Count then Ignore, both on DisruptionTarget: the first decides, the eviction counts
// (failed 1) and the pod is replaced 10s after its finish.
export default {
  id: 'policy/evict-count-before-ignore',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "count pod failure based on OnPodConditions; both rules are matching, the first is executed only"',
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
  podFailurePolicy:
    rules:
    - { action: Count, onPodConditions: [{ type: DisruptionTarget }] }
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq([job.status.failed, job.status.succeeded], [1, 1], '[failed, succeeded]');
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 70], 'creation times');
  },
};
