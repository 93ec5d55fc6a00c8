// The deadline hits a Job with podReplacementPolicy Failed whose only pod is unschedulable: the pod is deleted with
// its finalizer (grace 0, unscheduled), which the finishing sync removes at once, so it does not linger: terminating 1
// in the FailureTarget sync (30s), then Failed at 31s with terminating 0; the pod is counted failed.
export default {
  id: 'interplay/ads-pending-prp-failed',
  source: 'job_controller.go deleteActivePods (keeps finalizers), trackJobStatusAndRemoveFinalizers/canRemoveFinalizer (finishedCondition != nil), enactJobFinished (terminating > 0 delays Failed); reference §2.5, §2.7, §4',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  podReplacementPolicy: Failed
  template:
    spec:
      nodeSelector: {nowhere: "true"}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 30], ['Failed', 'DeadlineExceeded', 31]], 'conditions');
    h.eq([job.status.failed, job.status.terminating, job.status.active ?? 0], [1, 0, 0], '[failed, terminating, active]');
    const [p] = h.podsOf('j');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []], ['Pending', 30, []], 'pod');
  },
};
