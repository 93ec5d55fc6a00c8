// Job concept page, "Job termination and cleanup": "The activeDeadlineSeconds applies to the duration of the job, no
// matter how many Pods are created." Pods fail every 10s; the second pod (20-30s) is followed by a 20s back-off, and
// the 45s deadline falls in that wait: no pod is left to terminate, so FailureTarget and Failed (DeadlineExceeded) are
// both set at 45s, failed 2, no third pod.
export default {
  id: 'jobdocs/j11-deadline-during-backoff',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup; job_controller.go syncJob (AddAfter for activeDeadlineSeconds; pastActiveDeadline), enactJobFinished (terminating == 0: terminal condition in the same sync)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-with-timeout
spec:
  backoffLimit: 5
  activeDeadlineSeconds: 45
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('pi-with-timeout').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20], 'pods');
    const job = h.job('pi-with-timeout');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 45], ['Failed', 'DeadlineExceeded', 45]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.terminating], [2, 0, 0], 'status');
    h.eq(h.events({ kind: 'Job', reason: 'DeadlineExceeded' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', 'Job was active longer than specified deadline', 45]], 'event');
  },
};
