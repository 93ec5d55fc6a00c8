// TestSyncJobComplete: syncing a Job that already has Complete=True changes nothing (one terminal
// condition stays, no pods). Here a later spec change (parallelism 3, activeDeadlineSeconds 1) enqueues
// the finished Job: no pod is created, no event, conditions and status unchanged.
export default {
  id: 'jobtable/complete-job-untouched',
  source: 'job_controller_test.go TestSyncJobComplete; job_controller.go syncJob (IsJobFinished: return); reference §2.2 item 3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: done}
spec:
  duration: 60s
  timeline:
  - {at: 30s, patch: {kind: Job, name: done, spec: {parallelism: 3, activeDeadlineSeconds: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: done}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('done');
    h.eq([job.spec.parallelism, job.spec.activeDeadlineSeconds], [3, 1], 'the patch applied');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'True', 'CompletionsReached', 11], ['Complete', 'True', 'CompletionsReached', 11]], 'conditions unchanged');
    h.eq([job.status.succeeded, job.status.active ?? 0, h.sec(job.status.completionTime)], [1, 0, 11], '[succeeded, active, completionTime]');
    h.eq(h.podsOf('done').length, 1, 'no pod after completion');
    h.eq(h.events({ kind: 'Job', name: 'done' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['Completed', 11]], 'events');
  },
};
