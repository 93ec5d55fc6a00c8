// activeDeadlineSeconds added at 30s with value 30 on a Job started at 0s: the immediate sync of the spec change
// finds now - startTime >= 30 (equality fails the Job): FailureTarget at 30s, the running pod deleted and counted
// as failed, Failed at 31s once it is gone (the pod update is batched by 1s).
export default {
  id: 'mutations/ads-added-equal-elapsed',
  source: 'job_controller.go pastActiveDeadline (duration >= allowedDuration), updateJob (spec change: immediate enqueue); reference §2.8, §9',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: x, spec: {activeDeadlineSeconds: 30}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'DeadlineExceeded');
    const f = h.hasCond(j, 'Failed', 'DeadlineExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime), f.message], [30, 31, 'Job was active longer than specified deadline'], 'conditions');
    h.eq([j.status.failed, j.status.active ?? 0, j.status.terminating], [1, 0, 0], '[failed, active, terminating]');
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.deletionTimestamp)), [60], 'pod deleted at 30s (+30s grace)');
    h.eq(h.events({ kind: 'Job', name: 'x', reason: 'DeadlineExceeded' }).map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', 31]], 'event');
  },
};
