// ttlSecondsAfterFinished 0 with a deadline hit while the only pod is unschedulable: FailureTarget at 30s (the
// Pending pod deleted, counted failed), Failed at 31s once it is gone, and the TTL controller deletes the Job in that
// same second (foreground).
export default {
  id: 'interplay/ttl-zero-after-deadline-pending',
  source: 'ttlafterfinished_controller.go (finish time = Failed lastTransitionTime; ttl 0 expires at once), job_controller.go deleteActivePods/enactJobFinished; reference §9, §10',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  ttlSecondsAfterFinished: 0
  template:
    spec:
      nodeSelector: {nowhere: "true"}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 30], ['Failed', 'DeadlineExceeded', 31]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
    h.eq(h.sec(job.metadata.deletionTimestamp), 31, 'deleted by the TTL controller right after Failed');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'DeadlineExceeded' }).map((e) => h.sec(e.firstTimestamp)), [31], 'Warning event with Failed');
  },
};
