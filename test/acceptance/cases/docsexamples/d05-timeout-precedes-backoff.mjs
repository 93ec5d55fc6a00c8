// Job concept page: "a Job's .spec.activeDeadlineSeconds takes precedence over its .spec.backoffLimit. Therefore, a Job
// that is retrying one or more failed Pods will not deploy additional Pods once it reaches the time limit". pi-with-timeout
// whose pod always fails after 10s: pods at 0, 20, 50s (backoff 10s, 20s); the next would be due at 60+40 = 100s, which is
// the deadline: the Job fails there (DeadlineExceeded, at once since nothing runs) with 3 failures < backoffLimit 5.
export default {
  id: 'docsexamples/d05-timeout-precedes-backoff',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup; job_controller.go syncJob (deadline checked before manageJob); reference job §2.4 step 5, §3.3, §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-with-timeout
spec:
  backoffLimit: 5
  activeDeadlineSeconds: 100
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('pi-with-timeout');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50], 'pods created (none at the deadline)');
    const job = h.job('pi-with-timeout');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 100], ['Failed', 'DeadlineExceeded', 100]], 'conditions');
    h.eq(job.status.failed, 3, 'failed');
    h.eq(h.events({ type: 'Warning', kind: 'Job' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[100, 'DeadlineExceeded']], 'warning');
  },
};
