// An Indexed Job with parallelism 0 creates no pod (wantActive 0) but gets a startTime; raising parallelism to 2 at 10s
// (a spec change: immediate sync) creates indexes 0 and 1 at 10s; index 2 follows at 21s; Complete at 32s.
export default {
  id: 'indexed3/parallelism-zero-then-raised',
  source: 'pkg/controller/job/job_controller.go manageJob (wantActive = min(completions - succeeded, parallelism)), syncJob (startTime when not suspended); indexed_job_utils.go firstPendingIndexes; reference §2.6, §15 item 12',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pz}
spec:
  timeline:
    - {at: 10s, patch: {kind: Job, name: pz, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pz}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const created = h.events({ kind: 'Job', name: 'pz', reason: 'SuccessfulCreate' }).map((e) => [e.message.replace(/^Created pod: (pz-\d)-[a-z0-9]{5}$/, '$1'), h.sec(e.firstTimestamp)]);
    h.eq(created, [['pz-0', 10], ['pz-1', 10], ['pz-2', 21]], 'pod creations');
    const job = h.job('pz');
    h.eq([h.sec(job.status.startTime), job.status.completedIndexes, h.sec(job.status.completionTime)], [0, '0-2', 32], '[startTime, completedIndexes, completionTime]');
  },
};
