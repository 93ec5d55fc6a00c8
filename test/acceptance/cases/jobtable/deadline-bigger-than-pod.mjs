// TestSyncJobPastDeadline rows "activeDeadlineSeconds bigger than single pod execution" and
// "activeDeadlineSeconds exceeded; JobPodReplacementPolicy enabled": completions 2, ADS 10s; the first pod
// succeeds at 6s, the second (created 7s) is still running at the deadline: FailureTarget
// DeadlineExceeded at 10s, the running pod deleted and counted failed (succeeded 1, failed 1); Failed at
// 11s once it is gone.
export default {
  id: 'jobtable/deadline-bigger-than-pod',
  source: 'job_controller_test.go TestSyncJobPastDeadline "activeDeadlineSeconds bigger than single pod execution", "activeDeadlineSeconds exceeded; JobPodReplacementPolicy enabled"; job_controller.go pastActiveDeadline, queue.AddAfter; reference §2.4 step 5, §2.9, §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: adsb}
spec:
  parallelism: 1
  completions: 2
  activeDeadlineSeconds: 10
  template:
    metadata: {annotations: {jobsim/duration: 6s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('adsb');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 'Succeeded', 0], [7, 'Failed', 143]], 'pods [created, phase, exit code]');
    const job = h.job('adsb');
    h.eq([job.status.succeeded, job.status.failed, job.status.active ?? 0, job.status.terminating], [1, 1, 0, 0], '[succeeded, failed, active, terminating]');
    const m = 'Job was active longer than specified deadline';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', m, 10], ['Failed', 'DeadlineExceeded', m, 11]], 'conditions');
    h.eq(job.status.completionTime, undefined, 'no completionTime on failure');
    h.eq(h.events({ kind: 'Job', name: 'adsb' }).map((e) => [e.type, e.reason, h.sec(e.firstTimestamp)]), [['Normal', 'SuccessfulCreate', 0], ['Normal', 'SuccessfulCreate', 7], ['Normal', 'SuccessfulDelete', 10], ['Warning', 'DeadlineExceeded', 11]], 'events');
  },
};
