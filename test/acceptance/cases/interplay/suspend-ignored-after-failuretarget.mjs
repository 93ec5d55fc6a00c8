// Suspending a Job that already has FailureTarget (deadline at 30s) but whose killed pod is stuck Terminating on an
// unreachable node: the sync takes the finished-condition path (no manageJob), so no Suspended condition and no
// Suspended event are written; the Job keeps FailureTarget only (Failed waits for terminating 0) at 4m.
export default {
  id: 'interplay/suspend-ignored-after-failuretarget',
  source: 'job_controller.go syncJob (existing FailureTarget -> finishedCondition; the Suspended condition is only handled in the manageJob branch), enactJobFinished (terminating > 0); reference §2.4 step 2, §2.8, §8',
  args: ['--duration', '4m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip22}
spec:
  cluster:
    nodePools:
      - name: w
        count: 1
  faults:
    - { at: 10s, nodeDown: w-1 }
  timeline:
    - { at: 60s, patch: { kind: Job, name: j, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'True', 'DeadlineExceeded', 30]], 'conditions');
    h.eq([job.status.failed, job.status.terminating, job.status.active ?? 0], [1, 1, 0], '[failed, terminating, active]');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'Suspended' }).length, 0, 'no Suspended event');
    const [p] = h.podsOf('j');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Running', 60], 'pod stuck terminating (deleted at 30s + 30s grace)');
  },
};
