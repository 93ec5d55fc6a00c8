// With a podFailurePolicy (podReplacementPolicy Failed) a pod that is only terminating is not
// failed: the taint-evicted pod stuck on the unreachable node (DisruptionTarget, Running) is
// neither counted by the Count rule (backoffLimit 0 not exceeded) nor replaced.
export default {
  id: 'policy/terminating-not-failed',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "terminating Pod not considered failed when JobPodFailurePolicy is enabled and used"; job_controller.go isPodFailed',
  args: ['--duration', '20m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: t }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Count, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.length, 1, 'no replacement');
    h.eq(pods[0].status.phase, 'Running', 'phase');
    h.assert(pods[0].metadata.deletionTimestamp, 'pod is terminating');
    h.hasCond(pods[0], 'DisruptionTarget', 'DeletionByTaintManager');
    const job = h.job('x');
    h.eq(job.status.conditions ?? [], [], 'no conditions');
    h.eq([job.status.failed ?? 0, job.status.terminating, job.status.active ?? 0], [0, 1, 0], '[failed, terminating, active]');
  },
};
