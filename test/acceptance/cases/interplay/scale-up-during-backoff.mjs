// Raising parallelism while the pod-failure back-off runs creates nothing until it elapses: the pod fails at 10s,
// parallelism goes 1 -> 3 at 12s (an immediate sync), and all three pods come at 20s (slow start 1 then 2).
// They succeed at 30s; the remaining 2 completions are created at 31s; Complete at 42s.
export default {
  id: 'interplay/scale-up-during-backoff',
  source: 'job_controller.go updateJob (generation change: immediate sync), manageJob (diff > 0 but remainingTime > 0: enqueueSyncJobWithDelay, no creation), slow-start batches; reference §2.6 step 4, §3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip3}
spec:
  timeline:
    - { at: 12s, patch: { kind: Job, name: j, spec: { parallelism: 3 } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 5
  parallelism: 1
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [0, 20, 20, 20, 31, 31], 'creation times');
    const job = h.job('j');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [5, 1, 42], '[succeeded, failed, completionTime]');
  },
};
