// A failure seen while a replacement waits makes the wait longer: index 0's retry (created at 20s) fails at 30s
// while index 1, failed at 25s, waits for its replacement due at 45s (2 failures, 20s from 25s). At 31s the record
// holds 3 failures, the last at 30s: 40s. The sync still fires at 45s (its entry is earlier than the new 70s) but
// finds 25s left and creates nothing: both indexes come back together at 70s, and succeed.
export default {
  id: 'backoff/failure-while-waiting-extends-delay',
  source: 'job_controller.go manageJob (remainingTime recomputed from jobCtx.newBackoffRecord on every sync; enqueueSyncJobWithDelay); backoff_utils.go newBackoffRecord, getRemainingTimeForFailuresCount; client-go delaying_queue (AddAfter keeps the earlier entry)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ex}
spec:
  behaviors:
    - selector: {matchLabels: {app: ex}}
      duration: 10s
      exitCodes: [1, 1, 0]
      perIndex:
        "1": {duration: 25s, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ex}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {labels: {app: ex}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const by = (ix) => h.podsOf('ex').filter((p) => p.metadata.name.startsWith(`ex-${ix}-`)).map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]);
    h.eq(by(0), [[0, 'Failed'], [20, 'Failed'], [70, 'Succeeded']], 'index 0 pods [created, phase]');
    h.eq(by(1), [[0, 'Failed'], [70, 'Succeeded']], 'index 1 pods [created, phase]');
    h.eq(h.events({ kind: 'Job', name: 'ex', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [0, 0, 20, 70, 70], 'SuccessfulCreate times');
    const job = h.job('ex');
    h.eq([job.status.failed, job.status.succeeded, h.sec(job.status.completionTime)], [3, 2, 96], '[failed, succeeded, completionTime]');
  },
};
