// Job concept page, "Job termination and cleanup": "Once a Job reaches activeDeadlineSeconds, all of its running Pods
// are terminated and the Job status will become type: Failed with reason: DeadlineExceeded." Under OnFailure the
// container fails every 10s: restarted at once at 10s, then in a 10s crash-loop wait from 20s; at the 25s deadline the
// pod (Running, container waiting) is deleted and becomes Failed at once: FailureTarget at 25s, Failed at 26s. One
// restart (< backoffLimit 6): the deadline, not the backoff limit, ended it.
export default {
  id: 'jobdocs/j07-deadline-stops-crashlooping-onfailure',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup; job_controller.go pastActiveDeadline (>=), newFailureCondition(DeadlineExceeded, "Job was active longer than specified deadline")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: crash
spec:
  activeDeadlineSeconds: 25
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('crash');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline', 25],
      ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline', 26]], 'conditions');
    const [pod] = h.podsOf('crash');
    h.eq([pod.status.phase, pod.status.containerStatuses[0].restartCount, h.podsOf('crash').length], ['Failed', 1, 1], 'pod');
    h.eq(job.status.failed, 1, 'failed');
    h.eq(h.events({ kind: 'Job', reason: 'DeadlineExceeded' }).map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', 26]], 'event');
  },
};
