// The pod fails at 10.6s (finishedAt written 10s): the sync at 11.6s requeues for 8.4s (20.0s). A spec patch at
// 19.5s syncs at once and requeues for max(0.5s, 1s) = 20.5s, but the work queue keeps the earlier 20.0s entry, so
// the replacement is created at 20.0s, runs 10.6s and finishes at 30.6s ("...:30Z"); Complete at 31.6s (31s).
export default {
  id: 'backoff/queue-keeps-earliest-requeue',
  source: 'job_controller.go enqueueSyncJobWithDelay (delay not below syncJobBatchPeriod), updateJob (generation change: immediate); client-go util/workqueue delaying_queue.go (an earlier ready time wins); backoff_utils.go getRemainingTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: q2 }
spec:
  timeline:
  - { at: 19500ms, patch: { kind: Job, name: q2, spec: { backoffLimit: 5 } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: q2 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "10600ms", jobsim/exit-codes: "1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('q2');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20], 'creation times');
    const t = pods[1].status.containerStatuses[0].state.terminated;
    h.eq([h.sec(t.startedAt), h.sec(t.finishedAt), t.exitCode], [20, 30, 0], 'second pod run');
    h.eq(h.sec(h.hasCond(h.job('q2'), 'Complete').lastTransitionTime), 31, 'Complete at 31s');
  },
};
